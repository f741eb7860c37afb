-- Speaker filters and "did you mean" match names in the speakers table (speakers_name_trgm_idx, 0011) and reach
-- claims through speaker_id; no query reads this trigram index on claims any more, and every claim written
-- (a million at scale, each merge rewriting its row) paid for it.
DROP INDEX IF EXISTS claims_speaker_trgm_idx;
