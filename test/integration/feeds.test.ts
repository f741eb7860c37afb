// Feed registry and polling on the real PostgreSQL and Redis, against a local HTTP server.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { addFeeds, exportFeeds, importFeeds, listFeeds, pollDueFeeds, removeFeed } from '../../app/commands/feeds.ts';
import { loadConfig } from '../../jobs/config.ts';
import { hasFeedScheduler } from '../../jobs/feedSchedulers.ts';
import { openRuntime } from '../../jobs/runtime.ts';
import { startWorkers } from '../../jobs/startWorkers.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import * as store from '../../store/index.ts';
import { page, rss, serve, startFeedsServer } from './feedsServer.ts';
import type { FeedsServer } from './feedsServer.ts';
import { createTestDatabase, tempDir, TEST_REDIS_URL, uniquePrefix } from './services.ts';

const XML = 'application/rss+xml';
const HOUR = 3600_000;

/** Runs fn with stdout captured (stdout carries the test runner's own stream). */
async function captureStdout(fn: () => Promise<void>): Promise<string> {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => (chunks.push(String(chunk)), true)) as typeof process.stdout.write;
  try {
    await fn();
  } finally {
    process.stdout.write = write;
  }
  return chunks.join('');
}

const entries = (prefix: string, base: string, n: number, gapMs: number) =>
  Array.from({ length: n }, (_, i) => ({
    title: `${prefix} story ${i}`,
    link: `${base}/${prefix}/${i}`,
    guid: `${prefix}-${i}`,
    date: new Date(Date.now() - i * gapMs),
    content: `<p>${prefix} story ${i}. "We will keep talking," said Anna Berg, the minister, on day ${i}.</p>`,
  }));

describe('feeds', () => {
  let server: FeedsServer;
  let databaseUrl: string;
  const cleanups: Array<() => Promise<void>> = [];
  const open = async (redis: { prefix: string } | null): Promise<Runtime> =>
    openRuntime(
      loadConfig({
        DATABASE_URL: databaseUrl,
        LOG_LEVEL: 'silent',
        CLAIMS_ALLOW_PRIVATE_NETWORKS: '1',
        ...(redis ? { REDIS_URL: TEST_REDIS_URL, CLAIMS_QUEUE_PREFIX: redis.prefix } : {}),
      }),
    );
  const makeDue = (runtime: Runtime, id: string) => runtime.db.query('UPDATE feeds SET next_fetch_at = now() WHERE id = $1', [id]);

  before(async () => {
    server = await startFeedsServer();
    const database = await createTestDatabase();
    databaseUrl = database.url;
    cleanups.push(database.drop, server.close);
  });
  after(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  test('add (with discovery), list, export, remove, import: a job scheduler per feed that outlives the runtime', async () => {
    server.routes.set('/', serve('<html><head><link rel="alternate" type="application/rss+xml" title="Site news" href="/site.xml"></head><body>home</body></html>', 'text/html'));
    server.routes.set('/site.xml', serve(rss('Site', entries('site', server.base, 3, HOUR)), XML));
    server.routes.set('/other.xml', serve(rss('Other', entries('other', server.base, 3, HOUR)), XML));
    const prefix = uniquePrefix();
    let runtime = await open({ prefix });
    cleanups.unshift(async () => {
      const r = await open({ prefix });
      await Promise.all(Object.values(r.queues!.queues).map((q) => q.obliterate({ force: true })));
      await r.close();
    });
    try {
      const added = await addFeeds(runtime, [`${server.base}/`, `${server.base}/other.xml?utm_source=x`], { everySeconds: 600, outlet: 'Test' });
      assert.deepEqual(added.map((f) => f.url), [`${server.base}/site.xml`, `${server.base}/other.xml`]);
      assert.equal(added[0]?.title, 'Site news');
      for (const f of added) assert.ok(await hasFeedScheduler(runtime.queues!, f.id), f.url);
      const scheduler = await runtime.queues!.queues.fetch.getJobScheduler(`feed:${added[0]!.id}`);
      assert.equal(scheduler?.every, 300_000);
      const [slower] = await addFeeds(runtime, [`${server.base}/other.xml`], { everySeconds: 600, minEverySeconds: 600, maxEverySeconds: 7200 });
      assert.equal((await runtime.queues!.queues.fetch.getJobScheduler(`feed:${slower!.id}`))?.every, 600_000, 'ticks at its lower bound');
      assert.deepEqual([slower?.minEverySeconds, slower?.maxEverySeconds, slower?.outlet], [600, 7200, 'Test']);
      await runtime.close();
      runtime = await open({ prefix });
      for (const f of added) assert.ok(await hasFeedScheduler(runtime.queues!, f.id), 'the scheduler lives in Redis');
      // A worker runs the schedulers: the first poll comes at once.
      const workers = startWorkers(runtime.ctx, runtime.queues!, 2);
      try {
        const deadline = Date.now() + 15_000;
        while ((await store.feeds.listSubscribed(runtime.db)).some((f) => f.lastStatus !== 'ok') && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      } finally {
        await Promise.all(workers.map((w) => w.close()));
      }
      for (const f of await store.feeds.listSubscribed(runtime.db)) assert.equal(f.lastStatus, 'ok', f.url);

      const listed = (await captureStdout(() => listFeeds(runtime, true))).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      assert.deepEqual(listed.map((f) => f.url).sort(), added.map((f) => f.url).sort());
      assert.equal(listed[0]?.outlet, 'Test');
      assert.equal(listed[0]?.articlesSeen, 3);

      const opml = await captureStdout(() => exportFeeds(runtime));
      assert.match(opml, /<opml version="2.0">/);
      assert.match(opml, /xmlUrl="http:\/\/127\.0\.0\.1:\d+\/site\.xml"/);
      const dir = await tempDir();
      cleanups.unshift(dir.remove);
      const file = path.join(dir.dir, 'feeds.opml');
      await fs.writeFile(file, opml);

      await removeFeed(runtime, added[0]!.id);
      await removeFeed(runtime, `${server.base}/other.xml`);
      await assert.rejects(removeFeed(runtime, `${server.base}/other.xml`), /no subscribed feed/);
      assert.equal((await store.feeds.listSubscribed(runtime.db)).length, 0);
      for (const f of added) assert.ok(!(await hasFeedScheduler(runtime.queues!, f.id)), 'removed with its feed');

      assert.equal(await importFeeds(runtime, file, { everySeconds: 900 }), 2);
      const back = await store.feeds.listSubscribed(runtime.db);
      assert.deepEqual(back.map((f) => f.url).sort(), added.map((f) => f.url).sort());
      for (const f of back) assert.ok(await hasFeedScheduler(runtime.queues!, f.id));
      for (const f of back) await removeFeed(runtime, f.id);

      // A list that names a URL claimdesk would never fetch: refused and named, the others subscribed.
      const hostile = path.join(dir.dir, 'hostile.opml');
      await fs.writeFile(
        hostile,
        `<?xml version="1.0"?><opml version="2.0"><body><outline text="a" xmlUrl="file:///etc/passwd"/>` +
          `<outline text="b" xmlUrl="javascript:alert(1)"/><outline text="c" xmlUrl="${server.base}/site.xml"/>` +
          // A NUL reference: left as printed, the address would be cut at its "#" and the feed subscribed cut short.
          `<outline text="d" xmlUrl="${server.base}/cut&#x0;.xml"/></body></opml>`,
      );
      const code = process.exitCode;
      assert.equal(await importFeeds(runtime, hostile, { everySeconds: 900 }), 1);
      assert.equal(process.exitCode, 1, 'a refused feed sets the exit code');
      process.exitCode = code;
      const kept = await store.feeds.listSubscribed(runtime.db);
      assert.deepEqual(kept.map((f) => f.url), [`${server.base}/site.xml`]);
      for (const f of kept) await removeFeed(runtime, f.id);
    } finally {
      await runtime.close();
    }
  });

  test('a poll sends the stored validators; a 304 parses nothing', async () => {
    // Summaries only: the pages are fetched after the feed, and the pace comes from the feed's own dates.
    const summaries = entries('cond', server.base, 6, 2 * HOUR).map(({ content: _content, ...e }) => e);
    for (let i = 0; i < 6; i += 1) server.routes.set(`/cond/${i}`, serve(page(`Cond ${i}`, `Conditional story ${i} about the harbour.`), 'text/html'));
    server.routes.set('/cond.xml', serve(rss('Cond', summaries), XML, '"cond-v1"'));
    const runtime = await open(null);
    try {
      const [feed] = await addFeeds(runtime, [`${server.base}/cond.xml`], { everySeconds: 900 });
      await captureStdout(() => pollDueFeeds(runtime, true).then(() => undefined));
      const first = await store.feeds.find(runtime.db, feed!.id);
      assert.equal(first?.lastStatus, 'ok');
      assert.equal(first?.etag, '"cond-v1"');
      assert.equal(first?.articlesSeen, 6);
      // Entries two hours apart: poll every hour.
      assert.equal(first?.adaptedEverySeconds, 3600);
      await captureStdout(async () => assert.equal((await pollDueFeeds(runtime, true)).jobsDone, 0, 'not due yet'));

      await makeDue(runtime, feed!.id);
      const report = await captureStdout(async () => {
        const r = await pollDueFeeds(runtime, true);
        assert.equal(r.stats.articlesSeen + r.stats.articlesNew + r.stats.mentions, 0, 'nothing parsed or stored');
      });
      assert.match(report, /"due":1/);
      const last = server.log.filter((l) => l.path === '/cond.xml').at(-1);
      assert.deepEqual(last, { path: '/cond.xml', status: 304, ifNoneMatch: '"cond-v1"' });
      const second = await store.feeds.find(runtime.db, feed!.id);
      assert.equal(second?.lastStatus, 'not-modified');
      assert.equal(second?.notModifiedCount, 1);
      assert.equal(second?.fetchCount, 2);
      await removeFeed(runtime, feed!.id);
    } finally {
      await runtime.close();
    }
  });

  test('a failing feed backs off, honours Retry-After, is listed as failing after a day, and resumes by itself', async () => {
    let up = false;
    const good = serve(rss('Flaky', entries('flaky', server.base, 3, HOUR)), XML);
    server.routes.set('/flaky.xml', (req, res) => {
      if (up) return good(req, res);
      res.statusCode = 503;
      res.setHeader('retry-after', '5000');
      res.end('down for maintenance');
    });
    const runtime = await open(null);
    try {
      const [feed] = await addFeeds(runtime, [`${server.base}/flaky.xml`], { everySeconds: 900 });
      assert.ok(feed, 'a feed that is down for now is still added');
      // Never fetched: no "last fetch -", "304 -" or "0 errors in a row" that read as faults.
      const fresh = await captureStdout(() => listFeeds(runtime, false));
      assert.match(fresh, /status never fetched\n {2}next \S+ · every 15m\n/);
      assert.doesNotMatch(fresh, / -|304|in a row/);
      type Polled = { failures: unknown[]; feedFailures: Array<{ subject: string; error: string }> };
      const polled = JSON.parse(await captureStdout(() => pollDueFeeds(runtime, true).then(() => undefined))) as Polled;
      assert.deepEqual(polled.failures, [], 'a feed poll does not fail its job');
      assert.deepEqual(polled.feedFailures.map((f) => f.subject), [`${server.base}/flaky.xml`], 'the poll names the feed that failed');
      assert.match(polled.feedFailures[0]?.error ?? '', /503.*\(1 error in a row.*next try/);
      let state = await store.feeds.find(runtime.db, feed.id);
      assert.equal(state?.lastStatus, 'error');
      assert.equal(state?.consecutiveErrors, 1);
      assert.match(state?.lastError ?? '', /503/);
      const delay = (Date.parse(state!.nextFetchAt!) - Date.now()) / 1000;
      // Retry-After (if the client exposes it) or the first back-off step: 450 to 900 s.
      assert.ok(delay >= 440 && delay <= 5010, `delay ${delay}`);

      await runtime.db.query(`UPDATE feeds SET failing_since = now() - interval '2 days', next_fetch_at = now() WHERE id = $1`, [feed.id]);
      await captureStdout(() => pollDueFeeds(runtime, true).then(() => undefined));
      state = await store.feeds.find(runtime.db, feed.id);
      assert.equal(state?.lastStatus, 'failing');
      assert.equal(state?.consecutiveErrors, 2);
      const listed = await captureStdout(() => listFeeds(runtime, false));
      assert.match(listed, /status failing since/);
      assert.match(listed, /· 0 articles seen · .*2 errors in a row: /);

      up = true;
      await makeDue(runtime, feed.id);
      const recovered = JSON.parse(await captureStdout(() => pollDueFeeds(runtime, true).then(() => undefined))) as Polled;
      assert.deepEqual(recovered.feedFailures, []);
      state = await store.feeds.find(runtime.db, feed.id);
      assert.equal(state?.lastStatus, 'ok');
      assert.equal(state?.consecutiveErrors, 0);
      assert.equal(state?.failingSince, null);
      await removeFeed(runtime, feed.id);
    } finally {
      await runtime.close();
    }
  });
});
