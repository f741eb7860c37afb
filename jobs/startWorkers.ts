import { AsyncLocalStorage } from 'node:async_hooks';
import { UnrecoverableError, Worker } from 'bullmq';
import type { Job } from 'bullmq';
import type { StageContext } from './context.ts';
import { runHandler } from './handlers.ts';
import type { CarriedArticle, JobData, StageResult } from './jobTypes.ts';
import { carryArticle } from './carryArticle.ts';
import { QUEUE_NAMES } from './queueNames.ts';
import type { QueueName } from './queueNames.ts';
import type { RedisQueues } from './redisQueues.ts';
import { errorForLog } from './errorForLog.ts';
import { isPermanent } from './isPermanent.ts';
import { enqueue } from './redisQueues.ts';
import { countStatements } from './stepTimer.ts';

/** What a finished job leaves in Redis: its stats and the ids of the jobs it asked for. */
export interface JobReturn {
  stats: StageResult['stats'];
  next: Array<{ queue: QueueName; id: string }>;
}


/** The stage of the job whose code runs (its statements are counted for it). */
const runningJob = new AsyncLocalStorage<QueueName>();

function processor(ctx: StageContext, queues: RedisQueues, name: QueueName) {
  return async (job: Job): Promise<JobReturn> => {
    const log = ctx.log.child({ queue: name, jobId: job.id, attempt: job.attemptsMade + 1 });
    const metrics = ctx.metrics;
    // One stage's run, timed and its statements counted as that stage's, whichever job carries it.
    const runStage = async (queue: QueueName, data: JobData[QueueName], carried?: CarriedArticle): Promise<StageResult> => {
      const started = performance.now();
      const seconds = () => (performance.now() - started) / 1000;
      // With metrics, the job's steps are timed (README: where the time goes).
      const timeStep = metrics ? (step: string, s: number) => metrics.observeStep(queue, step, s) : undefined;
      try {
        const result = await runningJob.run(queue, () => runHandler({ ...ctx, timeStep, log }, queue, data, carried));
        metrics?.observeJob(queue, seconds(), 'completed', result.stats);
        return result;
      } catch (error) {
        const permanent = isPermanent(error);
        metrics?.observeJob(queue, seconds(), permanent ? 'failed_permanent' : 'failed_transient');
        throw error;
      }
    };
    try {
      // The article goes on to the next stages in this job when the stage holds it (jobs/carryArticle.ts).
      const result = await carryArticle(
        await runStage(name, job.data as JobData[QueueName]),
        (next) => runStage(next.queue, next.data, next.carried),
        (next, error) => log.warn({ error: errorForLog(error, log), next: `${next.queue}/${next.id}` }, 'carried stage failed: queued'),
      );
      await enqueue(queues, result.next);
      return { stats: result.stats, next: result.next.map((n) => ({ queue: n.queue, id: n.id })) };
    } catch (error) {
      log.warn({ error: errorForLog(error, log) }, 'job failed');
      if (isPermanent(error)) throw new UnrecoverableError(error instanceof Error ? error.message : String(error));
      throw error;
    }
  };
}

/** Jobs at a time: one number for every queue, or per queue (the others take `default`). */
export type Concurrency = number | { default: number } & Partial<Record<QueueName, number>>;

/**
 * A worker's concurrency when none is given: `perQueue` jobs at a time in the extract queue, `dedupe` in the dedupe
 * queue and twice that in the fetch queue. A dedupe job spends its time waiting for the round trips of the grouping,
 * placement and merge batches, which take several of a process's jobs at once (jobs/lockBatcher.ts): with few jobs
 * in flight the batches are small and the jobs' round trips follow each other (README, issue 19's sixth round). A
 * fetch job carries its article on to the merge (jobs/carryArticle.ts): with as many fetch jobs as dedupe jobs, all
 * of them reached the merge batches together while no page was fetched or extracted (issue 19's ninth round).
 */
export function defaultConcurrency(perQueue: number, dedupe: number): Concurrency {
  return { default: perQueue, fetch: 2 * dedupe, dedupe };
}

/**
 * Parses `4` (every queue) or `fetch=8,extract=2` (the queues not named take `fallback`'s).
 * @throws Error naming the bad part.
 */
export function parseConcurrency(text: string, fallback: Concurrency): Concurrency {
  if (/^\d+$/.test(text.trim())) {
    const n = Number(text);
    if (n < 1) throw new Error('concurrency must be at least 1');
    return n;
  }
  const result: { default: number } & Partial<Record<QueueName, number>> =
    typeof fallback === 'number' ? { default: fallback } : { ...fallback };
  for (const part of text.split(',')) {
    const [name, value] = part.split('=').map((s) => s.trim());
    const n = Number(value);
    if (!QUEUE_NAMES.includes(name as QueueName) || !Number.isInteger(n) || n < 1) {
      throw new Error(`expected a number or queue=number pairs such as fetch=8,extract=2 (queues: ${QUEUE_NAMES.join(', ')}), got "${part}"`);
    }
    result[name as QueueName] = n;
  }
  return result;
}

/** How long a job stays locked to its worker without a renewal (BullMQ's default is 30 s). */
export const JOB_LOCK_MS = 20_000;
/** How often workers look for jobs whose worker died (BullMQ's default is 30 s). */
export const STALLED_CHECK_MS = 10_000;

const concurrencyOf = (c: Concurrency, name: QueueName) => (typeof c === 'number' ? c : (c[name] ?? c.default));

/** Jobs one worker process may run at once, over all its queues. */
export const totalConcurrency = (c: Concurrency): number => QUEUE_NAMES.reduce((sum, name) => sum + concurrencyOf(c, name), 0);

/** Starts one BullMQ worker per stage queue in this process; stalled jobs (a worker died) are picked up again. */
export function startWorkers(ctx: StageContext, queues: RedisQueues, concurrency: Concurrency): Worker[] {
  const metrics = ctx.metrics;
  // With metrics, every statement is counted for the stage of the job that sent it: round trips per article.
  const counted = metrics
    ? {
        ...ctx,
        db: countStatements(ctx.db, (n) => {
          const queue = runningJob.getStore();
          if (queue) metrics.observeStatements(queue, n);
        }),
      }
    : ctx;
  return QUEUE_NAMES.map(
    (name) =>
      new Worker(name, processor(counted, queues, name), {
        connection: queues.duplicate(),
        prefix: queues.prefix,
        concurrency: concurrencyOf(concurrency, name),
        // A job's lock is renewed every lockDuration / 2 while its worker lives; a killed worker's jobs are
        // found by the next stalled check after the lock runs out, so within lockDuration + stalledInterval.
        lockDuration: JOB_LOCK_MS,
        stalledInterval: STALLED_CHECK_MS,
        maxStalledCount: 2,
      }),
  );
}
