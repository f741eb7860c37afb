-- An article's story figures read in one call (store/storyFigures.ts readStoryFigures): a merge batch reads those of
-- each of its articles in one statement (readStoryFiguresOfArticles), one call a row, in order, each call seeing the
-- story_figures_due rows the earlier ones marked and cleared (a VOLATILE function's statement takes a new snapshot),
-- as the reads one after the other would. Arguments: the article, whether to read its story whole, the articles
-- whose stories are due.
CREATE FUNCTION story_figures_of(text, boolean, text[])
RETURNS TABLE (story text, read_whole boolean, figure_claims json)
LANGUAGE sql VOLATILE AS $$
WITH story AS (
  SELECT story_id FROM articles WHERE id = $1 AND story_id IS NOT NULL
), marked AS (
  INSERT INTO story_figures_due (story_id)
  SELECT DISTINCT story_id FROM articles WHERE id = ANY($3::text[]) AND story_id IS NOT NULL
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
  FROM story s JOIN articles a ON a.story_id = s.story_id
  JOIN mentions m ON m.article_id = a.id AND m.kind = 'number' AND m.claim_id IS NOT NULL
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
