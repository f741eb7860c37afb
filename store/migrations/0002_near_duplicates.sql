-- Near-duplicate articles and order-independent claims.

-- MinHash signature of an article's words, and its LSH band keys: near duplicates (wire copy republished
-- with a new headline or small edits) are found through this index, then grouped under duplicate_of.
ALTER TABLE articles ADD COLUMN minhash integer[];
CREATE TABLE article_bands (
  key integer NOT NULL,
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  PRIMARY KEY (key, article_id)
);
CREATE INDEX article_bands_article_idx ON article_bands (article_id);
CREATE INDEX articles_duplicate_of_idx ON articles (duplicate_of);

-- The comparable form of the speaker named in the mention's own document ("dmitry peskov", "peskov"):
-- quotes merge pairwise between mentions whose speakers are compatible.
ALTER TABLE mentions ADD COLUMN speaker_key text;

-- The distinct variants of each claim (words, speaker key, names), kept at merge time so that deciding a
-- merge reads a claim's few variants instead of all of its mentions.
CREATE TABLE claim_variants (
  claim_id text NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  hash text NOT NULL,
  text text NOT NULL,
  speaker_key text,
  entities text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (claim_id, hash)
);
