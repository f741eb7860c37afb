import { test } from 'node:test';
import type { TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { HostLimiter } from '../../../ingest/hostLimiter.ts';

/**
 * Runs `work` on a mocked clock (Date and setTimeout), moving it 1 ms at a time once the work has nothing
 * else to do, until it settles: spacing is then measured exactly, whatever the load on the machine.
 */
async function onMockClock<T>(t: TestContext, work: () => Promise<T>, limitMs = 10_000): Promise<T> {
  t.mock.timers.enable({ apis: ['setTimeout', 'Date'], now: 1_000_000 });
  let settled = false;
  const done = work().finally(() => (settled = true));
  for (let elapsed = 0; !settled && elapsed <= limitMs; elapsed++) {
    await new Promise((resolve) => setImmediate(resolve));
    t.mock.timers.tick(1);
  }
  return done;
}

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

test('starts on one host are spaced by minIntervalMs', async (t) => {
  const limiter = new HostLimiter({ maxInFlight: 10, minIntervalMs: 30 });
  const starts: number[] = [];
  await onMockClock(t, () =>
    Promise.all(
      Array.from({ length: 4 }, async () => {
        const release = await limiter.acquire('a.example');
        starts.push(Date.now());
        release();
      }),
    ),
  );
  assert.deepEqual(
    starts.map((at) => at - (starts[0] ?? 0)),
    [0, 30, 60, 90],
  );
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

test('a Crawl-delay longer than minIntervalMs spaces the starts on its host; a shorter one changes nothing', async (t) => {
  const limiter = new HostLimiter({ maxInFlight: 10, minIntervalMs: 20 });
  const startsOn = async (host: string, crawlDelayMs: number): Promise<number[]> => {
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 3 }, async () => {
        const release = await limiter.acquire(host, undefined, crawlDelayMs);
        starts.push(Date.now());
        release();
      }),
    );
    return starts;
  };
  const gaps = (starts: number[]) => starts.slice(1).map((at, i) => at - (starts[i] ?? 0));
  const [slow, fast] = await onMockClock(t, () => Promise.all([startsOn('slow.example', 120), startsOn('fast.example', 5)]));
  assert.deepEqual(gaps(slow), [120, 120]);
  assert.deepEqual(gaps(fast), [20, 20]);
});

test('a Crawl-delay counts from the previous start on the host, not from the wait', async (t) => {
  const limiter = new HostLimiter({ maxInFlight: 1, minIntervalMs: 0 });
  const waited = await onMockClock(t, async () => {
    (await limiter.acquire('a.example'))();
    await new Promise((resolve) => setTimeout(resolve, 80));
    const before = Date.now();
    (await limiter.acquire('a.example', undefined, 100))();
    return Date.now() - before;
  });
  assert.equal(waited, 20);
});
