/** The figure claims of a story that may join each other (dedupe/storyFigures.ts). */
import type { StoryFigureClaim } from '../dedupe/storyFigures.ts';
import type { Queryable } from './db.ts';

/**
 * Reads the story of an article and the figure claims its articles carry of a value more than one of them has (only
 * those may join), with their variants, in one statement (story_figures_of, migration 0031): through the articles'
 * story index and each article's mentions. With `whole` false, only the claims of a value one of the article's own figures has (its own claims and
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
  const rows = await db.query<StoryFiguresRow>(`SELECT ${STORY_FIGURES_COLUMNS} FROM story_figures_of($1, $2, $3) AS r`, [articleId, whole, due]);
  return storyFiguresOf(rows[0], whole);
}

/** What story_figures_of (migration 0031) returns, named as the store names it. */
interface StoryFiguresRow {
  story_id: string | null;
  whole: boolean;
  claims: StoryFigureClaim[];
}

const STORY_FIGURES_COLUMNS = 'r.story AS story_id, r.read_whole AS whole, r.figure_claims AS claims';

const storyFiguresOf = (row: StoryFiguresRow | undefined, whole: boolean) => ({
  storyId: row?.story_id ?? null,
  whole: row?.whole ?? whole,
  claims: row?.claims ?? [],
});

/**
 * Reads the story figures of several articles as readStoryFigures reads each, one after the other in the order
 * given, in one statement (each read sees the stories the earlier ones put on the due list or took off it).
 * @returns each article's read, in the order given.
 */
export async function readStoryFiguresOfArticles(
  db: Queryable,
  reads: ReadonlyArray<{ articleId: string; whole: boolean; due: readonly string[] }>,
): Promise<Array<{ storyId: string | null; whole: boolean; claims: StoryFigureClaim[] }>> {
  if (reads.length === 0) return [];
  const rows = await db.query<StoryFiguresRow & { n: number }>(
    `SELECT u.n::integer AS n, ${STORY_FIGURES_COLUMNS}
     FROM unnest($1::text[], $2::boolean[], $3::text[]) WITH ORDINALITY AS u (article_id, whole, due, n)
     CROSS JOIN LATERAL story_figures_of(u.article_id, u.whole, ARRAY(SELECT json_array_elements_text(u.due::json))) AS r
     ORDER BY u.n`,
    [reads.map((r) => r.articleId), reads.map((r) => r.whole), reads.map((r) => JSON.stringify(r.due))],
  );
  return reads.map((r, i) => storyFiguresOf(rows.find((row) => row.n === i + 1), r.whole));
}
