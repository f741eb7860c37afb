import type { Queryable } from './db.ts';

/** A feed as its health page shows it. */
export interface FeedHealth {
  id: string;
  url: string;
  title: string | null;
  outlet: string | null;
  last_fetched_at: string | null;
  last_status: string | null;
  next_fetch_at: string | null;
  consecutive_errors: number;
  last_error: string | null;
  article_count: number;
}

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** Every feed with its fetch health and stored articles, failing ones first. */
export async function listFeedHealth(db: Queryable, limit = 500): Promise<FeedHealth[]> {
  return db.query<FeedHealth>(
    `SELECT f.id, f.url, f.title, f.outlet, ${iso('f.last_fetched_at')} AS last_fetched_at, f.last_status,
            ${iso('f.next_fetch_at')} AS next_fetch_at, f.consecutive_errors, f.last_error,
            (SELECT count(*)::integer FROM articles a WHERE a.feed_id = f.id) AS article_count
     FROM feeds f ORDER BY f.consecutive_errors DESC, f.url LIMIT $1`,
    [limit],
  );
}
