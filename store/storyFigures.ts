/** The figure claims of a story that may join each other (dedupe/storyFigures.ts). */
import type { StoryFigureClaim } from '../dedupe/storyFigures.ts';
import type { Queryable } from './db.ts';

/**
 * Reads the story of an article and the figure claims its articles carry of a value more than one of them has (only
 * those may join), with their variants, in one statement: through the articles' story index and each article's
 * mentions.
 * @returns the story (null when the article has none) and those claims, by id.
 */
export async function readStoryFigures(db: Queryable, articleId: string): Promise<{ storyId: string | null; claims: StoryFigureClaim[] }> {
  const rows = await db.query<{ story_id: string | null; claims: StoryFigureClaim[] }>(
    `WITH story AS (
       SELECT story_id FROM articles WHERE id = $1 AND story_id IS NOT NULL
     ), carried AS (
       SELECT DISTINCT c.id, c.value, c.unit
       FROM story s JOIN articles a ON a.story_id = s.story_id
       JOIN mentions m ON m.article_id = a.id AND m.kind = 'number' AND m.claim_id IS NOT NULL
       JOIN claims c ON c.id = m.claim_id
     ), shared AS (
       SELECT * FROM carried WHERE value IN (SELECT value FROM carried GROUP BY value HAVING count(*) > 1)
     )
     SELECT (SELECT story_id FROM story) AS story_id,
            (SELECT coalesce(json_agg(json_build_object(
               'id', sh.id, 'value', sh.value, 'unit', sh.unit,
               'variants', (SELECT coalesce(json_agg(json_build_object('text', v.text, 'speakerKey', v.speaker_key,
                                                                       'entities', v.entities, 'unit', v.unit) ORDER BY v.hash), '[]')
                            FROM claim_variants v WHERE v.claim_id = sh.id)) ORDER BY sh.id COLLATE "C"), '[]')
             FROM shared sh) AS claims`,
    [articleId],
  );
  return { storyId: rows[0]?.story_id ?? null, claims: rows[0]?.claims ?? [] };
}
