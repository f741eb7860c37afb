import { UnrecoverableError, Worker } from 'bullmq';
import type { Job } from 'bullmq';
import { ClaimdeskError } from '../errors.ts';
import type { StageContext } from './context.ts';
import { runHandler } from './handlers.ts';
import type { JobData, StageResult } from './jobTypes.ts';
import { QUEUE_NAMES } from './queueNames.ts';
import type { QueueName } from './queueNames.ts';
import type { RedisQueues } from './redisQueues.ts';
import { enqueue } from './redisQueues.ts';

/** What a finished job leaves in Redis: its stats and the ids of the jobs it asked for. */
export interface JobReturn {
  stats: StageResult['stats'];
  next: Array<{ queue: QueueName; id: string }>;
}

/** Whether an error can never succeed on retry: a 404, a refused address, an unparseable feed, bad input. */
export function isPermanent(error: unknown): boolean {
  if (typeof error === 'object' && error !== null && 'permanent' in error) return error.permanent === true;
  if (!(error instanceof ClaimdeskError)) return false;
  return ['unsafe_url', 'feed_parse_error', 'not_found', 'input_error', 'local_input_error'].includes(error.code);
}

function processor(ctx: StageContext, queues: RedisQueues, name: QueueName) {
  return async (job: Job): Promise<JobReturn> => {
    const log = ctx.log.child({ queue: name, jobId: job.id, attempt: job.attemptsMade + 1 });
    try {
      const result = await runHandler({ ...ctx, log }, name, job.data as JobData[QueueName]);
      await enqueue(queues, result.next);
      return { stats: result.stats, next: result.next.map((n) => ({ queue: n.queue, id: n.id })) };
    } catch (error) {
      log.warn({ err: error }, 'job failed');
      if (isPermanent(error)) {
        throw new UnrecoverableError(error instanceof Error ? error.message : String(error));
      }
      throw error;
    }
  };
}

/** Starts one BullMQ worker per stage queue in this process. */
export function startWorkers(ctx: StageContext, queues: RedisQueues, concurrency: number): Worker[] {
  return QUEUE_NAMES.map(
    (name) =>
      new Worker(name, processor(ctx, queues, name), {
        connection: queues.duplicate(),
        prefix: queues.prefix,
        concurrency,
      }),
  );
}
