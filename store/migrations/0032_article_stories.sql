-- An article's story in a narrow table of its own (issue 19): placements move articles between stories, up to ~26
-- a page on the e2e bench, and each move of articles.story_id wrote a new version of the whole article row (~3.5 KB)
-- and an entry in every one of its ten indexes, the story keys' GIN index included. A move now rewrites a row of two
-- ids and its two index entries. An article in no story has no row here.
CREATE TABLE article_stories (
  article_id text PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  story_id text NOT NULL
);
CREATE INDEX article_stories_story_idx ON article_stories (story_id);
INSERT INTO article_stories (article_id, story_id) SELECT id, story_id FROM articles WHERE story_id IS NOT NULL;
DROP INDEX articles_story_idx;
ALTER TABLE articles DROP COLUMN story_id;

-- story_figures_of (0031), its stories read from article_stories.
CREATE OR REPLACE FUNCTION story_figures_of(text, boolean, text[])
RETURNS TABLE (story text, read_whole boolean, figure_claims json)
LANGUAGE sql VOLATILE AS $$
WITH story AS (
  SELECT story_id FROM article_stories WHERE article_id = $1
), marked AS (
  INSERT INTO story_figures_due (story_id)
  SELECT DISTINCT story_id FROM article_stories WHERE article_id = ANY($3::text[])
  ON CONFLICT DO NOTHING
), cleared AS (
  DELETE FROM story_figures_due WHERE story_id = (SELECT story_id FROM story) RETURNING story_id
), whole AS (
  SELECT $2 OR EXISTS (SELECT 1 FROM cleared) AS whole
), own AS (
  SELECT DISTINCT c.value FROM mentions m JOIN claims c ON c.id = m.claim_id
  WHERE NOT (SELECT whole FROM whole) AND m.article_id = $1 AND m.kind = 'number'
), carried AS (
  SELECT DISTINCT c.id, c.value, c.unit
  FROM story s JOIN article_stories a ON a.story_id = s.story_id
  JOIN mentions m ON m.article_id = a.article_id AND m.kind = 'number' AND m.claim_id IS NOT NULL
  JOIN claims c ON c.id = m.claim_id
  WHERE (SELECT whole FROM whole) OR c.value IN (SELECT value FROM own)
), shared AS (
  SELECT * FROM carried WHERE value IN (SELECT value FROM carried GROUP BY value HAVING count(*) > 1)
)
SELECT (SELECT story_id FROM story) AS story_id, (SELECT whole FROM whole) AS whole,
       (SELECT coalesce(json_agg(json_build_object(
          'id', sh.id, 'value', sh.value, 'unit', sh.unit,
          'variants', (SELECT coalesce(json_agg(json_build_object('text', v.text, 'speakerKey', v.speaker_key,
                                                                  'entities', v.entities, 'unit', v.unit,
                                                                  'marks', v.figure_marks) ORDER BY v.hash), '[]')
                       FROM claim_variants v WHERE v.claim_id = sh.id)) ORDER BY sh.id COLLATE "C"), '[]')
        FROM shared sh) AS claims
$$;
