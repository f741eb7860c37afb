import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Worker } from 'bullmq';
import { loadConfig } from '../../jobs/config.ts';
import { planInputs } from '../../jobs/planInputs.ts';
import { openRuntime } from '../../jobs/runtime.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import { startWorkers } from '../../jobs/startWorkers.ts';
import type { RunReport } from '../../jobs/runReport.ts';
import type { ClaimRecord } from '../../store/claimRecords.ts';
import { streamClaims } from '../../store/exportClaims.ts';
import { createTestDatabase, TEST_CORPUS, TEST_REDIS_URL, tempDir, uniquePrefix } from './services.ts';

const fileOf = (url: string) => path.basename(url).slice(0, 2);

/** A claim without ingestion times: what both backends must agree on, ids included. */
const comparable = (c: ClaimRecord) => ({
  id: c.id,
  kind: c.kind,
  speaker: c.speaker,
  text: c.text,
  value: c.value,
  unit: c.unit,
  variants: c.variants,
  mention_count: c.mention_count,
  files: c.articles.map((a) => fileOf(a.url)).sort(),
});
const sortByText = <T extends { text: string; kind: string }>(list: T[]) =>
  [...list].sort((a, b) => `${a.kind}${a.text}`.localeCompare(`${b.kind}${b.text}`));

async function ingestCorpus(runtime: Runtime): Promise<{ report: RunReport; claims: ClaimRecord[] }> {
  const files = (await fs.readdir(TEST_CORPUS)).filter((f) => f.endsWith('.txt')).map((f) => path.join(TEST_CORPUS, f));
  const plan = await planInputs(files, { maxBytes: 1e6, runId: 'test' });
  const report = await runtime.run(plan.jobs, { wait: true });
  assert.ok(report);
  const claims: ClaimRecord[] = [];
  for await (const claim of streamClaims(runtime.db)) claims.push(claim);
  return { report, claims };
}

const find = (claims: ClaimRecord[], words: string) => claims.filter((c) => c.text.includes(words));

describe('the pipeline end to end', () => {
  let embedded: { report: RunReport; claims: ClaimRecord[] };
  let services: { report: RunReport; claims: ClaimRecord[] };
  const cleanups: Array<() => Promise<void>> = [];

  before(async () => {
    const temp = await tempDir();
    cleanups.push(temp.remove);
    const local = await openRuntime(loadConfig({ CLAIMS_DATA_DIR: temp.dir, LOG_LEVEL: 'silent' }));
    embedded = await ingestCorpus(local);
    await local.close();

    const database = await createTestDatabase();
    cleanups.push(database.drop);
    const config = loadConfig({
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      CLAIMS_QUEUE_PREFIX: uniquePrefix(),
      LOG_LEVEL: 'silent',
    });
    const client = await openRuntime(config);
    const workerRuntimes = await Promise.all([openRuntime(config), openRuntime(config)]);
    const workers: Worker[] = workerRuntimes.flatMap((r) => startWorkers(r.ctx, r.queues!, 2));
    try {
      services = await ingestCorpus(client);
    } finally {
      await Promise.all(workers.map((w) => w.close()));
      await Promise.all(Object.values(client.queues!.queues).map((q) => q.obliterate({ force: true })));
      for (const r of workerRuntimes) await r.close();
      await client.close();
    }
  });
  after(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  test('every article goes through without failure on both backends', () => {
    assert.deepEqual(embedded.report.failures, []);
    assert.deepEqual(services.report.failures, []);
    assert.equal(embedded.report.stats.articlesNew, 4);
    assert.equal(services.report.stats.articlesNew, 4);
  });

  test('the minister statement is one claim carried by three files, the union leader near-match apart', () => {
    const minister = find(embedded.claims, 'within 48 hours').filter((c) => c.kind === 'quote');
    assert.equal(minister.length, 1);
    assert.equal(minister[0]?.speaker, 'Carla Benedek');
    assert.deepEqual(comparable(minister[0]!).files, ['01', '02', '04']);
    const union = find(embedded.claims, 'within 72 hours').filter((c) => c.kind === 'quote');
    assert.equal(union.length, 1);
    assert.equal(union[0]?.speaker, 'Tomas Vehko');
  });

  test('the airline statement is one claim, and the page printed twice counts once', () => {
    const statement = find(embedded.claims, 'grounded our turboprop fleet');
    assert.equal(statement.length, 1);
    assert.equal(statement[0]?.speaker, 'Corvane Air');
    const files = comparable(statement[0]!).files;
    assert.deepEqual(files.filter((f) => f === '03'), ['03']);
    assert.ok(files.includes('01') && files.includes('03'), `files: ${files.join(',')}`);
  });

  test('the passenger figure is one claim from three files', () => {
    const figure = embedded.claims.filter((c) => c.kind === 'number' && c.value === 12_000);
    assert.equal(figure.length, 1);
    assert.equal(figure[0]?.unit, 'passengers');
    assert.deepEqual(comparable(figure[0]!).files, ['01', '02', '03']);
  });

  test('PostgreSQL with BullMQ workers gives the same claims as the embedded default', () => {
    assert.deepEqual(sortByText(services.claims.map(comparable)), sortByText(embedded.claims.map(comparable)));
  });
});
