// Backfills on the real PostgreSQL (and Redis for the queued run): batched, idempotent, resumable, cancellable.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import type { Worker } from 'bullmq';
import { backfillParams } from '../../app/commands/backfill.ts';
import { formatBackfill } from '../../app/formatBackfill.ts';
import { loadConfig } from '../../jobs/config.ts';
import { countUnits, runBackfill } from '../../jobs/runBackfill.ts';
import { openRuntime } from '../../jobs/runtime.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import { startWorkers } from '../../jobs/startWorkers.ts';
import type { BackfillParams } from '../../store/backfills.ts';
import type { ClaimRecord } from '../../store/claimRecords.ts';
import { streamClaims } from '../../store/exportClaims.ts';
import * as store from '../../store/index.ts';
import { sharedDir } from '../eval/runSeeds.ts';
import { createTestDatabase, TEST_CORPUS, TEST_REDIS_URL, uniquePrefix } from './services.ts';

const SEEDS = path.join(sharedDir(), 'fixtures', 'seeds');
const cleanups: Array<() => Promise<void>> = [];
after(async () => {
  for (const cleanup of cleanups) await cleanup();
});

async function freshRuntime(redis = false): Promise<Runtime> {
  const database = await createTestDatabase();
  cleanups.push(database.drop);
  const runtime = await openRuntime(
    loadConfig({
      DATABASE_URL: database.url,
      LOG_LEVEL: 'silent',
      ...(redis ? { REDIS_URL: TEST_REDIS_URL, CLAIMS_QUEUE_PREFIX: uniquePrefix() } : {}),
    }),
  );
  cleanups.unshift(() => runtime.close());
  return runtime;
}

async function claimsOf(runtime: Runtime) {
  const claims: Array<Omit<ClaimRecord, 'first_seen' | 'last_seen' | 'articles'>> = [];
  for await (const { first_seen: _f, last_seen: _l, articles: _a, ...rest } of streamClaims(runtime.db)) claims.push(rest);
  return claims.sort((a, b) => a.id.localeCompare(b.id));
}

async function start(runtime: Runtime, params: BackfillParams) {
  return store.backfills.create(runtime.db, `bf_${Math.random().toString(16).slice(2)}`, params, await countUnits(runtime, params));
}

const dirParams = (dir: string) => backfillParams({ dir, stage: 'all', batchSize: 2, json: false });

describe('backfill', () => {
  test('a folder import stopped after its first batch resumes at its cursor and ends like one straight run', async () => {
    const runtime = await freshRuntime();
    const run = await start(runtime, dirParams(SEEDS));
    assert.equal(run.total, 5);
    let batches = 0;
    const first = await runBackfill(runtime, run, { batchSize: 2, interrupted: () => batches++ >= 1 && 'interrupted by SIGTERM' });
    assert.equal(first.outcome, 'interrupted');
    const stopped = await store.backfills.get(runtime.db, run.id);
    // Nobody drives it any more: it reads stopped, with why and when, not running.
    assert.deepEqual([stopped.status, stopped.lastError], ['stopped', 'interrupted by SIGTERM']);
    assert.match(formatBackfill(stopped), /stopped .*\n {4}why: interrupted by SIGTERM\n {4}resume it: run the same/);
    assert.equal(stopped.done, 2);
    assert.ok(stopped.cursor?.endsWith('.txt'));
    const resumed = await store.backfills.findRunning(runtime.db, dirParams(SEEDS));
    assert.equal(resumed?.id, run.id);
    const second = await runBackfill(runtime, resumed!, { batchSize: 2 });
    assert.equal(second.outcome, 'done');
    assert.equal(second.report.stats.articlesNew, 3);
    const finished = await store.backfills.get(runtime.db, run.id);
    assert.deepEqual([finished.status, finished.done, finished.failed], ['done', 5, 0]);
    assert.equal(await store.backfills.findRunning(runtime.db, dirParams(SEEDS)), null);

    const straight = await freshRuntime();
    await runBackfill(straight, await start(straight, dirParams(SEEDS)), { batchSize: 100 });
    assert.deepEqual(await claimsOf(runtime), await claimsOf(straight));
  });

  test('re-extracting and re-merging stored articles changes no claim', async () => {
    const runtime = await freshRuntime();
    await runBackfill(runtime, await start(runtime, dirParams(TEST_CORPUS)), { batchSize: 10 });
    const before = await claimsOf(runtime);
    assert.ok(before.length > 5);
    for (const stage of ['extract', 'dedupe', 'all'] as const) {
      const params = backfillParams({ stage, batchSize: 3, json: false });
      const { outcome, report } = await runBackfill(runtime, await start(runtime, params), { batchSize: 3 });
      assert.equal(outcome, 'done', stage);
      assert.deepEqual(report.failures, [], stage);
      assert.deepEqual(await claimsOf(runtime), before, stage);
      // Nothing changed, and the summary says so (it said "34 new claims" on the seeds).
      assert.deepEqual([report.stats.claimsNew, report.stats.merges], [0, 0], stage);
    }
  });

  test('a date range selects the stored articles by when they were published', async () => {
    const runtime = await freshRuntime();
    await runBackfill(runtime, await start(runtime, dirParams(SEEDS)), { batchSize: 10 });
    const all = await countUnits(runtime, backfillParams({ stage: 'extract', batchSize: 1, json: false }));
    const future = await countUnits(runtime, backfillParams({ stage: 'extract', since: '2999-01-01', batchSize: 1, json: false }));
    assert.equal(all, 5);
    assert.equal(future, 0);
    assert.throws(() => backfillParams({ stage: 'all', since: '2026-02-02', until: '2026-01-01', batchSize: 1, json: false }), /before/);
    assert.throws(() => backfillParams({ stage: 'all', dir: '.', sitemap: 'https://example.com/s.xml', batchSize: 1, json: false }), /not both/);
  });

  test('a run that an error stops reads stopped with the error, and the same parameters resume it', async () => {
    const runtime = await freshRuntime();
    const run = await start(runtime, dirParams(SEEDS));
    const failing = { ...runtime, run: () => Promise.reject(new Error('the database went away')) } as Runtime;
    await assert.rejects(runBackfill(failing, run, { batchSize: 2 }), /went away/);
    const stopped = await store.backfills.get(runtime.db, run.id);
    assert.deepEqual([stopped.status, stopped.lastError], ['stopped', 'stopped by an error: the database went away']);
    const resumed = await store.backfills.findRunning(runtime.db, dirParams(SEEDS));
    assert.equal(resumed?.id, run.id);
    assert.equal((await runBackfill(runtime, resumed!, { batchSize: 2 })).outcome, 'done');
    assert.equal((await store.backfills.get(runtime.db, run.id)).status, 'done');
  });

  test('a cancelled run stops before its next batch and stays cancelled', async () => {
    const runtime = await freshRuntime();
    const run = await start(runtime, dirParams(SEEDS));
    assert.ok(await store.backfills.cancel(runtime.db, run.id));
    const { outcome } = await runBackfill(runtime, run, { batchSize: 2 });
    assert.equal(outcome, 'cancelled');
    const after = await store.backfills.get(runtime.db, run.id);
    assert.deepEqual([after.status, after.done], ['cancelled', 0]);
    assert.equal(await store.backfills.cancel(runtime.db, run.id), false);
  });

  test('through Redis and a worker, a stored-article backfill runs its jobs again (finished jobs of the same articles notwithstanding)', async () => {
    const runtime = await freshRuntime(true);
    const workers: Worker[] = startWorkers(runtime.ctx, runtime.queues!, 2);
    try {
      await runBackfill(runtime, await start(runtime, dirParams(TEST_CORPUS)), { batchSize: 10 });
      const before = await claimsOf(runtime);
      assert.ok(before.length > 5);
      const params = backfillParams({ stage: 'extract', batchSize: 2, json: false });
      const { outcome, report } = await runBackfill(runtime, await start(runtime, params), { batchSize: 2 });
      assert.equal(outcome, 'done');
      assert.ok((report.stats.mentions ?? 0) > 0, 'the articles were extracted again');
      const counts = await store.countAll(runtime.db);
      assert.equal(counts.unmergedMentions, 0);
      assert.deepEqual(await claimsOf(runtime), before);
    } finally {
      await Promise.all(workers.map((w) => w.close()));
      await Promise.all(Object.values(runtime.queues!.queues).map((q) => q.obliterate({ force: true })));
    }
  });
});
