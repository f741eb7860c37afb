import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { HostLimiter } from '../../../ingest/hostLimiter.ts';

test('at most maxInFlight run at once per host; other hosts are not held up', async () => {
  const limiter = new HostLimiter({ maxInFlight: 2, minIntervalMs: 0 });
  let running = 0;
  let peak = 0;
  const job = async (host: string): Promise<void> => {
    const release = await limiter.acquire(host);
    running++;
    peak = Math.max(peak, running);
    await sleep(10);
    running--;
    release();
  };
  await Promise.all(Array.from({ length: 8 }, () => job('a.example')));
  assert.equal(peak, 2);
  peak = 0;
  await Promise.all([job('a.example'), job('a.example'), job('b.example'), job('c.example')]);
  assert.equal(peak, 4);
});

test('starts on one host are spaced by minIntervalMs', async () => {
  const limiter = new HostLimiter({ maxInFlight: 10, minIntervalMs: 30 });
  const starts: number[] = [];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      const release = await limiter.acquire('a.example');
      starts.push(performance.now());
      release();
    }),
  );
  for (let i = 1; i < starts.length; i++) {
    assert.ok(
      (starts[i] ?? 0) - (starts[i - 1] ?? 0) >= 25,
      `gap ${i}: ${(starts[i] ?? 0) - (starts[i - 1] ?? 0)}`,
    );
  }
});

test('an abort while waiting gives up the turn and frees nothing it did not hold', async () => {
  const limiter = new HostLimiter({ maxInFlight: 1, minIntervalMs: 0 });
  const release = await limiter.acquire('a.example');
  const controller = new AbortController();
  const waiting = limiter.acquire('a.example', controller.signal);
  controller.abort(new Error('gave up'));
  await assert.rejects(waiting, /gave up/);
  release();
  const again = await limiter.acquire('a.example');
  again();
});

test('a Crawl-delay longer than minIntervalMs spaces the starts on its host; a shorter one changes nothing', async () => {
  const limiter = new HostLimiter({ maxInFlight: 10, minIntervalMs: 20 });
  const startsOn = async (host: string, crawlDelayMs: number): Promise<number[]> => {
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 3 }, async () => {
        const release = await limiter.acquire(host, undefined, crawlDelayMs);
        starts.push(performance.now());
        release();
      }),
    );
    return starts;
  };
  const gaps = (starts: number[]) => starts.slice(1).map((t, i) => t - (starts[i] ?? 0));
  const [slow, fast] = await Promise.all([startsOn('slow.example', 120), startsOn('fast.example', 5)]);
  for (const gap of gaps(slow)) assert.ok(gap >= 115, `slow.example gap ${gap}`);
  for (const gap of gaps(fast)) assert.ok(gap >= 15 && gap < 110, `fast.example gap ${gap}`);
});

test('a Crawl-delay counts from the previous start on the host, not from the wait', async () => {
  const limiter = new HostLimiter({ maxInFlight: 1, minIntervalMs: 0 });
  (await limiter.acquire('a.example'))();
  await sleep(80);
  const before = performance.now();
  (await limiter.acquire('a.example', undefined, 100))();
  const waited = performance.now() - before;
  assert.ok(waited >= 10 && waited < 60, `waited ${waited} ms`);
});
