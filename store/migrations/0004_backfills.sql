-- Backfill runs: what to re-process or import, how far they got (a cursor, so an interrupted run resumes
-- where it stopped), and whether someone asked them to stop.
CREATE TABLE backfills (
  id text PRIMARY KEY,
  params_key text NOT NULL,                 -- the normalised parameters: the same command resumes the same run
  params jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('running', 'done', 'cancelled', 'failed')),
  total integer NOT NULL DEFAULT 0,
  done integer NOT NULL DEFAULT 0,
  failed integer NOT NULL DEFAULT 0,
  cursor text,                              -- the last article id or file finished
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX backfills_open_idx ON backfills (params_key) WHERE status = 'running';
