import { Redis } from 'ioredis';
import { QUEUE_NAMES } from '../../jobs/queueNames.ts';
import type { QueueName } from '../../jobs/queueNames.ts';

/** A job, by queue and id. */
export interface JobRef {
  queue: QueueName;
  id: string;
}

/**
 * Reads BullMQ's keys directly (the test's own connection, which reconnects after a Redis restart): the
 * jobs in flight at a fault, and when jobs finished, to time the recovery.
 */
export interface QueueProbe {
  /** Jobs in the active lists now: those of a killed worker stay there until stalled-job recovery. */
  active(): Promise<JobRef[]>;
  /** Jobs waiting, active or delayed, over every queue. */
  pending(): Promise<number>;
  /** The finish time (ms) of every completed job, sorted. */
  completionTimes(): Promise<number[]>;
  finishedOn(job: JobRef): Promise<number | null>;
  close(): void;
}

/** Opens a probe on the queues under `prefix`. */
export function openQueueProbe(url: string, prefix: string): QueueProbe {
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  redis.on('error', () => undefined);
  const key = (queue: QueueName, suffix: string) => `${prefix}:${queue}:${suffix}`;
  return {
    async active() {
      const lists = await Promise.all(QUEUE_NAMES.map((q) => redis.lrange(key(q, 'active'), 0, -1)));
      return lists.flatMap((ids, i) => ids.map((id) => ({ queue: QUEUE_NAMES[i] as QueueName, id })));
    },
    async pending() {
      let total = 0;
      for (const q of QUEUE_NAMES) {
        total += (await redis.llen(key(q, 'wait'))) + (await redis.llen(key(q, 'active'))) + (await redis.zcard(key(q, 'delayed')));
        total += await redis.zcard(key(q, 'prioritized'));
      }
      return total;
    },
    async completionTimes() {
      const times: number[] = [];
      for (const q of QUEUE_NAMES) {
        const flat = await redis.zrange(key(q, 'completed'), 0, -1, 'WITHSCORES');
        for (let i = 1; i < flat.length; i += 2) times.push(Number(flat[i]));
      }
      return times.sort((a, b) => a - b);
    },
    async finishedOn(job) {
      const value = await redis.hget(key(job.queue, job.id), 'finishedOn');
      return value === null ? null : Number(value);
    },
    close: () => redis.disconnect(),
  };
}
