import { Queue, QueueEvents } from 'bullmq';
import type { JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import type { RedisOptions } from 'ioredis';
import type { FollowUp } from './jobTypes.ts';
import { QUEUE_NAMES } from './queueNames.ts';
import type { QueueName } from './queueNames.ts';

/** Retries with exponential backoff for transient failures; finished jobs kept a while so their ids dedupe. */
export const JOB_OPTIONS: JobsOptions = Object.freeze({
  attempts: 4,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
});

const lastErrors = new WeakMap<Redis, string>();

/** A Redis connection as BullMQ needs it: blocking commands must never give up. */
export function connectRedis(url: string): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false });
  // Connection errors surface through the commands that fail (and `describeRedisProblem`); an unhandled
  // 'error' event would crash the process.
  redis.on('error', (error: Error) => lastErrors.set(redis, error.message));
  redis.on('ready', () => lastErrors.delete(redis));
  return redis;
}

/**
 * Why a connection cannot be used right now, in one line naming Redis and where it is (never the
 * password of REDIS_URL), or null when it is ready. Synchronous, so a page can say it without waiting.
 */
export function describeRedisProblem(redis: Redis): string | null {
  if (redis.status === 'ready') return null;
  const where = redis.options.path ?? `${redis.options.host ?? 'localhost'}:${redis.options.port ?? 6379}`;
  const why = lastErrors.get(redis) ?? (redis.status === 'end' ? 'connection closed' : 'no answer yet');
  return `Redis at ${where} (REDIS_URL) does not answer: ${why}`;
}

export interface RedisQueues {
  connection: Redis;
  prefix: string;
  queues: Record<QueueName, Queue>;
  /** Where the queues, their event listeners and workers report connection errors (throttled). */
  onError(error: Error): void;
  /** A new connection for a blocking client (worker, events) or with options of its own; closed with the queues. */
  duplicate(options?: RedisOptions): Redis;
  /** Closes the queues and every connection they made (BullMQ leaves connections it was given open). */
  close(): Promise<void>;
}

/**
 * Passes on at most one error per `everyMs` (with the count it held back), so that a Redis that is down
 * for a minute gives a few lines, not a stack trace per client per reconnect attempt.
 */
export function throttleErrors(report: (error: Error, heldBack: number) => void, everyMs = 10_000) {
  let last = -Infinity;
  let heldBack = 0;
  return (error: Error): void => {
    const now = Date.now();
    if (now - last < everyMs) {
      heldBack++;
      return;
    }
    last = now;
    report(error, heldBack);
    heldBack = 0;
  };
}

/**
 * Opens the stage queues on one connection. BullMQ prints each connection error of a queue, listener or
 * worker that has no 'error' listener; `onError` receives them instead (give it a throttled reporter).
 */
export function openQueues(connection: Redis, prefix: string, onError: (error: Error) => void = () => undefined): RedisQueues {
  const queues = Object.fromEntries(
    QUEUE_NAMES.map((name) => [
      name,
      new Queue(name, { connection, prefix, defaultJobOptions: JOB_OPTIONS }).on('error', onError),
    ]),
  ) as Record<QueueName, Queue>;
  // Each job a run waits for (`waitUntilFinished`) listens for its queue's closing: a run of more than ten jobs is
  // no leak, and Node's warning about it would reach the user's terminal.
  for (const queue of Object.values(queues)) queue.setMaxListeners(0);
  const duplicates: Redis[] = [];
  return {
    connection,
    prefix,
    queues,
    onError,
    duplicate(options) {
      const copy = connection.duplicate(options);
      copy.on('error', () => undefined);
      duplicates.push(copy);
      return copy;
    },
    async close() {
      await Promise.all(Object.values(queues).map((q) => q.close()));
      for (const copy of duplicates) copy.disconnect();
      connection.disconnect();
    },
  };
}

/** Opens a QueueEvents listener per queue (each holds its own blocking connection). */
export async function openQueueEvents(queues: RedisQueues): Promise<Record<QueueName, QueueEvents>> {
  const entries = await Promise.all(
    QUEUE_NAMES.map(async (name) => {
      const events = new QueueEvents(name, { connection: queues.duplicate(), prefix: queues.prefix });
      events.on('error', queues.onError);
      await events.waitUntilReady();
      return [name, events] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<QueueName, QueueEvents>;
}

/** Adds follow-up jobs; a job id already present is not added twice (BullMQ ignores the duplicate). */
export async function enqueue(queues: RedisQueues, jobs: readonly FollowUp[]): Promise<void> {
  for (const name of QUEUE_NAMES) {
    const batch = jobs.filter((j) => j.queue === name);
    if (batch.length === 0) continue;
    await queues.queues[name].addBulk(batch.map((j) => ({ name, data: j.data, opts: { jobId: j.id } })));
  }
}
