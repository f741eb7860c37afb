import { fetchDocument } from '../ingest/fetchDocument.ts';
import { feedTtl } from '../ingest/feedTtl.ts';
import * as store from '../store/index.ts';
import type { StageContext } from './context.ts';
import type { FetchJobData, StageResult } from './jobTypes.ts';
import { backoffSeconds, FAILING_AFTER_SECONDS, intervalAfterSuccess, serverRetryAfter } from './planNextPoll.ts';
import { fetchOptionsOf, processDocument } from './processFetch.ts';
import { messageOf } from './runReport.ts';

/** A scheduler tick this early before a feed's next fetch still counts as due (ticks are not exact). */
const DUE_SLACK_MS = 10_000;

/**
 * A scheduled poll of a subscribed feed: skipped unless due (or asked for now); a conditional GET with the stored
 * validators (a 304 parses nothing); the next fetch planned from the publishing pace, `ttl` and
 * `max-age`. A failure is recorded with an exponential, jittered back-off and not thrown: the feed's
 * own schedule retries it, so it resumes by itself.
 */
export async function pollFeed(ctx: StageContext, data: FetchJobData, now = Date.now()): Promise<StageResult> {
  const feed = data.feedId ? await store.feeds.find(ctx.db, data.feedId) : null;
  if (!feed || !feed.subscribed) return { stats: {}, next: [] };
  const due = feed.nextFetchAt === null || Date.parse(feed.nextFetchAt) <= now + DUE_SLACK_MS;
  if (!due && data.pollNow !== true) return { stats: {}, next: [] };
  const bounds = { minSeconds: feed.minEverySeconds, maxSeconds: feed.maxEverySeconds };
  try {
    const result = await fetchDocument(feed.url, { ...fetchOptionsOf(ctx), etag: feed.etag, lastModified: feed.lastModified });
    if (result.status === 'not-modified') {
      const next = feed.adaptedEverySeconds ?? intervalAfterSuccess({ entryTimes: [], everySeconds: feed.everySeconds }, bounds);
      await store.feeds.recordPollSuccess(ctx.db, feed.id, { notModified: true, entries: 0, nextSeconds: next });
      ctx.log.debug({ feed: feed.url }, 'feed not modified');
      return { stats: {}, next: [] };
    }
    const doc = result.document;
    // A poll reads the feed's current entries; its archives were read when it was ingested.
    const done = await processDocument(ctx, doc, { url: feed.url, feedId: feed.id, outlet: feed.outlet, poll: true });
    const entryTimes = await store.feeds.recentEntryTimes(ctx.db, feed.id);
    const next = intervalAfterSuccess(
      { entryTimes, everySeconds: feed.everySeconds, ttlMinutes: feedTtl(doc.body), maxAgeSeconds: doc.maxAgeSeconds ?? null },
      bounds,
    );
    await store.feeds.recordPollSuccess(ctx.db, feed.id, {
      notModified: false,
      etag: doc.etag,
      lastModified: doc.lastModified,
      // New entries: articles stored now, and pages not seen before that are fetched next.
      entries: (done.stats.articlesNew ?? 0) + done.next.filter((j) => j.queue === 'fetch' && (j.data as { archiveHops?: number }).archiveHops === undefined).length,
      nextSeconds: next,
    });
    return done;
  } catch (error) {
    const delay = backoffSeconds(
      feed.consecutiveErrors + 1,
      { everySeconds: feed.adaptedEverySeconds ?? feed.everySeconds, retryAfterSeconds: serverRetryAfter(error) },
      bounds,
    );
    await store.feeds.recordPollFailure(ctx.db, feed.id, {
      error: messageOf(error),
      delaySeconds: delay,
      failingAfterSeconds: FAILING_AFTER_SECONDS,
    });
    ctx.log.warn({ feed: feed.url, err: messageOf(error), retryInSeconds: delay }, 'feed poll failed');
    return { stats: {}, next: [] };
  }
}
