-- How each wording of a claim was printed (issue 16): 'verbatim', the claim's words as printed (the same words up
-- to typography and small edits, or a part of them), or 'reworded', one speaker's statement joined in other words
-- (dedupe/wordingKinds.ts). Merging sets it for every variant of a quote or statement claim whose variants
-- change; null for figures and for the variants stored before this migration (read as verbatim) until
-- `claims recluster` rebuilds them.
ALTER TABLE claim_variants ADD COLUMN wording text CHECK (wording IN ('verbatim', 'reworded'));
