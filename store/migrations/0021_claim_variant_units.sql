-- What merging compares of each variant on its own (issue 16), so that claims stay the components of a pairwise
-- relation however mentions arrive:
-- - unit: a figure's unit with what it counts ("people (injured)"); null for quotes and statements;
-- - speaker_weak: the speaker is a description or an organisation ("police", "the ministry"), not a named
--   person, so the same words printed with a named speaker may join it.
-- Both are null for the variants stored before this migration (they then count anything and are named), until
-- `claims recluster` rebuilds them.
ALTER TABLE claim_variants ADD COLUMN unit text, ADD COLUMN speaker_weak boolean;
