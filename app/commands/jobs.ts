import { ConfigError, InputError } from '../../errors.ts';
import { listFailed, retryFailed } from '../../jobs/failedJobs.ts';
import type { FailedJob } from '../../jobs/failedJobs.ts';
import type { QueueName } from '../../jobs/queueNames.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import type { FeedRow } from '../../store/feeds.ts';
import * as store from '../../store/index.ts';
import { note, out, plural } from '../output.ts';

const queuesOf = (runtime: Runtime) => {
  if (!runtime.queues) {
    throw new ConfigError('REDIS_URL: failed jobs live in the queues (without Redis a failure is reported by the command that ran it)');
  }
  return runtime.queues;
};

/** A failed job, or a failing feed (queue `feed`, its id, URL, last error and errors in a row). */
export type FailureRow = Omit<FailedJob, 'queue'> & { queue: QueueName | 'feed' };

/**
 * A subscribed feed whose last fetch failed, as a failed job reads: a feed poll does not fail its job
 * (the feed's own back-off retries it), so its error is kept on the feed and shown here beside the jobs.
 */
export const feedFailure = (f: FeedRow): FailureRow => ({
  queue: 'feed',
  id: f.id,
  subject: f.url,
  error: `${f.lastError ?? 'failed'} (${plural(f.consecutiveErrors, 'error')} in a row${f.failingSince ? `, failing since ${f.failingSince}` : ''}; next try ${f.nextFetchAt ?? '-'}, or now: claims feeds poll --now ${f.id})`,
  attempts: f.consecutiveErrors,
  failedAt: f.lastFetchedAt,
});

/** The failed jobs (with Redis), then the failing feeds (of the fetch queue's concern), at most `limit` in all. */
export async function listFailures(runtime: Runtime, options: { queue?: QueueName; limit: number }): Promise<FailureRow[]> {
  const failed: FailureRow[] = runtime.queues ? await listFailed(runtime.queues, options) : [];
  if (options.queue === undefined || options.queue === 'fetch') {
    const feeds = (await store.feeds.listSubscribed(runtime.db)).filter((f) => f.consecutiveErrors > 0);
    failed.push(...feeds.slice(0, Math.max(0, options.limit - failed.length)).map(feedFailure));
  }
  return failed;
}

/**
 * `claims jobs failed`: the failed jobs kept in Redis, with the reason, and the feeds whose fetches are
 * failing (`--queue fetch` or no --queue; without Redis, those only).
 */
export async function failedJobsCommand(runtime: Runtime, options: { queue?: QueueName; limit: number; json: boolean }): Promise<void> {
  const failed = await listFailures(runtime, options);
  if (options.json) {
    failed.forEach((f) => out(JSON.stringify(f)));
    return;
  }
  if (!runtime.queues) note('without REDIS_URL a failed job is reported by the command that ran it; failing feeds:');
  if (failed.length === 0) note(runtime.queues ? 'no failed jobs or failing feeds' : 'none');
  for (const f of failed) out(`${f.queue}/${f.id}  ${f.failedAt ?? '-'}  ${plural(f.attempts, f.queue === 'feed' ? 'fetch' : 'attempt')}  ${f.subject}\n    ${f.error}`);
}

/** `claims jobs retry ID...|--all`: failed jobs go back to waiting. */
export async function retryJobsCommand(runtime: Runtime, ids: readonly string[], options: { all: boolean; queue?: QueueName }): Promise<void> {
  if (options.all === ids.length > 0) throw new InputError('give job ids or --all (not both)');
  const count = await retryFailed(queuesOf(runtime), options.all ? { all: true, queue: options.queue } : { ids });
  note(`${plural(count, 'job')} sent back to the queue`);
}
