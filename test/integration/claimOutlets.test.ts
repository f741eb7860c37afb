// claims.outlet_keys (migration 0014), what outlet filters and the outlet facet read: kept by merges and
// refresh equal to the outlets of the claim's mentions' articles, on the seeds run through the pipeline.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../jobs/config.ts';
import type { FetchJobData } from '../../jobs/jobTypes.ts';
import { planInputs } from '../../jobs/planInputs.ts';
import { openRuntime } from '../../jobs/runtime.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import { refresh } from '../../store/claimRefresh.ts';
import { countFacets } from '../../store/facets.ts';
import { searchClaims } from '../../store/search.ts';
import { seedFiles } from '../eval/runSeeds.ts';
import { createTestDatabase } from './services.ts';

const OUTLETS = ['Harbourview Times', 'Radio Kestrel', 'Lowland Gazette'];

/** Claims whose stored outlet keys differ from those their mentions' articles give. */
const STALE = `SELECT c.id FROM claims c
  LEFT JOIN (SELECT m.claim_id, array_agg(DISTINCT lower(a.outlet) ORDER BY lower(a.outlet)) AS keys
             FROM mentions m JOIN articles a ON a.id = m.article_id
             WHERE m.claim_id IS NOT NULL AND a.outlet IS NOT NULL GROUP BY m.claim_id) o ON o.claim_id = c.id
  WHERE c.outlet_keys IS DISTINCT FROM coalesce(o.keys, '{}')`;

/** The claims carried by an article of the outlet (any case), from the mentions. */
const CARRIED = `SELECT DISTINCT m.claim_id AS id FROM mentions m JOIN articles a ON a.id = m.article_id
  WHERE lower(a.outlet) = lower($1) AND m.claim_id IS NOT NULL ORDER BY 1`;

describe('claims carried by an outlet', () => {
  let runtime: Runtime;
  let drop: () => Promise<void>;

  before(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    runtime = await openRuntime(loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'error' }));
    const plan = await planInputs(await seedFiles(), { maxBytes: runtime.config.fetch.maxBytes, runId: 'outlets' });
    // The seed files name no outlet: three outlets share them, so that claims carried by several are merged.
    const jobs = plan.jobs.map((job, i) =>
      job.queue === 'fetch' ? { ...job, data: { ...(job.data as FetchJobData), outlet: OUTLETS[i % OUTLETS.length] } } : job);
    await runtime.run(jobs, { wait: true });
  });

  after(async () => {
    await runtime.close();
    await drop();
  });

  test("merges keep each claim's outlets equal to its articles' outlets", async () => {
    const claims = await runtime.db.query<{ n: number; keyed: number }>(
      `SELECT count(*)::integer AS n, count(*) FILTER (WHERE cardinality(outlet_keys) > 0)::integer AS keyed FROM claims`,
    );
    assert.ok((claims[0]?.keyed ?? 0) > 0, 'some claims have outlets');
    assert.deepEqual(await runtime.db.query(STALE), []);
  });

  test('the outlet filter finds what the mentions say, in any case, and its facet merges spellings', async () => {
    const [top] = await runtime.db.query<{ outlet: string }>(
      `SELECT a.outlet FROM articles a JOIN mentions m ON m.article_id = a.id WHERE m.claim_id IS NOT NULL AND a.outlet IS NOT NULL
       GROUP BY a.outlet ORDER BY count(DISTINCT m.claim_id) DESC, a.outlet LIMIT 1`,
    );
    assert.ok(top, 'the seeds have an outlet');
    const expected = (await runtime.db.query<{ id: string }>(CARRIED, [top.outlet])).map((r) => r.id);
    const found = await searchClaims(runtime.db, { outlet: top.outlet.toUpperCase() }, { limit: 1000 });
    assert.deepEqual(found.results.map((r) => r.id).sort(), expected);

    // One article of the outlet now spells it in lower case: still one outlet for the filter and the facet.
    const [article] = await runtime.db.query<{ id: string }>(
      `SELECT a.id FROM articles a JOIN mentions m ON m.article_id = a.id WHERE a.outlet = $1 AND m.claim_id IS NOT NULL
       ORDER BY a.id LIMIT 1`,
      [top.outlet],
    );
    assert.ok(article);
    await runtime.db.query('UPDATE articles SET outlet = lower(outlet) WHERE id = $1', [article.id]);
    const touched = await runtime.db.query<{ claim_id: string }>(
      'SELECT DISTINCT claim_id FROM mentions WHERE article_id = $1 AND claim_id IS NOT NULL',
      [article.id],
    );
    await refresh(runtime.db, touched.map((r) => r.claim_id));
    assert.deepEqual(await runtime.db.query(STALE), []);
    const facets = await countFacets(runtime.db, { outlet: top.outlet });
    assert.equal(facets.total, expected.length);
    const spellings = facets.outlet.filter((o) => o.value.toLowerCase() === top.outlet.toLowerCase());
    assert.equal(spellings.length, 1, JSON.stringify(facets.outlet));
    assert.equal(spellings[0]?.count, expected.length);
    // Spelt as its articles first spell it.
    assert.equal(spellings[0]?.value, [top.outlet, top.outlet.toLowerCase()].sort()[0]);
  });
});
