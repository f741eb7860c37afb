import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../errors.ts';

const booleanFlag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', ''])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const positiveInt = z.coerce.number().int().positive();

/** Every environment variable claimdesk reads, with its default. The README and .env.example list the same. */
const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  CLAIMS_DATA_DIR: z.string().min(1).default('./.claimdesk'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  CLAIMS_ALLOW_PRIVATE_NETWORKS: booleanFlag.default(false),
  CLAIMS_FETCH_TIMEOUT_MS: positiveInt.default(20_000),
  CLAIMS_FETCH_CONNECT_TIMEOUT_MS: positiveInt.default(10_000),
  CLAIMS_FETCH_HOST_CONCURRENCY: positiveInt.default(2),
  CLAIMS_FETCH_HOST_INTERVAL_MS: z.coerce.number().int().min(0).default(250),
  CLAIMS_RESPECT_ROBOTS: booleanFlag.default(true),
  CLAIMS_FETCH_MAX_BYTES: positiveInt.default(15 * 1024 * 1024),
  CLAIMS_FEED_MAX_ENTRIES: positiveInt.max(1_000_000).default(2000),
  CLAIMS_USER_AGENT: z.string().min(1).default('claimdesk/0.1 (+https://github.com/claimdesk/claimdesk)'),
  CLAIMS_QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'may hold letters, digits, _ and - only')
    .default('claimdesk'),
  CLAIMS_WORKER_CONCURRENCY: positiveInt.default(4),
  CLAIMS_DEDUPE_CONCURRENCY: positiveInt.default(16),
  CLAIMS_EXTRACT_THREADS: z.coerce.number().int().min(0).max(64).default(1),
  CLAIMS_DEDUPE_THREADS: z.coerce.number().int().min(0).max(8).default(0),
  CLAIMS_EXTRACT_NICE: z.coerce.number().int().min(0).max(19).default(0),
  CLAIMS_API_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
});

type Env = z.infer<typeof schema>;

/** The validated configuration; stages receive only the slice they need. */
export interface Config {
  databaseUrl: string | null;
  redisUrl: string | null;
  dataDir: string;
  logLevel: Env['LOG_LEVEL'];
  queuePrefix: string;
  workerConcurrency: number;
  /** Dedupe jobs at a time in each worker when --concurrency does not name the dedupe queue. */
  dedupeConcurrency: number;
  /** Threads a worker process extracts mentions in, off its event loop; 0: on the event loop. */
  extractThreads: number;
  /** Threads of a worker that plan its merges and regroup its story neighbourhoods (0: on the event loop). */
  dedupeThreads: number;
  /**
   * The extraction threads' nice value (0: the event loop's): above 0, on busy cores the event loop, which holds the
   * placement and merge locks every worker waits for, runs first; off by default, since on a loaded machine the
   * starved extraction became the tail instead (README, e2e, twenty-second round).
   */
  extractNice: number;
  /** The bearer token `claims serve` requires on everything but /healthz; null: no authentication. */
  apiToken: string | null;
  fetch: {
    timeoutMs: number;
    connectTimeoutMs: number;
    hostLimits: { maxInFlight: number; minIntervalMs: number };
    respectRobots: boolean;
    maxBytes: number;
    userAgent: string;
    allowPrivateNetworks: boolean;
    /** Entries read from one feed document: the newest this many. */
    maxFeedEntries: number;
  };
}

/**
 * Parses and validates an environment (process.env by default) into a frozen Config.
 * @throws ConfigError naming the first invalid variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  // Empty strings mean "unset", as in most shells' `VAR= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`${name}: ${issue?.message ?? 'invalid value'} (got ${JSON.stringify(env[name])})`);
  }
  const e = parsed.data;
  return Object.freeze({
    databaseUrl: e.DATABASE_URL ?? null,
    redisUrl: e.REDIS_URL ?? null,
    dataDir: path.resolve(e.CLAIMS_DATA_DIR),
    logLevel: e.LOG_LEVEL,
    queuePrefix: e.CLAIMS_QUEUE_PREFIX,
    workerConcurrency: e.CLAIMS_WORKER_CONCURRENCY,
    dedupeConcurrency: e.CLAIMS_DEDUPE_CONCURRENCY,
    extractThreads: e.CLAIMS_EXTRACT_THREADS,
    dedupeThreads: e.CLAIMS_DEDUPE_THREADS,
    extractNice: e.CLAIMS_EXTRACT_NICE,
    apiToken: e.CLAIMS_API_TOKEN ?? null,
    fetch: Object.freeze({
      timeoutMs: e.CLAIMS_FETCH_TIMEOUT_MS,
      connectTimeoutMs: e.CLAIMS_FETCH_CONNECT_TIMEOUT_MS,
      hostLimits: Object.freeze({
        maxInFlight: e.CLAIMS_FETCH_HOST_CONCURRENCY,
        minIntervalMs: e.CLAIMS_FETCH_HOST_INTERVAL_MS,
      }),
      respectRobots: e.CLAIMS_RESPECT_ROBOTS,
      maxBytes: e.CLAIMS_FETCH_MAX_BYTES,
      userAgent: e.CLAIMS_USER_AGENT,
      allowPrivateNetworks: e.CLAIMS_ALLOW_PRIVATE_NETWORKS,
      maxFeedEntries: e.CLAIMS_FEED_MAX_ENTRIES,
    }),
  });
}
