/** The figure claims of a story that may join each other (dedupe/storyFigures.ts). */
import type { StoryFigureClaim } from '../dedupe/storyFigures.ts';
import type { Queryable } from './db.ts';

/**
 * Reads the story of an article and the figure claims its articles carry of a value more than one of them has (only
 * those may join), with their variants, in one statement: through the articles' story index and each article's
 * mentions. With `whole` false, only the claims of a value one of the article's own figures has (its own claims and
 * those they may join): what its merge may have changed when its placement moved no other article; unless its story
 * is due (story_figures_due: another article's placement moved articles into it), which the read takes off the list.
 * The stories of the articles `due` are put on it (a placement moved articles into them).
 * @returns the story (null when the article has none), whether its claims were read whole, and those claims, by id.
 */
export async function readStoryFigures(
  db: Queryable,
  articleId: string,
  whole = true,
  due: readonly string[] = [],
): Promise<{ storyId: string | null; whole: boolean; claims: StoryFigureClaim[] }> {
  const rows = await db.query<{ story_id: string | null; whole: boolean; claims: StoryFigureClaim[] }>(
    `WITH story AS (
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
             FROM shared sh) AS claims`,
    [articleId, whole, due],
  );
  return { storyId: rows[0]?.story_id ?? null, whole: rows[0]?.whole ?? whole, claims: rows[0]?.claims ?? [] };
}
