import type { QueueEvents } from 'bullmq';
import { RedisUnavailableError } from '../errors.ts';
import { KEY_SCHEME } from '../dedupe/keyScheme.ts';
import { DEFAULT_MERGE_OPTIONS } from '../dedupe/mergeOptions.ts';
import { checkKeyScheme } from '../store/recluster.ts';
import type { Db } from '../store/db.ts';
import { openDb } from '../store/openDb.ts';
import type { Config } from './config.ts';
import type { StageContext } from './context.ts';
import type { FollowUp } from './jobTypes.ts';
import { createLogger } from './logger.ts';
import type { Logger } from './logger.ts';
import type { QueueName } from './queueNames.ts';
import type { RedisQueues } from './redisQueues.ts';
import { RedisHostLimiter } from './redisHostLimiter.ts';
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

/** A lease outlives the longest fetch by this much: a slot is freed by its release, or by a dead worker's lease running out. */
export const HOST_LEASE_MARGIN_MS = 5_000;

function hostGateOf(queues: RedisQueues, fetch: Config['fetch']): RedisHostLimiter {
  // A connection of its own, opened at the first fetch: the queues' commands wait for Redis as long as it
  // takes, while a fetch waiting for its host's turn fails after one reconnection (a transient error, retried).
  const connection = queues.duplicate({ maxRetriesPerRequest: 1, lazyConnect: true });
  return new RedisHostLimiter(connection, {
    prefix: queues.prefix,
    limits: fetch.hostLimits,
    leaseMs: fetch.timeoutMs + HOST_LEASE_MARGIN_MS,
  });
}

/** What a database whose candidate keys predate this version is told. */
export const STALE_KEYS =
  'the candidate keys were made by an older version: repeats will not join their claims until `claims recluster` rebuilds them';

/** Resolves once the queues' connection answers; rejects naming Redis after `ms`. */
async function answersWithin(queues: RedisQueues, ms: number): Promise<void> {
  const { describeRedisProblem } = await import('./redisQueues.ts');
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      queues.connection.ping(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new RedisUnavailableError(describeRedisProblem(queues.connection) ?? 'Redis did not answer')), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** How long a command waits for Redis to answer before it gives up (well within 10 s with the database's start). */
export const REDIS_ANSWER_WAIT_MS = 3_000;

/**
 * What a command does when REDIS_URL does not answer: `fail` (most commands: one line, within seconds),
 * `wait` (a worker: until it answers, saying so every 10 s), `tolerate` (serve: start anyway, and say it
 * on /healthz and the page while the connection retries by itself).
 */
export type RedisPolicy = 'fail' | 'wait' | 'tolerate';

/** Opens the queues on REDIS_URL and, as the policy says, waits for Redis to answer or gives up. */
async function openAnsweringQueues(redisUrl: string, prefix: string, log: Logger, policy: RedisPolicy): Promise<RedisQueues> {
  // The queue library is loaded only with REDIS_URL: without it, jobs run in this process.
  const { connectRedis, openQueues, throttleErrors } = await import('./redisQueues.ts');
  const onError = throttleErrors((error, heldBack) =>
    log.warn({ err: error.message, heldBack }, 'Redis connection error; retrying until it answers'),
  );
  // Until we know Redis answers, a command that will give up says nothing per attempt: its one line says it.
  let answered = false;
  const queues = openQueues(connectRedis(redisUrl), prefix, (error) => {
    if (answered || policy !== 'fail') onError(error);
  });
  try {
    if (policy === 'wait') await queues.connection.ping();
    if (policy === 'fail') await answersWithin(queues, REDIS_ANSWER_WAIT_MS);
  } catch (error) {
    await queues.close();
    throw error;
  }
  answered = true;
  return queues;
}

/**
 * Opens the runtime for a command: database (migrated), logger, and queues when REDIS_URL is set.
 * @throws RedisUnavailableError when Redis does not answer within REDIS_ANSWER_WAIT_MS and the policy is `fail`.
 */
export async function openRuntime(
  config: Readonly<Config>,
  options: { logger?: Logger; poolMax?: number; redis?: RedisPolicy; longRunning?: boolean } = {},
): Promise<Runtime> {
  const log = options.logger ?? createLogger(config.logLevel);
  // Redis first: a command that cannot use it fails before the database's start adds to the wait.
  const queues = config.redisUrl ? await openAnsweringQueues(config.redisUrl, config.queuePrefix, log, options.redis ?? 'fail') : null;
  let db: Db;
  let staleKeys: Runtime['staleKeys'];
  try {
    db = await openDb({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      poolMax: options.poolMax,
      longRunning: options.longRunning,
    });
  } catch (error) {
    await queues?.close();
    throw error;
  }
  try {
    staleKeys = await checkKeyScheme(db, KEY_SCHEME);
  } catch (error) {
    await queues?.close();
    await db.close();
    throw error;
  }
  if (staleKeys) log.warn(staleKeys, STALE_KEYS);
  const ctx: StageContext = { db, fetch: config.fetch, dedupe: DEFAULT_MERGE_OPTIONS, log };
  // With Redis, every process that fetches (workers, one-off commands) takes its turn at a host from the
  // same slots, so the politeness limits hold for the whole fleet.
  if (queues) ctx.hostGate = hostGateOf(queues, config.fetch);
  let events: Record<QueueName, QueueEvents> | null = null;
  return {
    config,
    db,
    log,
    ctx,
    queues,
    staleKeys,
    async run(jobs, { wait, onProgress }) {
      // The pipeline's code (extraction, dedupe) is loaded by the commands that run jobs, not by those that read.
      if (!queues) return (await import('./runInProcess.ts')).runInProcess(ctx, jobs, onProgress);
      const { enqueue, openQueueEvents } = await import('./redisQueues.ts');
      if (!wait) {
        await enqueue(queues, jobs);
        return null;
      }
      events ??= await openQueueEvents(queues);
      return (await import('./runOnQueues.ts')).runOnQueues(queues, events, jobs, onProgress);
    },
    async close() {
      if (events) await Promise.all(Object.values(events).map((e) => e.close()));
      if (queues) await queues.close();
      await db.close();
    },
  };
}
