-- Every key an article was reached by (entry URLs, fetched and canonical URLs, feed GUIDs), so that
-- the same article through two feeds, a redirect or a new GUID resolves to the one stored row.
CREATE TABLE article_aliases (
  alias text PRIMARY KEY,
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX article_aliases_article_idx ON article_aliases (article_id);
