-- The publication times of a feed's entries at its last full fetch: its publishing pace, known at once
-- even when the entries' pages are fetched later.
ALTER TABLE feeds ADD COLUMN entry_times timestamptz[];
