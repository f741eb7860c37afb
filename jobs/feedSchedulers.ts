import type { FeedRow } from '../store/feeds.ts';
import type { FetchJobData } from './jobTypes.ts';
import type { RedisQueues } from './redisQueues.ts';

/** The id of a feed's job scheduler in the fetch queue. */
export const schedulerId = (feedId: string) => `feed:${feedId}`;

/**
 * Creates or updates the feed's job scheduler (kept in Redis, so it survives restarts; `claims worker`
 * runs its jobs). It ticks at the feed's lower bound; each tick polls only when the feed is due, so the
 * adaptive interval and back-off live in the database and never need the scheduler rewritten.
 */
export async function scheduleFeed(queues: RedisQueues, feed: Pick<FeedRow, 'id' | 'url' | 'outlet' | 'minEverySeconds'>): Promise<void> {
  const data: FetchJobData = { url: feed.url, feedId: feed.id, outlet: feed.outlet, poll: true };
  await queues.queues.fetch.upsertJobScheduler(
    schedulerId(feed.id),
    { every: feed.minEverySeconds * 1000 },
    // A poll records its own failure and back-off: BullMQ retries would only poll a failing server faster.
    { name: 'fetch', data, opts: { attempts: 1, removeOnComplete: { count: 1000 }, removeOnFail: { count: 1000 } } },
  );
}

/** Removes a feed's job scheduler; true when there was one. */
export async function unscheduleFeed(queues: RedisQueues, feedId: string): Promise<boolean> {
  return queues.queues.fetch.removeJobScheduler(schedulerId(feedId));
}

/** True when the feed has a job scheduler in Redis. */
export async function hasFeedScheduler(queues: RedisQueues, feedId: string): Promise<boolean> {
  return (await queues.queues.fetch.getJobScheduler(schedulerId(feedId))) !== undefined;
}

/** Ensures every subscribed feed has its scheduler (feeds added without Redis get one when a worker starts). */
export async function syncFeedSchedulers(
  queues: RedisQueues,
  feeds: ReadonlyArray<Pick<FeedRow, 'id' | 'url' | 'outlet' | 'minEverySeconds'>>,
): Promise<number> {
  let added = 0;
  for (const feed of feeds) {
    if (await hasFeedScheduler(queues, feed.id)) continue;
    await scheduleFeed(queues, feed);
    added += 1;
  }
  return added;
}
