import type { BandCandidate } from '../dedupe/findNearDuplicates.ts';
import type { Article } from '../extract/types.ts';
import type { Queryable } from './db.ts';
import { makeId } from '../ids.ts';
import { toIso } from './toIso.ts';
import { NotFoundError } from '../errors.ts';
import type { MentionRow, StoredMention } from './mentions.ts';
import { COLUMNS as MENTION_COLUMNS, toMention } from './mentions.ts';

export interface ArticleInput extends Article {
  outlet: string | null;
  feedId: string | null;
  contentHash: string;
  /** Set when the text is not the document at the URL (a feed entry's own text, and why); null otherwise. */
  textSource?: string | null;
  /** Why its text holds replacement characters (bytes that did not decode); null or absent when none. */
  decodeWarning?: string | null;
}

export interface StoredArticle {
  id: string;
  url: string;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  text: string;
  contentHash: string;
  extractedHash: string | null;
  dedupedHash: string | null;
}

export interface UpsertArticleResult {
  id: string;
  /** The row as stored now (a later stage of the same job reads it from here instead of the database). */
  stored: StoredArticle;
  /** First time this URL was stored. */
  created: boolean;
  /** The text differs from what was stored (or it is new): extraction has work to do. */
  changed: boolean;
  /** A stored article got another outlet or publication time: its claims' counts and dates are to be recomputed. */
  placed: boolean;
}

/** The id of the article at a URL. */
export const articleId = (url: string) => makeId('a', url);

/**
 * Inserts or updates an article by URL (near-duplicate grouping comes later, in the dedupe stage: joinGroups), and
 * records `aliases` of it in the same statement, as articleAliases.addAliases does (an alias already taken keeps its
 * first article).
 */
export async function upsert(db: Queryable, input: ArticleInput, aliases: readonly string[] = []): Promise<UpsertArticleResult> {
  const id = articleId(input.url);
  const rows = await db.query<Omit<ArticleRow, 'text'> & { previous_hash: string | null; placed: boolean }>(
    `WITH previous AS (SELECT content_hash, outlet, published_at FROM articles WHERE id = $1), aliased AS (
       -- The foreign key is checked at the end of the statement, once the article's row is there.
       INSERT INTO article_aliases (alias, article_id) SELECT DISTINCT unnest($14::text[]), $1 ON CONFLICT (alias) DO NOTHING
     )
     INSERT INTO articles (id, url, canonical_url, feed_id, outlet, title, byline, published_at, language, text,
                           content_hash, text_source, decode_warning)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (id) DO UPDATE SET
       canonical_url = EXCLUDED.canonical_url,
       feed_id = coalesce(EXCLUDED.feed_id, articles.feed_id),
       outlet = coalesce(EXCLUDED.outlet, articles.outlet),
       title = coalesce(EXCLUDED.title, articles.title),
       byline = coalesce(EXCLUDED.byline, articles.byline),
       published_at = coalesce(EXCLUDED.published_at, articles.published_at),
       language = coalesce(EXCLUDED.language, articles.language),
       text = EXCLUDED.text,
       content_hash = EXCLUDED.content_hash,
       text_source = EXCLUDED.text_source,
       decode_warning = EXCLUDED.decode_warning
     RETURNING articles.id, articles.url, articles.title, articles.outlet, articles.published_at, articles.content_hash,
               articles.extracted_hash, articles.deduped_hash,
               (SELECT content_hash FROM previous) AS previous_hash,
               coalesce((SELECT p.outlet IS DISTINCT FROM articles.outlet OR p.published_at IS DISTINCT FROM articles.published_at
                         FROM previous p), false) AS placed`,
    [
      id,
      input.url,
      input.canonicalUrl,
      input.feedId,
      input.outlet,
      input.title,
      input.byline,
      input.publishedAt,
      input.language,
      input.text,
      input.contentHash,
      input.textSource ?? null,
      input.decodeWarning ?? null,
      aliases,
    ],
  );
  const row = rows[0];
  if (!row) throw new Error(`storing article ${id} returned no row`);
  const previous = row.previous_hash;
  // The text sent is the text stored: it does not travel back.
  const stored = toArticle({ ...row, text: input.text });
  return { id, stored, created: previous === null, changed: previous !== input.contentHash, placed: row.placed };
}

interface ArticleRow {
  id: string;
  url: string;
  title: string | null;
  outlet: string | null;
  published_at: Date | null;
  text: string;
  content_hash: string;
  extracted_hash: string | null;
  deduped_hash: string | null;
}

/**
 * Reads one article.
 * @throws NotFoundError when there is none with this id.
 */
export async function get(db: Queryable, id: string): Promise<StoredArticle> {
  const rows = await db.query<ArticleRow>(
    `SELECT id, url, title, outlet, published_at, text, content_hash, extracted_hash, deduped_hash
     FROM articles WHERE id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row) throw new NotFoundError(`no article with id ${id}`);
  return toArticle(row);
}

function toArticle(row: ArticleRow): StoredArticle {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    outlet: row.outlet,
    publishedAt: toIso(row.published_at),
    text: row.text,
    contentHash: row.content_hash,
    extractedHash: row.extracted_hash,
    dedupedHash: row.deduped_hash,
  };
}

/**
 * Reads one article and its mentions not yet placed in a claim (in text order, as mentions.listUnmerged reads them),
 * in one statement: what the dedupe stage reads of it, one round trip instead of two.
 * @throws NotFoundError when there is none with this id.
 */
export async function getWithUnmerged(db: Queryable, id: string): Promise<StoredArticle & { unmerged: StoredMention[] }> {
  const rows = await db.query<ArticleRow & { unmerged: MentionRow[] }>(
    `SELECT a.id, a.url, a.title, a.outlet, a.published_at, a.text, a.content_hash, a.extracted_hash, a.deduped_hash,
            (SELECT coalesce(json_agg(m ORDER BY m.start_offset, m.kind), '[]')
             FROM (SELECT ${MENTION_COLUMNS}, start_offset FROM mentions WHERE article_id = a.id AND claim_id IS NULL) m) AS unmerged
     FROM articles a WHERE a.id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row) throw new NotFoundError(`no article with id ${id}`);
  return { ...toArticle(row), unmerged: row.unmerged.map(toMention) };
}

/** Records which version of the text the stored mentions were extracted from. */
export async function markExtracted(db: Queryable, id: string, contentHash: string): Promise<void> {
  await db.query('UPDATE articles SET extracted_hash = $2 WHERE id = $1', [id, contentHash]);
}

/** Records which version of the text has its mentions merged into claims. */
export async function markDeduped(db: Queryable, id: string, contentHash: string): Promise<void> {
  // A version no longer the article's (a newer one stored meanwhile) is not marked: the newer one's merge marks it.
  await db.query('UPDATE articles SET deduped_hash = $2 WHERE id = $1 AND content_hash = $2', [id, contentHash]);
}

/** An arbitrary constant: the advisory lock under which near-duplicate groups change. */
const GROUPS_LOCK = 74_210_332;

/**
 * Takes the lock under which near-duplicate groups change, until the transaction ends: an article's
 * signature is stored, its candidates read and its group joined under it, so that two copies grouped at
 * once see each other.
 */
export async function lockGroups(db: Queryable): Promise<void> {
  await db.query(LOCK_GROUPS);
}

/** lockGroups' statement, without parameters: a transaction can send it with its BEGIN (TransactionOptions). */
export const LOCK_GROUPS = `SELECT pg_advisory_xact_lock(${GROUPS_LOCK})`;

/**
 * Stores an article's MinHash band keys and reads the other signed articles sharing a band key with it, with
 * their signatures and near-duplicate groups (the caller holds lockGroups). It writes no other row of `articles`,
 * and the article's own only when `signature` is given and no article shares a band key with it: then it joins no
 * group and its signature is written here, as joinGroups would write it alone (one round trip fewer under the
 * groups lock); otherwise joinGroups writes it, after every lock the grouping takes (see groupsOthers).
 * @param contentHash the version of the text the signature is of: when the article holds another text now (a newer
 * version was stored after this one was read or carried on, see jobs/carryArticle.ts), nothing is written.
 * @returns the candidates to decide on (dedupe's findNearDuplicates), none when the signature was written here;
 * null when the article's text is not `contentHash`'s.
 */
export async function storeSignature(
  db: Queryable,
  id: string,
  bands: readonly number[],
  contentHash: string | null = null,
  signature: readonly number[] | null = null,
): Promise<BandCandidate[] | null> {
  // One statement: the sub-statements touch other rows than the read (the article itself is left out of it). The
  // version is checked in it too (no round trip more); one row with no candidate when there is none.
  const rows = await db.query<{ current: boolean; id: string | null; minhash: number[]; group_id: string }>(
    `WITH version AS (
       SELECT $3::text IS NULL OR EXISTS (SELECT 1 FROM articles WHERE id = $2 AND content_hash = $3::text) AS current
     ), dropped AS (
       DELETE FROM article_bands WHERE article_id = $2 AND key <> ALL($1::integer[]) AND (SELECT current FROM version)
     ), added AS (
       INSERT INTO article_bands (key, article_id)
       SELECT DISTINCT unnest($1::integer[]), $2 WHERE (SELECT current FROM version) ON CONFLICT DO NOTHING
     ), candidates AS (
       SELECT a.id, a.minhash, coalesce(a.duplicate_of, a.id) AS group_id FROM articles a
       WHERE a.id IN (SELECT b.article_id FROM article_bands b WHERE b.key = ANY($1::integer[]))
         AND a.id <> $2 AND a.minhash IS NOT NULL AND (SELECT current FROM version)
     ), signed AS (
       UPDATE articles SET minhash = $4::integer[]
       WHERE id = $2 AND $4::integer[] IS NOT NULL AND (SELECT current FROM version) AND NOT EXISTS (SELECT 1 FROM candidates)
     )
     SELECT v.current, c.id, c.minhash, c.group_id FROM version v LEFT JOIN candidates c ON true`,
    [bands, id, contentHash, signature],
  );
  if (rows[0]?.current === false) return null;
  return rows.flatMap((r) => (r.id === null ? [] : [{ id: r.id, signature: r.minhash, groupId: r.group_id }]));
}

/**
 * Whether joining an article to these near-duplicate groups rewrites other articles' rows: the members of every
 * group whose id is not the least of the article's id and theirs (in code-point order, as joinGroups orders them)
 * take that least id. When it does, the caller takes the placements lock (store.stories.lockPlacements) before
 * joinGroups: a placement rewrites the story of many articles, one statement after another in a batch, so two
 * transactions that each lock several article rows in their own order would deadlock (issue 19); under the
 * placements lock the grouping's rows are locked while no placement holds any.
 */
export function groupsOthers(id: string, groupIds: readonly string[]): boolean {
  const least = groupIds.reduce((a, b) => (b < a ? b : a), id);
  return groupIds.some((g) => g !== least);
}

/**
 * Stores an article's MinHash signature and joins it to the near-duplicate groups given (those of its near
 * duplicates) as one group: every member's duplicate_of names the group's least id (the least itself has none),
 * so the grouping is the same whatever order the articles came in. The caller holds lockGroups, and the
 * placements lock when groupsOthers says the members of a group change.
 * @returns the group's id (the article's own id when it joins no group).
 */
export async function joinGroups(
  db: Queryable,
  id: string,
  signature: readonly number[],
  groupIds: readonly string[],
): Promise<string> {
  if (groupIds.length === 0) {
    await db.query('UPDATE articles SET minhash = $2 WHERE id = $1', [id, signature]);
    return id;
  }
  // Every member of the groups joined, and the article, take the least id (in code-point order, as JS sorts).
  // The members travel as one array so that the update reaches them through the primary key; only rows whose
  // group changes are written (and locked: a member may be in the middle of its own merge).
  const rows = await db.query<{ group_id: string }>(
    `WITH members AS (
       SELECT array_agg(id ORDER BY id COLLATE "C") AS ids FROM (
         SELECT id FROM articles WHERE id = ANY($1::text[]) OR duplicate_of = ANY($1::text[]) UNION SELECT $2
       ) AS m
     ), regrouped AS (
       UPDATE articles a SET duplicate_of = NULLIF(g.ids[1], a.id)
       FROM members g WHERE a.id = ANY(g.ids) AND a.id <> $2 AND a.duplicate_of IS DISTINCT FROM NULLIF(g.ids[1], a.id)
     ), own AS (
       UPDATE articles a SET minhash = $3, duplicate_of = NULLIF(g.ids[1], a.id) FROM members g WHERE a.id = $2
     )
     SELECT ids[1] AS group_id FROM members`,
    [[...new Set(groupIds)], id, signature],
  );
  return rows[0]?.group_id ?? id;
}
