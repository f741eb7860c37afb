import type { Queryable } from './db.ts';

/** A feed as its health page shows it: what `claims feeds list` prints, and the articles stored from it. */
export interface FeedHealth {
  id: string;
  url: string;
  title: string | null;
  outlet: string | null;
  /** Subscribed (polled); false for a feed only ingested once or removed. */
  subscribed: boolean;
  last_fetched_at: string | null;
  /** `ok`, `not-modified`, `error` or `failing`; null before the first fetch. */
  last_status: string | null;
  /** When the current run of failures began; null while the feed works. */
  failing_since: string | null;
  next_fetch_at: string | null;
  /** The interval the next fetch was planned with, in seconds (adapted, or the feed's own). */
  every_seconds: number;
  consecutive_errors: number;
  last_error: string | null;
  /** New entries found by polls. */
  articles_seen: number;
  /** Share of polls answered 304 Not Modified; null before any poll. */
  not_modified_rate: number | null;
  article_count: number;
}

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** Every feed with its fetch health and stored articles, failing ones first. */
export async function listFeedHealth(db: Queryable, limit = 500): Promise<FeedHealth[]> {
  return db.query<FeedHealth>(
    `SELECT f.id, f.url, f.title, f.outlet, (f.subscribed AND f.removed_at IS NULL) AS subscribed,
            ${iso('f.last_fetched_at')} AS last_fetched_at, f.last_status, ${iso('f.failing_since')} AS failing_since,
            ${iso('f.next_fetch_at')} AS next_fetch_at, coalesce(f.adapted_every_seconds, f.every_seconds) AS every_seconds,
            f.consecutive_errors, f.last_error, f.articles_seen,
            CASE WHEN f.fetch_count = 0 THEN NULL ELSE f.not_modified_count::float8 / f.fetch_count END AS not_modified_rate,
            (SELECT count(*)::integer FROM articles a WHERE a.feed_id = f.id) AS article_count
     FROM feeds f ORDER BY f.consecutive_errors DESC, f.url LIMIT $1`,
    [limit],
  );
}
