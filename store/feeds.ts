import type { Queryable } from './db.ts';
import { makeId } from './ids.ts';

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
