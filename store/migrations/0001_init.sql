-- claimdesk's first schema. Every table has a natural key so that every write is an idempotent upsert.
-- Runs unchanged on PostgreSQL 15 and on PGlite.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE feeds (
  id text PRIMARY KEY,                      -- hash of the canonical URL
  url text NOT NULL UNIQUE,
  title text,
  site_url text,
  outlet text,
  etag text,
  last_modified text,
  every_seconds integer NOT NULL DEFAULT 900,
  last_fetched_at timestamptz,
  last_status text,
  next_fetch_at timestamptz,
  consecutive_errors integer NOT NULL DEFAULT 0,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE articles (
  id text PRIMARY KEY,                      -- hash of the canonical URL
  url text NOT NULL UNIQUE,
  canonical_url text,
  feed_id text REFERENCES feeds (id) ON DELETE SET NULL,
  outlet text,
  title text,
  byline text,
  published_at timestamptz,
  fetched_at timestamptz NOT NULL DEFAULT now(),
  language text,
  text text NOT NULL,
  content_hash text NOT NULL,
  duplicate_of text REFERENCES articles (id) ON DELETE SET NULL,
  extracted_hash text,                      -- content_hash that the stored mentions came from
  deduped_hash text                         -- content_hash whose mentions are merged into claims
);
CREATE INDEX articles_content_hash_idx ON articles (content_hash);
CREATE INDEX articles_published_at_idx ON articles (published_at);

CREATE TABLE speakers (
  id text PRIMARY KEY,                      -- hash of key
  key text NOT NULL UNIQUE,                 -- normalised full name: "dmitry peskov"
  name text NOT NULL,                       -- display form: "Dmitry Peskov"
  type text CHECK (type IN ('person', 'organisation')),
  role text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE speaker_aliases (
  alias text NOT NULL,                      -- normalised: "peskov", "dmitry peskov"
  speaker_id text NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
  PRIMARY KEY (alias, speaker_id)
);
CREATE INDEX speaker_aliases_speaker_idx ON speaker_aliases (speaker_id);

CREATE TABLE claims (
  id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('quote', 'statement', 'number')),
  speaker_id text REFERENCES speakers (id),
  speaker text,                             -- display name, kept with the claim for search
  role text,
  text text NOT NULL,                       -- the fullest form
  value double precision,
  unit text,
  entities text[] NOT NULL DEFAULT '{}',    -- subject context of figures
  mention_count integer NOT NULL DEFAULT 0,
  article_count integer NOT NULL DEFAULT 0,
  outlet_count integer NOT NULL DEFAULT 0,
  first_seen timestamptz,
  last_seen timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(speaker, '')), 'A')
    || setweight(to_tsvector('english', text), 'B')
    || setweight(to_tsvector('simple', coalesce(unit, '')), 'C')
  ) STORED
);
CREATE INDEX claims_search_idx ON claims USING gin (search);
CREATE INDEX claims_speaker_trgm_idx ON claims USING gin (speaker gin_trgm_ops);
CREATE INDEX claims_last_seen_idx ON claims (last_seen);

-- Candidate keys (hashed word shingles, figure keys): merges look up candidates here, never scan all claims.
CREATE TABLE claim_keys (
  key integer NOT NULL,
  claim_id text NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  PRIMARY KEY (key, claim_id)
);
CREATE INDEX claim_keys_claim_idx ON claim_keys (claim_id);

-- A near match kept apart by a guard (another figure, a flipped negation): a conflicting variant.
CREATE TABLE claim_conflicts (
  claim_id text NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  other_id text NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  reason text NOT NULL,
  PRIMARY KEY (claim_id, other_id)
);

-- Where a claim went when it was absorbed into another, so that old ids still resolve.
CREATE TABLE claim_redirects (
  old_id text PRIMARY KEY,
  new_id text NOT NULL
);

CREATE TABLE mentions (
  id text PRIMARY KEY,                      -- hash of (article, kind, span)
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('quote', 'statement', 'number')),
  text text NOT NULL,
  speaker_raw text,
  speaker text,
  speaker_type text,
  speaker_id text REFERENCES speakers (id),
  role text,
  cue text,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  sentence text,
  value double precision,
  unit text,
  qualifier text,
  entities text[] NOT NULL DEFAULT '{}',
  claim_id text REFERENCES claims (id) ON DELETE SET NULL,
  UNIQUE (article_id, kind, start_offset, end_offset)
);
CREATE INDEX mentions_claim_idx ON mentions (claim_id);
CREATE INDEX mentions_speaker_idx ON mentions (speaker_id);
