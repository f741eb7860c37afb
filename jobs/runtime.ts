import type { QueueEvents } from 'bullmq';
import { KEY_SCHEME } from '../dedupe/candidateKeys.ts';
import { DEFAULT_MERGE_OPTIONS } from '../dedupe/decideMerge.ts';
import { checkKeyScheme } from '../store/recluster.ts';
import type { Db } from '../store/db.ts';
import { openDb } from '../store/openDb.ts';
import type { Config } from './config.ts';
import type { StageContext } from './context.ts';
import type { FollowUp } from './jobTypes.ts';
import { createLogger } from './logger.ts';
import type { Logger } from './logger.ts';
import type { QueueName } from './queueNames.ts';
import { connectRedis, enqueue, openQueueEvents, openQueues, throttleErrors } from './redisQueues.ts';
import type { RedisQueues } from './redisQueues.ts';
import { runInProcess } from './runInProcess.ts';
import { runOnQueues } from './runOnQueues.ts';
import type { ProgressListener, RunReport } from './runReport.ts';

/** The database, the queues when Redis is configured, and the context the stages run in. */
export interface Runtime {
  config: Readonly<Config>;
  db: Db;
  log: Logger;
  ctx: StageContext;
  /** Null on the embedded default: jobs run in this process. */
  queues: RedisQueues | null;
  /** Set when the stored candidate keys were made by another scheme than this version's: run `claims recluster`. */
  staleKeys: { stored: number; current: number } | null;
  /**
   * Runs jobs to the end: in-process, or through the queues when `wait` is set.
   * @returns null when the jobs were only enqueued (Redis, wait false).
   */
  run(jobs: readonly FollowUp[], options: { wait: boolean; onProgress?: ProgressListener }): Promise<RunReport | null>;
  close(): Promise<void>;
}

/** What a database whose candidate keys predate this version is told. */
export const STALE_KEYS =
  'the candidate keys were made by an older version: repeats will not join their claims until `claims recluster` rebuilds them';

/** Opens the runtime for a command: database (migrated), logger, and queues when REDIS_URL is set. */
export async function openRuntime(config: Readonly<Config>, options: { logger?: Logger; poolMax?: number } = {}): Promise<Runtime> {
  const log = options.logger ?? createLogger(config.logLevel);
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolMax: options.poolMax });
  const ctx: StageContext = { db, fetch: config.fetch, dedupe: DEFAULT_MERGE_OPTIONS, log };
  let staleKeys: Runtime['staleKeys'];
  try {
    staleKeys = await checkKeyScheme(db, KEY_SCHEME);
  } catch (error) {
    await db.close();
    throw error;
  }
  if (staleKeys) log.warn(staleKeys, STALE_KEYS);
  let queues: RedisQueues | null = null;
  let events: Record<QueueName, QueueEvents> | null = null;
  if (config.redisUrl) {
    try {
      const onError = throttleErrors((error, heldBack) =>
        log.warn({ err: error.message, heldBack }, 'Redis connection error; retrying until it answers'),
      );
      queues = openQueues(connectRedis(config.redisUrl), config.queuePrefix, onError);
      await queues.connection.ping();
    } catch (error) {
      await queues?.close();
      await db.close();
      throw error;
    }
  }
  return {
    config,
    db,
    log,
    ctx,
    queues,
    staleKeys,
    async run(jobs, { wait, onProgress }) {
      if (!queues) return runInProcess(ctx, jobs, onProgress);
      if (!wait) {
        await enqueue(queues, jobs);
        return null;
      }
      events ??= await openQueueEvents(queues);
      return runOnQueues(queues, events, jobs, onProgress);
    },
    async close() {
      if (events) await Promise.all(Object.values(events).map((e) => e.close()));
      if (queues) await queues.close();
      await db.close();
    },
  };
}
