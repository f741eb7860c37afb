-- Feed registry and polling health: counters for feeds list, back-off state, per-feed bounds.
ALTER TABLE feeds ADD COLUMN fetch_count integer NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN not_modified_count integer NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN articles_seen integer NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN failing_since timestamptz;
ALTER TABLE feeds ADD COLUMN removed_at timestamptz;
ALTER TABLE feeds ADD COLUMN subscribed boolean NOT NULL DEFAULT false;
ALTER TABLE feeds ADD COLUMN min_every_seconds integer NOT NULL DEFAULT 300;
ALTER TABLE feeds ADD COLUMN max_every_seconds integer NOT NULL DEFAULT 86400;
ALTER TABLE feeds ADD COLUMN last_ok_at timestamptz;
ALTER TABLE feeds ADD COLUMN adapted_every_seconds integer;
CREATE INDEX feeds_due_idx ON feeds (next_fetch_at) WHERE subscribed AND removed_at IS NULL;
