-- A backfill stopped by Ctrl-C, SIGTERM or an error is 'stopped' (with why in last_error and when in updated_at),
-- no longer 'running': `claims backfill --list` told a run nobody drives as running. The same command resumes it.
ALTER TABLE backfills DROP CONSTRAINT IF EXISTS backfills_status_check;
ALTER TABLE backfills ADD CONSTRAINT backfills_status_check CHECK (status IN ('running', 'stopped', 'done', 'cancelled', 'failed'));
DROP INDEX IF EXISTS backfills_open_idx;
CREATE INDEX backfills_open_idx ON backfills (params_key) WHERE status IN ('running', 'stopped');
