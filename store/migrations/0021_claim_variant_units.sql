-- A figure variant's unit with what it counts ("people (injured)", issue 16): figures join when each pair of
-- variants counts the same thing, so the comparison reads every variant's unit, not only its claim's. Null for
-- quotes and statements, and for the variants stored before this migration (they then count anything, until
-- `claims recluster` rebuilds them).
ALTER TABLE claim_variants ADD COLUMN unit text;
