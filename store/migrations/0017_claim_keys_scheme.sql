-- The scheme the candidate keys in claim_keys were made by (dedupe/candidateKeys.ts KEY_SCHEME). Keys of an
-- older scheme do not meet the keys new mentions get, so repeats would stop joining their claims: the
-- commands warn until `claims recluster` rebuilds them. Scheme 1 is every key made before this table; an
-- empty index takes the current scheme when first checked (store/claims.ts checkKeyScheme).
CREATE TABLE claim_keys_scheme (scheme integer NOT NULL);
INSERT INTO claim_keys_scheme VALUES (1);
