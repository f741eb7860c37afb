import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { RedisUnavailableError } from '../../errors.ts';
import type { HostLimits } from '../../ingest/hostLimiter.ts';
import { RedisHostLimiter } from '../../jobs/redisHostLimiter.ts';
import { TEST_REDIS_URL, uniquePrefix } from './services.ts';

const connections: Redis[] = [];
const prefixes: string[] = [];

/** `count` limiters on connections of their own, as `count` worker processes would hold them. */
function fleet(count: number, limits: HostLimits, leaseMs = 5_000): RedisHostLimiter[] {
  const prefix = uniquePrefix();
  prefixes.push(prefix);
  return Array.from({ length: count }, () => {
    const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    connections.push(redis);
    return new RedisHostLimiter(redis, { prefix, limits, leaseMs });
  });
}

after(async () => {
  const cleaner = new Redis(TEST_REDIS_URL);
  for (const prefix of prefixes) {
    const keys = await cleaner.keys(`${prefix}:*`);
    if (keys.length > 0) await cleaner.del(...keys);
  }
  cleaner.disconnect();
  for (const redis of connections) redis.disconnect();
});

describe('RedisHostLimiter', () => {
  test('holds at most maxInFlight requests per host over every limiter sharing the prefix', async () => {
    const limiters = fleet(3, { maxInFlight: 2, minIntervalMs: 0 });
    let inFlight = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const release = await limiters[i % 3]!.acquire('a.example:80');
        inFlight++;
        most = Math.max(most, inFlight);
        await sleep(30);
        inFlight--;
        release();
      }),
    );
    assert.equal(most, 2);
  });

  test('hosts do not share slots', async () => {
    const [limiter] = fleet(1, { maxInFlight: 1, minIntervalMs: 0 });
    const first = await limiter!.acquire('a.example');
    const other = await Promise.race([limiter!.acquire('b.example'), sleep(500).then(() => null)]);
    assert.ok(other, 'another host waited for a.example');
    first();
    other();
  });

  test('spaces starts by the interval, or the longer Crawl-delay, over every limiter', async () => {
    for (const [limits, crawlDelayMs, spacing] of [
      [{ maxInFlight: 10, minIntervalMs: 60 }, 0, 60],
      [{ maxInFlight: 10, minIntervalMs: 10 }, 80, 80],
    ] as const) {
      const limiters = fleet(3, limits);
      const starts: number[] = [];
      await Promise.all(
        Array.from({ length: 6 }, async (_, i) => {
          const release = await limiters[i % 3]!.acquire('spaced.example', undefined, crawlDelayMs);
          starts.push(performance.now());
          release();
        }),
      );
      starts.sort((a, b) => a - b);
      const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
      // Starts are reserved on Redis's clock and slept out on ours: a late wake-up on a busy machine shortens the
      // gap after it by as much, so each gap gets half the spacing of slack, and the whole run a quarter of one (a late
      // first wake-up shortens the run by its lateness: 389 ms for 400 was seen under a load of 30). Without spacing
      // the six starts would come within a few ms.
      const shown = `gaps ${gaps.map(Math.round).join(', ')} ms, wanted ${spacing}`;
      assert.ok(Math.min(...gaps) >= spacing / 2, shown);
      assert.ok(starts[starts.length - 1]! - starts[0]! >= spacing * gaps.length - spacing / 4, shown);
    }
  });

  test('a slot never released (its worker died) is free again once its lease runs out', async () => {
    const [dead, alive] = fleet(2, { maxInFlight: 1, minIntervalMs: 0 }, 300);
    await dead!.acquire('lease.example');
    const waited = performance.now();
    const release = await alive!.acquire('lease.example');
    const ms = performance.now() - waited;
    release();
    assert.ok(ms >= 250 && ms < 2_000, `waited ${Math.round(ms)} ms for a 300 ms lease`);
  });

  test('a waiter that gives up takes no slot, and the next one gets it', async () => {
    const [limiter] = fleet(1, { maxInFlight: 1, minIntervalMs: 0 });
    const first = await limiter!.acquire('abort.example');
    const controller = new AbortController();
    const waiting = limiter!.acquire('abort.example', controller.signal);
    await sleep(80);
    controller.abort(new Error('job cancelled'));
    await assert.rejects(waiting, /job cancelled/);
    first();
    const next = await Promise.race([limiter!.acquire('abort.example'), sleep(1_000).then(() => null)]);
    assert.ok(next, 'the slot stayed taken after the waiter gave up');
    next();
  });

  test('a Redis that does not answer is a transient RedisUnavailableError, not a crash', async () => {
    const redis = new Redis('redis://127.0.0.1:1', { maxRetriesPerRequest: 0, retryStrategy: () => null, lazyConnect: true });
    redis.on('error', () => undefined);
    connections.push(redis);
    const limiter = new RedisHostLimiter(redis, { prefix: uniquePrefix(), limits: { maxInFlight: 1, minIntervalMs: 0 }, leaseMs: 1_000 });
    await assert.rejects(limiter.acquire('down.example'), RedisUnavailableError);
  });
});
