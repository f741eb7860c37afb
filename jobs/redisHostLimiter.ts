/** Politeness for the whole fleet: per-host slots and spacing kept in Redis, shared by every worker. */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { RedisUnavailableError } from '../errors.ts';
import { untilAborted, type HostGate, type HostLimits } from '../ingest/hostLimiter.ts';

export interface RedisHostLimiterOptions {
  /** The queue prefix: workers of one deployment share their hosts' slots, a test's stay its own. */
  prefix: string;
  limits: HostLimits;
  /**
   * How long a slot is held at most: past it the slot is free again, so that a worker killed mid-fetch
   * cannot hold a host for ever. Give it more than a fetch may take (the fetch timeout and some).
   */
  leaseMs: number;
}

/** How often a request waiting for a full host asks again (a release is not announced). */
const FULL_HOST_POLL_MS = 50;

/**
 * One atomic step per request, with Redis's clock so that machines' clocks do not matter.
 * KEYS: the host's leases (a sorted set: token → expiry, ms) and its next free start (ms).
 * ARGV: token, max in flight, spacing (ms), lease (ms).
 * Returns {wait, 1} when a lease was taken, whose start is `wait` ms from now (starts are reserved in turn,
 * each at least the spacing after the previous one), or {wait, 0} when the host is full: ask again after
 * `wait` ms at most (when its oldest lease runs out).
 */
const ACQUIRE = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {tonumber(oldest[2]) - now, 0}
end
local start = math.max(now, tonumber(redis.call('GET', KEYS[2]) or '0'))
local lease = start + tonumber(ARGV[4])
redis.call('ZADD', KEYS[1], lease, ARGV[1])
redis.call('PEXPIRE', KEYS[1], lease - now + 1000)
redis.call('SET', KEYS[2], start + tonumber(ARGV[3]), 'PX', start + tonumber(ARGV[3]) - now + 1000)
return {start - now, 1}
`;

type Acquire = (leases: string, next: string, token: string, max: number, intervalMs: number, leaseMs: number) => Promise<[number, number]>;

/**
 * A HostGate kept in Redis: at most `maxInFlight` requests per host in flight over every worker, starts
 * spaced by max(minIntervalMs, Crawl-delay). A slot is a lease that expires after `leaseMs`.
 */
export class RedisHostLimiter implements HostGate {
  constructor(
    private readonly redis: Redis,
    private readonly options: RedisHostLimiterOptions,
  ) {
    if (!('claimdeskHostAcquire' in redis)) redis.defineCommand('claimdeskHostAcquire', { numberOfKeys: 2, lua: ACQUIRE });
  }

  /** @throws RedisUnavailableError when Redis does not answer (a transient failure: the job is retried). */
  async acquire(host: string, signal?: AbortSignal, crawlDelayMs = 0): Promise<() => void> {
    const { prefix, limits, leaseMs } = this.options;
    // One hash tag per host: both keys land in the same slot of a Redis Cluster.
    const leases = `${prefix}:host:{${host}}:leases`;
    const next = `${prefix}:host:{${host}}:next`;
    const token = randomUUID();
    const intervalMs = Math.max(limits.minIntervalMs, crawlDelayMs);
    const release = (): void => {
      // A lost release only keeps the slot until its lease runs out.
      this.redis.zrem(leases, token).catch(() => undefined);
    };
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const [wait, taken] = await this.acquireStep(leases, next, token, limits.maxInFlight, intervalMs, leaseMs);
      if (taken) {
        try {
          if (wait > 0) await sleep(wait, signal);
        } catch (error) {
          release();
          throw error;
        }
        return once(release);
      }
      // Jitter, so that the waiters of one host do not all ask in the same millisecond.
      await sleep(Math.min(wait, FULL_HOST_POLL_MS) + Math.random() * 10, signal);
    }
  }

  private async acquireStep(...args: Parameters<Acquire>): Promise<[number, number]> {
    const acquire = (this.redis as unknown as { claimdeskHostAcquire: Acquire }).claimdeskHostAcquire.bind(this.redis);
    try {
      return await acquire(...args);
    } catch (error) {
      throw new RedisUnavailableError(`waiting for a host's turn in Redis: ${(error as Error).message}`, { cause: error });
    }
  }
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const slept = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return untilAborted(slept, signal, () => clearTimeout(timer));
}
