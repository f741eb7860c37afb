import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RobotsCache, type RobotsFetchOutcome } from '../../../ingest/robotsCache.ts';

function fetcher(outcomes: RobotsFetchOutcome[]) {
  const asked: string[] = [];
  const fetchRobots = async (url: string): Promise<RobotsFetchOutcome> => {
    asked.push(url);
    return outcomes.shift() ?? { kind: 'unavailable' };
  };
  return { asked, fetchRobots };
}

const page = (path: string): URL => new URL(`https://news.example${path}`);

test('rules are fetched once per origin and trusted until their TTL ends', async () => {
  let now = 0;
  const cache = new RobotsCache({ ttlMs: 1000, now: () => now });
  const { asked, fetchRobots } = fetcher([
    { kind: 'ok', body: 'User-agent: claimdesk\nDisallow: /private\n' },
    { kind: 'ok', body: '' },
  ]);
  const verdicts = await Promise.all([
    cache.check(page('/private/1'), fetchRobots),
    cache.check(page('/feed'), fetchRobots),
  ]);
  assert.deepEqual(
    verdicts.map((v) => v.kind),
    ['disallowed', 'allowed'],
  );
  assert.deepEqual(asked, ['https://news.example/robots.txt']);
  now = 1001;
  assert.equal((await cache.check(page('/private/1'), fetchRobots)).kind, 'allowed');
  assert.equal(asked.length, 2);
});

test('4xx allows all; an unreachable file holds the origin, then is asked again', async () => {
  let now = 0;
  const cache = new RobotsCache({ unreachableTtlMs: 100, now: () => now });
  const { fetchRobots } = fetcher([{ kind: 'unreachable', reason: 'HTTP 500' }, { kind: 'unavailable' }]);
  assert.deepEqual(await cache.check(page('/a'), fetchRobots), { kind: 'unreachable', reason: 'HTTP 500' });
  assert.equal((await cache.check(page('/a'), fetchRobots)).kind, 'unreachable');
  now = 101;
  assert.equal((await cache.check(page('/a'), fetchRobots)).kind, 'allowed');
});

test('rules already known are kept while the file is unreachable', async () => {
  let now = 0;
  const cache = new RobotsCache({ ttlMs: 10, now: () => now });
  const { fetchRobots } = fetcher([
    { kind: 'ok', body: 'User-agent: *\nDisallow: /x\n' },
    { kind: 'unreachable', reason: 'timeout' },
  ]);
  assert.equal((await cache.check(page('/x'), fetchRobots)).kind, 'disallowed');
  now = 11;
  assert.equal((await cache.check(page('/x'), fetchRobots)).kind, 'disallowed');
  assert.equal((await cache.check(page('/y'), fetchRobots)).kind, 'allowed');
});

test('/robots.txt itself needs no check', async () => {
  const { asked, fetchRobots } = fetcher([]);
  assert.equal((await new RobotsCache().check(page('/robots.txt'), fetchRobots)).kind, 'allowed');
  assert.equal(asked.length, 0);
});

test('an allowed verdict carries the origin\'s Crawl-delay; a missing file has none', async () => {
  const cache = new RobotsCache();
  const { fetchRobots } = fetcher([
    { kind: 'ok', body: 'User-agent: claimdesk\nCrawl-delay: 4\nDisallow: /x\n' },
    { kind: 'unavailable' },
  ]);
  assert.deepEqual(await cache.check(page('/feed'), fetchRobots), { kind: 'allowed', crawlDelaySeconds: 4 });
  assert.deepEqual(await cache.check(page('/x'), fetchRobots), { kind: 'disallowed' });
  const other = new URL('https://other.example/feed');
  assert.deepEqual(await cache.check(other, fetchRobots), { kind: 'allowed', crawlDelaySeconds: null });
});
