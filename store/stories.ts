/** Stories: the articles that report one event, placed as they arrive (dedupe/placeStories.ts). */
import type { StoryArticle, TermStatistics } from '../dedupe/placeStories.ts';
import type { TermCounts } from '../dedupe/storyVectors.ts';
import type { Queryable } from './db.ts';
import { NotFoundError } from '../errors.ts';
import { toIso } from './toIso.ts';

/** An arbitrary constant: the advisory lock under which articles are placed. */
const PLACEMENTS_LOCK = 74_210_334;

/**
 * Takes the lock under which articles are placed, one at a time, until the transaction ends: an article's
 * terms are counted, its neighbourhood read and regrouped under it, so that two reports of one event placed
 * at once see each other. Merges neither take nor wait for it, nor it for them: a figure merge reads its
 * article's story in the statement that reads its candidates (store.claims.readForMerge). A near-duplicate
 * grouping that rewrites other articles' rows takes it (after the groups lock) so as not to deadlock with a
 * placement's writes (store.articles.groupsOthers).
 */
export async function lockPlacements(db: Queryable): Promise<void> {
  await db.query(LOCK_PLACEMENTS);
}

/** lockPlacements' statement, without parameters: a transaction can send it with its BEGIN (TransactionOptions). */
export const LOCK_PLACEMENTS = `SELECT pg_advisory_xact_lock(${PLACEMENTS_LOCK})`;

/**
 * The statement that stores articles' stories (article_stories), around a relation of (id, story) rows, each id at
 * most once: only the rows whose story changes are written.
 */
const WRITE_STORIES = 'INSERT INTO article_stories (article_id, story_id) SELECT v.id, v.story FROM ';
const WRITE_STORIES_END = ` AS v
       ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id
       WHERE article_stories.story_id IS DISTINCT FROM excluded.story_id`;

/** The term that counts the articles themselves in story_terms (no term is empty). */
const ARTICLES_TERM = '';

/**
 * Stores an article's term counts and keys and counts its terms in story_terms (those of an earlier
 * version of it are taken back), in one statement that also reads how many articles hold each of its terms
 * now. The caller holds lockPlacements. With `written`, the stories of an earlier placement of the same
 * transaction (id -> story, as writeStories writes them when no story is renamed) are written in the same
 * statement, one round trip for both: nothing this statement reads depends on them, and the article itself must
 * not be among them (when its story was a column of its row, a statement that updated the row twice kept only one
 * of the updates; the callers still record such an article's terms on their own, so the check stays).
 * @returns whether the article had been placed before (an earlier version of it), and its terms' statistics.
 */
export async function recordTerms(
  db: Queryable,
  id: string,
  counts: TermCounts,
  keys: readonly string[],
  written?: ReadonlyMap<string, string>,
): Promise<RecordedTerms> {
  // An earlier placement's stories (writeStories, no story renamed) are written in this statement: no row of both.
  if (written?.has(id)) throw new Error(`article ${id} is among the stories written with its terms`);
  const rows = await db.query<RecordedRow>(
    `WITH written AS (
       ${WRITE_STORIES}(SELECT * FROM unnest($6::text[], $7::text[]) AS v (id, story))${WRITE_STORIES_END}
     ), ${recordCtes(1)}
     ${RECORDED_ROWS}`,
    [...recordValues({ id, counts, keys }), [...(written?.keys() ?? [])], [...(written?.values() ?? [])]],
  );
  return recordedOf(rows);
}

/** What recordTerms tells: whether the article had been placed before, and its terms' statistics. */
export interface RecordedTerms {
  placedBefore: boolean;
  stats: TermStatistics;
}

/** An article's terms to record (recordTerms): its id, term counts and keys. */
export interface TermsToRecord {
  id: string;
  counts: TermCounts;
  keys: readonly string[];
}

type RecordedRow = { term: string; df: number; placed_before: boolean | null };

/**
 * recordTerms' common table expressions (old, old_terms, new_terms, added, stored, fewer, counted), their five
 * parameters (recordValues) from $`first`: the article's row and story_terms written, and what RECORDED_ROWS reads.
 */
function recordCtes(first: number): string {
  const [id, terms, keys, list, articlesTerm] = [0, 1, 2, 3, 4].map((n) => `$${first + n}`);
  return `old AS (
       SELECT story_terms FROM articles WHERE id = ${id}
     ), old_terms AS (
       SELECT jsonb_object_keys(story_terms) AS term FROM old WHERE story_terms IS NOT NULL
     ), new_terms AS (
       SELECT DISTINCT unnest(${list}::text[]) AS term
     ), added AS (
       SELECT term FROM new_terms WHERE term NOT IN (SELECT term FROM old_terms)
       UNION ALL
       SELECT ${articlesTerm}::text WHERE NOT EXISTS (SELECT 1 FROM old WHERE story_terms IS NOT NULL)
     ), stored AS (
       UPDATE articles SET story_terms = ${terms}::jsonb, story_keys = ${keys}::text[] WHERE id = ${id}
     ), fewer AS (
       UPDATE story_terms SET df = df - 1
       WHERE term IN (SELECT term FROM old_terms WHERE term NOT IN (SELECT term FROM new_terms))
     ), counted AS (
       INSERT INTO story_terms (term, df) SELECT term, 1 FROM added
       ON CONFLICT (term) DO UPDATE SET df = story_terms.df + 1
       RETURNING term, df
     ), recorded AS (
       SELECT n.term, coalesce(c.df, s.df, 0) AS df, (SELECT story_terms IS NOT NULL FROM old) AS placed_before
       FROM (SELECT term FROM new_terms UNION SELECT ${articlesTerm}::text) n
       LEFT JOIN counted c ON c.term = n.term
       LEFT JOIN story_terms s ON s.term = n.term
     )`;
}

/** The rows recordTerms returns, read from recordCtes. */
const RECORDED_ROWS = 'SELECT term, df, placed_before FROM recorded';

/** recordCtes' five parameters. */
const recordValues = ({ id, counts, keys }: TermsToRecord): unknown[] => [
  id,
  JSON.stringify(Object.fromEntries(counts)),
  keys,
  [...counts.keys()],
  ARTICLES_TERM,
];

function recordedOf(rows: readonly RecordedRow[]): RecordedTerms {
  return {
    placedBefore: rows[0]?.placed_before === true,
    stats: statisticsOf(rows.map((r): [string, number] => [r.term, Number(r.df)])),
  };
}

/** The statistics of term -> df pairs, the empty term counting the articles. */
function statisticsOf(pairs: Iterable<[string, number]>): TermStatistics {
  const df = new Map(pairs);
  const total = df.get(ARTICLES_TERM) ?? 0;
  df.delete(ARTICLES_TERM);
  return { total, df };
}

interface NeighbourRow {
  id: string;
  published_at: Date | string | null;
  story_terms: Record<string, number> | null;
  story_id: string | null;
  group_id: string;
  kept: boolean;
}

/** The articles an arriving one is grouped with, and the stories of which only some articles were read. */
export interface Neighbourhood {
  articles: StoryArticle[];
  /** Stories of more than `regroupLimit` articles: only their articles found by the lookup are read. */
  kept: Set<string>;
  /** How many articles hold each term of these articles and of the arriving one's `terms`. */
  stats: TermStatistics;
}

/**
 * The articles an arriving one is grouped with: those that hold one of its lookup terms (the `limit` nearest
 * in time, within `windowDays` of it when both are dated), its near duplicates, and every member of their
 * stories of at most `regroupLimit` articles. The article itself is left out. In one statement, with the
 * statistics of their terms and of the article's.
 * @param along what travels in the same statement, one round trip for all (a placement batch's; see
 * jobs/placeStory.ts): `written`, an earlier placement's stories (id -> story, as writeStories writes them when no
 * story is renamed), written by this statement and read as written; `next`, the terms of the article placed next,
 * recorded as recordTerms records them, after what this statement reads (it reads the database as it was before
 * the statement, so the neighbourhood neither holds that article nor counts its terms). `next` must not be among
 * `written` (as in recordTerms).
 * @returns the neighbourhood, and what recording `next` tells (recordTerms).
 */
export async function readNeighbourhood(
  db: Queryable,
  article: { id: string; groupId: string; publishedAt: string | null; terms: Iterable<string> },
  terms: readonly string[],
  options: { windowDays: number; limit: number; regroupLimit: number },
  along: { written?: ReadonlyMap<string, string>; next?: TermsToRecord } = {},
): Promise<Neighbourhood & { next?: RecordedTerms }> {
  const { written, next } = along;
  if (next && written?.has(next.id)) throw new Error(`article ${next.id} is among the stories written with its terms`);
  const rows = await db.query<{ articles: NeighbourRow[]; df: Array<[string, number]>; next: RecordedRow[] | null }>(
    `WITH moved AS (
       -- The stories written by this statement: what it reads of articles' stories is read through them.
       SELECT * FROM unnest($9::text[], $10::text[]) AS v (id, story)
     ), written AS (
       ${WRITE_STORIES}moved${WRITE_STORIES_END}
     ), found_ids AS (
       (SELECT id FROM articles
        WHERE story_keys && $2::text[] AND id <> $1
          AND ($4::timestamptz IS NULL OR published_at IS NULL
               OR published_at BETWEEN $4::timestamptz - $5 * interval '1 day' AND $4::timestamptz + $5 * interval '1 day')
        ORDER BY abs(extract(epoch FROM coalesce(published_at, $4::timestamptz) - $4::timestamptz)) NULLS LAST, id
        LIMIT $6)
       UNION
       SELECT id FROM articles WHERE (id = $3 OR duplicate_of = $3) AND id <> $1 AND story_terms IS NOT NULL
     ), found AS (
       SELECT f.id, coalesce(v.story, s.story_id) AS story_id
       FROM found_ids f LEFT JOIN article_stories s ON s.article_id = f.id LEFT JOIN moved v ON v.id = f.id
     ), found_stories AS (
       SELECT DISTINCT story_id FROM found WHERE story_id IS NOT NULL
     ), members AS (
       -- The articles of the found stories, as written: those stored in them and those this statement moves.
       -- (Two index lookups: an OR of the two would read every article.)
       SELECT s.article_id AS id, coalesce(v.story, s.story_id) AS story_id
       FROM article_stories s LEFT JOIN moved v ON v.id = s.article_id
       WHERE s.story_id IN (SELECT story_id FROM found_stories)
         AND coalesce(v.story, s.story_id) IN (SELECT story_id FROM found_stories)
       UNION
       SELECT id, story FROM moved WHERE story IN (SELECT story_id FROM found_stories)
     ), touched AS (
       SELECT story_id, count(*) > $7 AS kept FROM members GROUP BY story_id
     ), near AS (
       SELECT a.id, a.published_at, a.story_terms, e.story_id, coalesce(a.duplicate_of, a.id) AS group_id,
              coalesce(t.kept, false) AS kept
       FROM (SELECT id, story_id FROM found UNION SELECT id, story_id FROM members) e
       JOIN articles a ON a.id = e.id
       LEFT JOIN touched t ON t.story_id = e.story_id
       WHERE a.id <> $1 AND a.story_terms IS NOT NULL
         AND (e.id IN (SELECT id FROM found) OR NOT t.kept)
     )${next ? `, ${recordCtes(11)}` : ''}
     SELECT (SELECT coalesce(json_agg(near), '[]') FROM near) AS articles,
            (SELECT coalesce(json_agg(json_build_array(term, df)), '[]') FROM story_terms
             WHERE term IN (SELECT jsonb_object_keys(story_terms) FROM near UNION SELECT unnest($8::text[]))) AS df,
            ${next ? `(SELECT json_agg(r) FROM (${RECORDED_ROWS}) r)` : 'NULL::json'} AS next`,
    [
      article.id,
      terms,
      article.groupId,
      article.publishedAt,
      options.windowDays,
      options.limit,
      options.regroupLimit,
      [ARTICLES_TERM, ...article.terms],
      [...(written?.keys() ?? [])],
      [...(written?.values() ?? [])],
      ...(next ? recordValues(next) : []),
    ],
  );
  const near = rows[0]?.articles ?? [];
  const recorded = rows[0]?.next;
  return {
    articles: near.map((r) => ({
      id: r.id,
      publishedAt: r.published_at === null ? null : new Date(r.published_at),
      counts: new Map(Object.entries(r.story_terms ?? {})),
      groupId: r.group_id,
      storyId: r.story_id,
    })),
    kept: new Set(near.flatMap((r) => (r.kept && r.story_id !== null ? [r.story_id] : []))),
    stats: statisticsOf(rows[0]?.df ?? []),
    ...(next && recorded ? { next: recordedOf(recorded) } : {}),
  };
}

/**
 * Writes the stories of a regrouped neighbourhood (id -> story), only the rows whose story changes, and
 * renames the kept stories (old -> new) whose articles were not all read.
 */
export async function writeStories(
  db: Queryable,
  stories: ReadonlyMap<string, string>,
  renamed: ReadonlyMap<string, string> = new Map(),
): Promise<void> {
  await db.query(
    `WITH renamed AS (
       UPDATE article_stories s SET story_id = v.story FROM unnest($3::text[], $4::text[]) AS v (old, story)
       WHERE s.story_id = v.old AND NOT s.article_id = ANY($1::text[])
     )
     ${WRITE_STORIES}(SELECT * FROM unnest($1::text[], $2::text[]) AS v (id, story))${WRITE_STORIES_END}`,
    [[...stories.keys()], [...stories.values()], [...renamed.keys()], [...renamed.values()]],
  );
}

export interface StoryArticleSummary {
  id: string;
  url: string;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
}

export interface StoryClaim {
  id: string;
  kind: string;
  speaker: string | null;
  role: string | null;
  text: string;
  value: number | null;
  unit: string | null;
  /** Within the story: the articles and outlets that carry the claim, and the outlet that carried it first. */
  articleCount: number;
  outletCount: number;
  outlets: string[];
  firstOutlet: string | null;
  /** The article that carried it first in the story. */
  firstUrl: string;
  firstTitle: string | null;
  firstSeen: string | null;
}

export interface Story {
  id: string;
  /** The earliest titled article's title: a text file whose first line reads as no headline has none. */
  title: string | null;
  articleCount: number;
  outletCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  articles: StoryArticleSummary[];
  /** The story's claims by spread within it (outlets, then articles). */
  claims: StoryClaim[];
  /** How many claims the story has in all. */
  claimCount: number;
}

/**
 * One story: its articles (earliest first) and its claims by spread within the story, each with the outlets
 * that carried it and the one that carried it first.
 * @throws NotFoundError when no article is in a story of this id.
 */
export async function getStory(db: Queryable, id: string, options: { limit: number }): Promise<Story> {
  const articles = await db.query<{
    id: string;
    url: string;
    title: string | null;
    outlet: string | null;
    published_at: Date | string | null;
  }>(
    `SELECT a.id, a.url, a.title, a.outlet, a.published_at
     FROM article_stories s JOIN articles a ON a.id = s.article_id
     WHERE s.story_id = $1 ORDER BY a.published_at NULLS LAST, a.id`,
    [id],
  );
  if (articles.length === 0) throw new NotFoundError(`no story with id ${id}`);
  const claims = await db.query<
    Pick<StoryClaim, 'id' | 'kind' | 'speaker' | 'role' | 'text' | 'value' | 'unit'> & {
      articles: number;
      outlets: number;
      outlet_names: string[];
      first_outlet: string | null;
      first_url: string;
      first_title: string | null;
      first_seen: Date | string | null;
      total: number;
    }
  >(
    `SELECT c.id, c.kind, c.speaker, c.role, c.text, c.value, c.unit,
            count(DISTINCT a.id)::integer AS articles,
            count(DISTINCT lower(a.outlet))::integer AS outlets,
            coalesce(array_agg(DISTINCT a.outlet ORDER BY a.outlet) FILTER (WHERE a.outlet IS NOT NULL), '{}') AS outlet_names,
            (array_agg(a.outlet ORDER BY a.published_at NULLS LAST, a.id))[1] AS first_outlet,
            (array_agg(a.url ORDER BY a.published_at NULLS LAST, a.id))[1] AS first_url,
            (array_agg(a.title ORDER BY a.published_at NULLS LAST, a.id))[1] AS first_title,
            min(a.published_at) AS first_seen,
            (count(*) OVER ())::integer AS total
     FROM article_stories s JOIN articles a ON a.id = s.article_id
     JOIN mentions m ON m.article_id = a.id JOIN claims c ON c.id = m.claim_id
     WHERE s.story_id = $1
     GROUP BY c.id
     ORDER BY outlets DESC, articles DESC, c.id
     LIMIT $2`,
    [id, options.limit],
  );
  const dates = articles
    .map((a) => toIso(a.published_at))
    .filter((d): d is string => d !== null)
    .sort();
  return {
    id,
    title: articles.find((a) => a.title !== null)?.title ?? null,
    articleCount: articles.length,
    outletCount: new Set(articles.map((a) => a.outlet?.toLowerCase()).filter(Boolean)).size,
    firstSeen: dates[0] ?? null,
    lastSeen: dates.at(-1) ?? null,
    articles: articles.map((a) => ({
      id: a.id,
      url: a.url,
      title: a.title,
      outlet: a.outlet,
      publishedAt: toIso(a.published_at),
    })),
    claims: claims.map((c) => ({
      id: c.id,
      kind: c.kind,
      speaker: c.speaker,
      role: c.role,
      text: c.text,
      value: c.value === null ? null : Number(c.value),
      unit: c.unit,
      articleCount: c.articles,
      outletCount: c.outlets,
      outlets: c.outlet_names,
      firstOutlet: c.first_outlet,
      firstUrl: c.first_url,
      firstTitle: c.first_title,
      firstSeen: toIso(c.first_seen),
    })),
    claimCount: claims[0]?.total ?? 0,
  };
}

/** The story of each claim: that of the earliest article carrying it (claims in no story are left out). */
export async function storiesOfClaims(
  db: Queryable,
  claimIds: readonly string[],
): Promise<Map<string, string>> {
  if (claimIds.length === 0) return new Map();
  const rows = await db.query<{ claim_id: string; story_id: string }>(
    `SELECT DISTINCT ON (m.claim_id) m.claim_id, s.story_id
     FROM mentions m JOIN articles a ON a.id = m.article_id JOIN article_stories s ON s.article_id = a.id
     WHERE m.claim_id = ANY($1::text[])
     ORDER BY m.claim_id, a.published_at NULLS LAST, a.id`,
    [claimIds],
  );
  return new Map(rows.map((r) => [r.claim_id, r.story_id]));
}

export interface StorySummary {
  id: string;
  title: string | null;
  articleCount: number;
  outletCount: number;
  lastSeen: string | null;
}

/** The stories with the most recent articles first (ties by size), for `claims stories` and the web. */
export async function listStories(db: Queryable, options: { limit: number }): Promise<StorySummary[]> {
  const rows = await db.query<{
    id: string;
    title: string | null;
    articles: number;
    outlets: number;
    last_seen: Date | string | null;
  }>(
    `SELECT s.story_id AS id,
            (array_agg(a.title ORDER BY a.published_at NULLS LAST, a.id) FILTER (WHERE a.title IS NOT NULL))[1] AS title,
            count(*)::integer AS articles,
            count(DISTINCT lower(a.outlet))::integer AS outlets,
            max(a.published_at) AS last_seen
     FROM article_stories s JOIN articles a ON a.id = s.article_id
     GROUP BY s.story_id
     ORDER BY max(a.published_at) DESC NULLS LAST, count(*) DESC, s.story_id
     LIMIT $1`,
    [options.limit],
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    articleCount: r.articles,
    outletCount: r.outlets,
    lastSeen: toIso(r.last_seen),
  }));
}
