-- The role printed with a variant's speaker ("Troy police Lt.", "prime minister"; issue 16 item 1): a printing
-- whose speaker is only described ("police", "the prime minister") is one speaker's with a named printing whose
-- role the description matches (dedupe/speakerKey.ts describesRole). Null when none was printed, and for the
-- variants stored before this migration until `claims recluster` rebuilds them.
ALTER TABLE claim_variants ADD COLUMN speaker_role text;
