import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RateLimitedError } from '../../../ingest/errors.ts';
import { backoffSeconds, intervalAfterSuccess, formatEvery, medianGapSeconds, parseEvery, serverRetryAfter } from '../../../jobs/planNextPoll.ts';

const HOUR = 3600_000;
const hourly = Array.from({ length: 10 }, (_, i) => Date.UTC(2026, 0, 1) - i * HOUR);

test('the median gap ignores order and needs three entries', () => {
  assert.equal(medianGapSeconds([...hourly].reverse()), 3600);
  assert.equal(medianGapSeconds(hourly.slice(0, 2)), null);
  // One long silence does not move the median.
  assert.equal(medianGapSeconds([...hourly.slice(0, 5), hourly[4]! - 30 * 24 * HOUR]), 3600);
});

test('the interval is half the publishing gap, within bounds', () => {
  assert.equal(intervalAfterSuccess({ entryTimes: hourly, everySeconds: 900 }), 1800);
  const everyMinute = hourly.map((_, i) => Date.UTC(2026, 0, 1) - i * 60_000);
  assert.equal(intervalAfterSuccess({ entryTimes: everyMinute, everySeconds: 900 }), 300);
  const monthly = hourly.map((_, i) => Date.UTC(2026, 0, 1) - i * 30 * 24 * HOUR);
  assert.equal(intervalAfterSuccess({ entryTimes: monthly, everySeconds: 900 }), 86_400);
  assert.equal(intervalAfterSuccess({ entryTimes: [], everySeconds: 900 }), 900);
  assert.equal(intervalAfterSuccess({ entryTimes: monthly, everySeconds: 900 }, { minSeconds: 60, maxSeconds: 7200 }), 7200);
});

test('ttl and max-age are never polled sooner than they allow', () => {
  assert.equal(intervalAfterSuccess({ entryTimes: hourly, everySeconds: 900, ttlMinutes: 120 }), 7200);
  assert.equal(intervalAfterSuccess({ entryTimes: hourly, everySeconds: 900, maxAgeSeconds: 5400 }), 5400);
  assert.equal(intervalAfterSuccess({ entryTimes: hourly, everySeconds: 900, ttlMinutes: 10 }), 1800);
});

test('back-off doubles per failure with jitter between half and all of it, capped', () => {
  for (let n = 1; n <= 12; n += 1) {
    const full = Math.min(86_400, 900 * 2 ** (n - 1));
    const low = backoffSeconds(n, { everySeconds: 900, random: 0 });
    const high = backoffSeconds(n, { everySeconds: 900, random: 0.999999 });
    assert.equal(low, Math.max(300, Math.round(full / 2)), `n=${n}`);
    assert.ok(high <= full && high >= full - 1, `n=${n}: ${high}`);
    for (let k = 0; k < 20; k += 1) {
      const d = backoffSeconds(n, { everySeconds: 900 });
      assert.ok(d >= low && d <= full, `n=${n}: ${d}`);
    }
  }
  assert.equal(backoffSeconds(1000, { everySeconds: 900, random: 0.5 }), 64_800);
});

test('Retry-After wins when it asks for longer, never past the upper bound', () => {
  assert.equal(backoffSeconds(1, { everySeconds: 900, random: 0, retryAfterSeconds: 3000 }), 3000);
  assert.equal(backoffSeconds(1, { everySeconds: 900, random: 0, retryAfterSeconds: 10 }), 450);
  assert.equal(backoffSeconds(1, { everySeconds: 900, random: 0, retryAfterSeconds: 10 ** 9 }), 86_400);
});

test('intervals are read', () => {
  assert.equal(parseEvery('15m'), 900);
  assert.equal(parseEvery('2h'), 7200);
  assert.equal(parseEvery('1d'), 86_400);
  assert.equal(parseEvery('90'), 90);
  assert.equal(parseEvery('fortnightly'), null);
});

test('intervals are written as --every reads them, in a human unit', () => {
  const cases: Array<[number, string]> = [[30, '30s'], [300, '5m'], [900, '15m'], [2025, '34m'], [3600, '1h'], [5400, '1h30m'], [86_400, '1d'], [90_000, '1d1h']];
  for (const [seconds, written] of cases) assert.equal(formatEvery(seconds), written);
  for (const seconds of [300, 900, 3600, 5400, 86_400]) assert.equal(parseEvery(formatEvery(seconds)), seconds);
});

test('Retry-After is what the rate-limited fetch carries; other failures ask for nothing', () => {
  assert.equal(serverRetryAfter(new RateLimitedError('https://example.com/feed.xml', 503, 30)), 30);
  assert.equal(serverRetryAfter(new RateLimitedError('https://example.com/feed.xml', 429, null)), null);
  assert.equal(serverRetryAfter(new Error('plain')), null);
  assert.equal(serverRetryAfter(null), null);
});
