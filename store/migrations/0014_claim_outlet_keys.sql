-- An outlet filter asks which claims an outlet carried. Gathered from the outlet's articles and their mentions
-- (tens of thousands for a big outlet) and then sorted, it took up to seconds at a million claims; kept on the
-- claim (the distinct lower-cased outlets of its mentions' articles, written with its counts by every merge and
-- refresh), the filter is one condition that the spread index walk or a GIN index serves, and the outlet facet
-- reads it from the counted claims' rows instead of every mention of them.
ALTER TABLE claims ADD COLUMN outlet_keys text[] NOT NULL DEFAULT '{}';
UPDATE claims c SET outlet_keys = o.keys
FROM (SELECT m.claim_id, array_agg(DISTINCT lower(a.outlet) ORDER BY lower(a.outlet)) AS keys
      FROM mentions m JOIN articles a ON a.id = m.article_id
      WHERE m.claim_id IS NOT NULL AND a.outlet IS NOT NULL
      GROUP BY m.claim_id) o
WHERE o.claim_id = c.id;
CREATE INDEX claims_outlet_keys_idx ON claims USING gin (outlet_keys);
-- The outlet facet spells a key as its articles do (the first spelling): one index row with the name in it.
CREATE INDEX articles_outlet_spelling_idx ON articles (lower(outlet), outlet);
DROP INDEX IF EXISTS articles_outlet_lower_idx;
