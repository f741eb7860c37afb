-- Search sorted by spread (the default without words, and the landing page of `claims serve`) reads claims
-- in this order and pages through it with a row comparison: an index in the same order serves both, so the
-- first page of a million claims is read in milliseconds instead of a sort of them all.
CREATE INDEX claims_spread_idx ON claims (outlet_count DESC, article_count DESC, mention_count DESC, id DESC);
