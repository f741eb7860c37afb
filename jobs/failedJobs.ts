import type { Job } from 'bullmq';
import { NotFoundError } from '../errors.ts';
import type { JobData } from './jobTypes.ts';
import { QUEUE_NAMES } from './queueNames.ts';
import type { QueueName } from './queueNames.ts';
import type { RedisQueues } from './redisQueues.ts';
import { subjectOf } from './runReport.ts';

/** A job that ran out of attempts, or failed for good, as `claims jobs failed` shows it. */
export interface FailedJob {
  queue: QueueName;
  id: string;
  subject: string;
  error: string;
  attempts: number;
  failedAt: string | null;
}

const toFailed = (queue: QueueName, job: Job): FailedJob => ({
  queue,
  id: job.id ?? '',
  subject: subjectOf({ queue, data: job.data as JobData[QueueName] }),
  error: job.failedReason ?? '',
  attempts: job.attemptsMade,
  failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
});

/** The failed jobs kept in Redis, newest first per queue. */
export async function listFailed(queues: RedisQueues, options: { queue?: QueueName; limit: number }): Promise<FailedJob[]> {
  const names = options.queue ? [options.queue] : QUEUE_NAMES;
  const found: FailedJob[] = [];
  for (const name of names) {
    const jobs = await queues.queues[name].getFailed(0, options.limit - 1);
    found.push(...jobs.filter((j): j is Job => j !== undefined).map((j) => toFailed(name, j)));
  }
  return found.slice(0, options.limit);
}

/**
 * Moves failed jobs back to waiting: the ones named, or every failed job (of one queue).
 * @returns how many were retried.
 * @throws NotFoundError when a named job is not a failed job of any queue.
 */
export async function retryFailed(queues: RedisQueues, target: { ids: readonly string[] } | { all: true; queue?: QueueName }): Promise<number> {
  if ('all' in target) {
    let count = 0;
    for (const name of target.queue ? [target.queue] : QUEUE_NAMES) {
      const queue = queues.queues[name];
      count += await queue.getFailedCount();
      await queue.retryJobs({ state: 'failed', count: 1000 });
    }
    return count;
  }
  let count = 0;
  for (const id of target.ids) {
    let job: Job | undefined;
    for (const name of QUEUE_NAMES) {
      const candidate = await queues.queues[name].getJob(id);
      if (candidate && (await candidate.isFailed())) job = candidate;
    }
    if (!job) throw new NotFoundError(`no failed job with id ${id} (see \`claims jobs failed\`)`);
    await job.retry('failed');
    count++;
  }
  return count;
}
