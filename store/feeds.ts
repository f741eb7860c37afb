import type { Queryable } from './db.ts';
import { makeId } from '../ids.ts';

export interface FeedInput {
  url: string;
  title: string | null;
  siteUrl: string | null;
  outlet: string | null;
}

/** The id of the feed at a URL. */
export const feedId = (url: string) => makeId('f', url);

/** Records a feed (or updates its title and site) and notes a successful fetch; returns its id. */
export async function upsertFetched(db: Queryable, input: FeedInput): Promise<string> {
  const id = feedId(input.url);
  await db.query(
    `INSERT INTO feeds (id, url, title, site_url, outlet, last_fetched_at, last_status)
     VALUES ($1, $2, $3, $4, $5, now(), 'ok')
     ON CONFLICT (id) DO UPDATE SET title = coalesce(EXCLUDED.title, feeds.title),
       site_url = coalesce(EXCLUDED.site_url, feeds.site_url), outlet = coalesce(feeds.outlet, EXCLUDED.outlet),
       last_fetched_at = now(), last_status = 'ok', consecutive_errors = 0, last_error = NULL`,
    [id, input.url, input.title, input.siteUrl, input.outlet],
  );
  return id;
}

/** A subscribed feed as `claims feeds list` shows it. */
export interface FeedRow {
  id: string;
  url: string;
  title: string | null;
  outlet: string | null;
  everySeconds: number;
  minEverySeconds: number;
  maxEverySeconds: number;
  etag: string | null;
  lastModified: string | null;
  lastFetchedAt: string | null;
  lastStatus: string | null;
  nextFetchAt: string | null;
  consecutiveErrors: number;
  lastError: string | null;
  failingSince: string | null;
  fetchCount: number;
  notModifiedCount: number;
  articlesSeen: number;
  /** The interval the feed's publishing pace suggested at its last full fetch. */
  adaptedEverySeconds: number | null;
  subscribed: boolean;
}

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
const FEED_COLUMNS = `id, url, title, outlet, every_seconds AS "everySeconds", min_every_seconds AS "minEverySeconds",
  max_every_seconds AS "maxEverySeconds", etag, last_modified AS "lastModified",
  ${iso('last_fetched_at')} AS "lastFetchedAt", last_status AS "lastStatus", ${iso('next_fetch_at')} AS "nextFetchAt",
  consecutive_errors AS "consecutiveErrors", last_error AS "lastError", ${iso('failing_since')} AS "failingSince",
  fetch_count AS "fetchCount", not_modified_count AS "notModifiedCount", articles_seen AS "articlesSeen",
  adapted_every_seconds AS "adaptedEverySeconds", subscribed AND removed_at IS NULL AS subscribed`;

export interface SubscribeInput {
  url: string;
  title?: string | null;
  outlet?: string | null;
  everySeconds: number;
  /** Bounds of the adaptive interval (defaults 300 and 86,400 s). */
  minEverySeconds?: number;
  maxEverySeconds?: number;
}

/** Subscribes to a feed (again, if it was removed), due now; returns it. */
export async function subscribe(db: Queryable, input: SubscribeInput): Promise<FeedRow> {
  const rows = await db.query<FeedRow>(
    `INSERT INTO feeds (id, url, title, outlet, every_seconds, subscribed, next_fetch_at, min_every_seconds, max_every_seconds)
     VALUES ($1, $2, $3, $4, $5, true, now(), coalesce($6::integer, 300), coalesce($7::integer, 86400))
     ON CONFLICT (id) DO UPDATE SET subscribed = true, removed_at = NULL, every_seconds = EXCLUDED.every_seconds,
       min_every_seconds = coalesce($6::integer, feeds.min_every_seconds),
       max_every_seconds = coalesce($7::integer, feeds.max_every_seconds),
       title = coalesce(EXCLUDED.title, feeds.title), outlet = coalesce(EXCLUDED.outlet, feeds.outlet),
       next_fetch_at = least(coalesce(feeds.next_fetch_at, now()), now())
     RETURNING ${FEED_COLUMNS}`,
    [feedId(input.url), input.url, input.title ?? null, input.outlet ?? null, input.everySeconds,
      input.minEverySeconds ?? null, input.maxEverySeconds ?? null],
  );
  return rows[0] as FeedRow;
}

/** The subscribed feeds, failing ones first. */
export async function listSubscribed(db: Queryable): Promise<FeedRow[]> {
  return db.query<FeedRow>(
    `SELECT ${FEED_COLUMNS} FROM feeds WHERE subscribed AND removed_at IS NULL
     ORDER BY consecutive_errors DESC, url`,
  );
}

/** A feed by id or URL, or null. */
export async function find(db: Queryable, idOrUrl: string): Promise<FeedRow | null> {
  const rows = await db.query<FeedRow>(`SELECT ${FEED_COLUMNS} FROM feeds WHERE id = $1 OR url = $1`, [idOrUrl]);
  return rows[0] ?? null;
}

/** Unsubscribes a feed; its articles stay. Returns false when it was not subscribed. */
export async function unsubscribe(db: Queryable, id: string): Promise<boolean> {
  const rows = await db.query(
    `UPDATE feeds SET subscribed = false, removed_at = now(), next_fetch_at = NULL
     WHERE id = $1 AND subscribed AND removed_at IS NULL RETURNING id`,
    [id],
  );
  return rows.length > 0;
}

/** Subscribed feeds whose next fetch is due. */
export async function listDue(db: Queryable, limit = 10_000): Promise<FeedRow[]> {
  return db.query<FeedRow>(
    `SELECT ${FEED_COLUMNS} FROM feeds WHERE subscribed AND removed_at IS NULL
       AND (next_fetch_at IS NULL OR next_fetch_at <= now())
     ORDER BY next_fetch_at NULLS FIRST LIMIT $1`,
    [limit],
  );
}

export interface PollSuccess {
  notModified: boolean;
  etag?: string | null;
  lastModified?: string | null;
  title?: string | null;
  /** Entries in this fetch (0 for a 304). */
  entries: number;
  nextSeconds: number;
}

/** Records a fetch that answered (200 or 304): validators, counters, next fetch; clears the error state. */
export async function recordPollSuccess(db: Queryable, id: string, poll: PollSuccess): Promise<void> {
  await db.query(
    `UPDATE feeds SET last_fetched_at = now(), last_ok_at = now(), fetch_count = fetch_count + 1,
       not_modified_count = not_modified_count + $2::integer, articles_seen = articles_seen + $3::integer,
       last_status = CASE WHEN $2::integer = 1 THEN 'not-modified' ELSE 'ok' END,
       etag = CASE WHEN $2::integer = 1 THEN etag ELSE $4 END,
       last_modified = CASE WHEN $2::integer = 1 THEN last_modified ELSE $5 END,
       title = coalesce($6, title), consecutive_errors = 0, last_error = NULL, failing_since = NULL,
       next_fetch_at = now() + make_interval(secs => $7::integer), adapted_every_seconds = $7::integer
     WHERE id = $1`,
    [id, poll.notModified ? 1 : 0, poll.entries, poll.etag ?? null, poll.lastModified ?? null, poll.title ?? null, poll.nextSeconds],
  );
}

/**
 * Records a failed fetch: one more error in a row, the message, the back-off delay. After
 * `failingAfterSeconds` of failures only, the status becomes 'failing' (it is still polled).
 */
export async function recordPollFailure(
  db: Queryable,
  id: string,
  failure: { error: string; delaySeconds: number; failingAfterSeconds: number },
): Promise<void> {
  await db.query(
    `UPDATE feeds SET last_fetched_at = now(), fetch_count = fetch_count + 1,
       consecutive_errors = consecutive_errors + 1, last_error = $2,
       failing_since = coalesce(failing_since, now()),
       last_status = CASE WHEN coalesce(failing_since, now()) <= now() - make_interval(secs => $4::integer)
                          THEN 'failing' ELSE 'error' END,
       next_fetch_at = now() + make_interval(secs => $3::integer)
     WHERE id = $1`,
    [id, failure.error.slice(0, 1000), failure.delaySeconds, failure.failingAfterSeconds],
  );
}

/**
 * Publication times (ms) of a feed's entries at its last full fetch, for its publishing pace; the
 * feed's most recent stored articles when it had none.
 */
export async function recentEntryTimes(db: Queryable, id: string, limit = 20): Promise<number[]> {
  const rows = await db.query<{ t: string }>(
    `SELECT (extract(epoch FROM t) * 1000)::bigint::text AS t FROM feeds, unnest(entry_times) AS t
     WHERE id = $1 ORDER BY t DESC LIMIT $2`,
    [id, limit],
  );
  if (rows.length > 0) return rows.map((r) => Number(r.t));
  const articles = await db.query<{ t: string }>(
    `SELECT (extract(epoch FROM published_at) * 1000)::bigint::text AS t FROM articles
     WHERE feed_id = $1 AND published_at IS NOT NULL ORDER BY published_at DESC LIMIT $2`,
    [id, limit],
  );
  return articles.map((r) => Number(r.t));
}

/** Records the publication times of a feed's entries as just read (at most 50). */
export async function noteEntryTimes(db: Queryable, id: string, times: readonly string[]): Promise<void> {
  await db.query(`UPDATE feeds SET entry_times = $2::timestamptz[] WHERE id = $1`, [id, times.slice(0, 50)]);
}

/** Fills a known feed's title and site from its document (archive pages and polls); returns its id. */
export async function noteTitle(db: Queryable, id: string, input: { title: string | null; siteUrl: string | null }): Promise<string> {
  await db.query(
    `UPDATE feeds SET title = coalesce(title, $2), site_url = coalesce(site_url, $3) WHERE id = $1`,
    [id, input.title, input.siteUrl],
  );
  return id;
}
