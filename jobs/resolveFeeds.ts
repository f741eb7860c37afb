import { COMMON_FEED_PATHS, discoverFeeds } from '../ingest/discoverFeeds.ts';
import { FetchError, UnsafeUrlError } from '../ingest/errors.ts';
import { assertFetchableUrl } from '../ingest/guardUrl.ts';
import type { GuardOptions } from '../ingest/guardUrl.ts';
import { fetchDocument } from '../ingest/fetchDocument.ts';
import type { FetchOptions } from '../ingest/fetchDocument.ts';
import { InputError } from '../errors.ts';

export interface ResolvedFeed {
  url: string;
  title: string | null;
}

/**
 * The feeds a URL stands for: itself when it is a feed; else the feeds its page announces with
 * `<link rel="alternate">`; else the first of the common paths (/feed, /rss.xml, ...) that is a feed.
 * @throws InputError when no feed is found; FetchError or UnsafeUrlError when the URL itself cannot be fetched.
 */
export async function resolveFeeds(url: string, options: FetchOptions): Promise<ResolvedFeed[]> {
  const result = await fetchDocument(url, options);
  if (result.status === 'not-modified') return [{ url, title: null }];
  const doc = result.document;
  if (doc.kind === 'feed') return [{ url: doc.url, title: null }];
  if (doc.kind === 'html') {
    const announced = discoverFeeds(doc.body, doc.url);
    if (announced.length > 0) return announced.map((f) => ({ url: f.url, title: f.title }));
  }
  for (const path of COMMON_FEED_PATHS) {
    const candidate = new URL(path, doc.url).href;
    const found = await fetchDocument(candidate, options).catch(() => null);
    if (found?.status === 'ok' && found.document.kind === 'feed') return [{ url: found.document.url, title: null }];
  }
  throw new InputError(`no feed found at ${url} (no <link rel="alternate"> feed link, none at the common paths)`);
}

/** True when resolveFeeds failed for now (no answer, a timeout, 5xx, 429): a retry, or a later poll, may succeed. */
/**
 * Refuses a feed a list names (OPML) that claimdesk would never fetch: a scheme other than http(s) (`file:`,
 * `javascript:`), or a private, loopback or link-local address unless private networks are allowed. A name that
 * does not resolve now is let through: the list is taken as it is, and polling says what fails.
 * @throws UnsafeUrlError
 */
export async function assertListedFeedFetchable(url: string, options: GuardOptions): Promise<void> {
  await assertFetchableUrl(url, options).catch((error: unknown) => {
    if (error instanceof UnsafeUrlError) throw error;
  });
}

export const isTransientFetchError = (error: unknown): boolean => error instanceof FetchError && !error.permanent;
