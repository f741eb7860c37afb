// The worker's operations endpoint on the real PostgreSQL and Redis: Prometheus metrics and health.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { loadConfig } from '../../jobs/config.ts';
import { createMetrics } from '../../jobs/metrics.ts';
import { startOpsServer } from '../../jobs/startOpsServer.ts';
import { planInputs } from '../../jobs/planInputs.ts';
import { pollFeed } from '../../jobs/pollFeed.ts';
import { runInProcess } from '../../jobs/runInProcess.ts';
import { openRuntime } from '../../jobs/runtime.ts';
import { startWorkers } from '../../jobs/startWorkers.ts';
import * as store from '../../store/index.ts';
import { page, rss, serve } from './feedsServer.ts';
import { createTestDatabase, inProcessSite, TEST_CORPUS, TEST_REDIS_URL, uniquePrefix } from './services.ts';

/** The value of one sample line of the exposition, or 0. */
function sample(text: string, name: string, labels: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && labels.split(',').every((p) => l.includes(p)));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe('metrics and health', () => {
  const cleanups: Array<() => Promise<void>> = [];
  after(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  test('jobs, pipeline events and queue depths are exposed; health answers 200, then 503 without a database', async () => {
    const database = await createTestDatabase();
    cleanups.push(database.drop);
    const runtime = await openRuntime(
      loadConfig({ DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL, CLAIMS_QUEUE_PREFIX: uniquePrefix(), LOG_LEVEL: 'silent' }),
    );
    const queues = runtime.queues!;
    const metrics = createMetrics(queues);
    const ops = await startOpsServer({ port: 0, host: '127.0.0.1', metrics, db: runtime.db, queues });
    const workers = startWorkers({ ...runtime.ctx, metrics }, queues, 2);
    try {
      const files = (await fs.readdir(TEST_CORPUS)).filter((f) => f.endsWith('.txt')).map((f) => path.join(TEST_CORPUS, f));
      const plan = await planInputs([...files, 'http://127.0.0.1:9/refused.xml'], { maxBytes: 1e6, runId: 'metrics' });
      await runtime.run(plan.jobs, { wait: true });
      const res = await fetch(`${ops.url}/metrics`);
      assert.equal(res.status, 200);
      const text = await res.text();
      assert.equal(sample(text, 'claimdesk_jobs_total', 'queue="dedupe",outcome="completed"'), 4);
      assert.equal(sample(text, 'claimdesk_jobs_total', 'queue="fetch",outcome="failed"'), 1);
      assert.equal(sample(text, 'claimdesk_errors_total', 'queue="fetch",kind="permanent"'), 1);
      assert.equal(sample(text, 'claimdesk_pipeline_events_total', 'event="articles_new"'), 4);
      assert.ok(sample(text, 'claimdesk_pipeline_events_total', 'event="claims_new"') > 0);
      assert.match(text, /claimdesk_queue_jobs\{queue="fetch",state="failed"\} 1/);
      assert.match(text, /claimdesk_job_duration_seconds_count\{queue="extract"\} 4/);
      assert.match(text, /claimdesk_process_resident_memory_bytes/);
      const health = await fetch(`${ops.url}/healthz`);
      assert.equal(health.status, 200);
      assert.deepEqual(await health.json(), { ok: true, database: 'ok', redis: 'ok' });
      assert.equal((await fetch(`${ops.url}/other`)).status, 404);
    } finally {
      await Promise.all(workers.map((w) => w.close(true)));
      await Promise.all(Object.values(queues.queues).map((q) => q.obliterate({ force: true })));
    }
    await runtime.db.close();
    const down = await fetch(`${ops.url}/healthz`);
    assert.equal(down.status, 503);
    assert.notEqual(((await down.json()) as { database: string }).database, 'ok');
    await ops.close();
    // The database is closed already: closing it again is refused, the queues and listeners still close.
    await runtime.close().catch(() => undefined);
  });

  test('fetches are counted by status, and their bytes, through ingest and polls', async () => {
    const { site, runtime } = await inProcessSite(cleanups);
    const day = new Date(Date.now() - 3600_000);
    const feed = rss('Counted', [
      { title: 'Found', link: `${site.base}/found`, guid: 'found', date: day },
      { title: 'Gone', link: `${site.base}/gone`, guid: 'gone', date: day },
    ]);
    const article = page('Found', '"The count is right," auditor Mara Quist said.');
    site.routes.set('/feed', serve(feed, 'application/rss+xml', '"v1"'));
    site.routes.set('/found', serve(article, 'text/html; charset=utf-8'));
    const metrics = createMetrics();
    const ctx = { ...runtime.ctx, metrics };

    // Ingest: the feed (200), its two pages (200 and 404), and a port nobody listens on (no response).
    const plan = await planInputs([`${site.base}/feed`, 'http://127.0.0.1:9/refused.xml'], { maxBytes: 1e6, runId: 'fetch-metrics' });
    const report = await runInProcess(ctx, plan.jobs);
    assert.equal(report.failures.length, 2, JSON.stringify(report.failures));
    // Polls of the subscribed feed: a full fetch, then a conditional one answered 304.
    const subscribed = await store.feeds.subscribe(runtime.db, { url: `${site.base}/feed`, everySeconds: 900 });
    const poll = { url: subscribed.url, feedId: subscribed.id, poll: true };
    await pollFeed(ctx, poll);
    await pollFeed(ctx, poll, Date.now() + 2 * 86_400_000);
    assert.deepEqual(site.log.map((l) => `${l.path} ${l.status}`), ['/feed 200', '/found 200', '/gone 404', '/feed 200', '/feed 304']);

    const text = await metrics.text();
    assert.equal(sample(text, 'claimdesk_fetch_responses_total', 'status="200"'), 3);
    assert.equal(sample(text, 'claimdesk_fetch_responses_total', 'status="304"'), 1);
    assert.equal(sample(text, 'claimdesk_fetch_responses_total', 'status="404"'), 1);
    assert.equal(sample(text, 'claimdesk_fetch_responses_total', 'status="error"'), 1);
    const bytes = Number(/^claimdesk_fetch_bytes_total (\d+)$/m.exec(text)?.[1]);
    assert.equal(bytes, 2 * Buffer.byteLength(feed) + Buffer.byteLength(article));
  });
});
