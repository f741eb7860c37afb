-- What merging compares of each variant on its own (issue 16), so that claims stay the components of a pairwise
-- relation however mentions arrive:
-- - unit: a figure's unit with what it counts ("people (injured)"); null for quotes and statements;
-- - speaker_weak: the speaker is only described ("police", "a senior campaign adviser"), not named, so the same
--   words printed with a named speaker may join it (dedupe/speakerKey.ts isWeakSpeaker).
-- Both are null for the variants stored before this migration (they then count anything and are named), until
-- `claims recluster` rebuilds them. A mention keeps speaker_weak too: a claim's speaker is a named one of its
-- mentions' before a described one, however long the description.
ALTER TABLE claim_variants ADD COLUMN unit text, ADD COLUMN speaker_weak boolean;
ALTER TABLE mentions ADD COLUMN speaker_weak boolean;
