// The chaos test's verdict must be able to fail: its invariant checks and its export comparison are run
// here on a real PostgreSQL database that the pipeline filled, first as it is (all clean), then with one
// fault injected at a time (a lost article, a duplicated claim, a stale count, a dangling redirect, an
// unmerged mention, a changed export), each of which must be named.
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { loadConfig } from '../../jobs/config.ts';
import { planInputs } from '../../jobs/planInputs.ts';
import { openRuntime } from '../../jobs/runtime.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import type { ClaimRecord } from '../../store/claimRecords.ts';
import { streamClaims } from '../../store/exportClaims.ts';
import { checkInvariants, invariantFailures } from '../chaos/checkInvariants.ts';
import { compareExports } from '../chaos/compareExports.ts';
import { createTestDatabase, TEST_CORPUS } from './services.ts';

const FILES = [
  '01_harbourview-times.txt',
  '02_radio-kestrel.txt',
  '03_meridian-press-agency.txt',
  '04_lowland-gazette.txt',
].map((f) => path.join(TEST_CORPUS, f));

async function exportJsonl(runtime: Runtime): Promise<string> {
  const lines: string[] = [];
  for await (const claim of streamClaims(runtime.db)) lines.push(JSON.stringify(claim satisfies ClaimRecord));
  return `${lines.join('\n')}\n`;
}

describe('chaos checks', () => {
  let database: { url: string; drop(): Promise<void> };
  let runtime: Runtime;
  let client: pg.Client;
  let served: string[];

  before(async () => {
    database = await createTestDatabase();
    runtime = await openRuntime(loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent' }));
    const plan = await planInputs(FILES, { maxBytes: 1e6, runId: 'chaos-checks' });
    const report = await runtime.run(plan.jobs, { wait: true });
    assert.deepEqual(report?.failures, []);
    served = (await runtime.db.query<{ url: string }>('SELECT url FROM articles ORDER BY url')).map(
      (r) => r.url,
    );
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  after(async () => {
    await client?.end();
    await runtime?.close();
    await database?.drop();
  });

  /** Commits `fault` (the checks read through their own connection) and returns the failures they name; each test undoes its fault. */
  async function failuresWith(fault: string, params: unknown[] = []): Promise<string[]> {
    await client.query(fault, params);
    return invariantFailures(await checkInvariants(database.url, served));
  }

  test('the pipeline leaves a clean database, and the checks say so', async () => {
    assert.ok(served.length === FILES.length, `articles: ${served.join(' ')}`);
    const report = await checkInvariants(database.url, served);
    assert.ok(report.claims > 0 && report.mentions >= report.claims);
    assert.deepEqual(invariantFailures(report), []);
  });

  test('an article the server served but the database lacks is reported lost', async () => {
    const missing = pathToFileURL(path.join(TEST_CORPUS, 'never-ingested.txt')).href;
    const report = await checkInvariants(database.url, [...served, missing]);
    assert.deepEqual(report.lostArticles, [missing]);
    assert.match(invariantFailures(report)[0] ?? '', /1 lost article/);
  });

  test('a stale mention count is reported, and so is a copy of a claim', async () => {
    const [claim] = (
      await client.query<{ id: string; mention_count: number }>(
        'SELECT id, mention_count FROM claims ORDER BY id LIMIT 1',
      )
    ).rows;
    assert.ok(claim);
    assert.deepEqual(
      await failuresWith('UPDATE claims SET mention_count = mention_count + 1 WHERE id = $1', [claim.id]),
      ['inconsistentCounts: 1'],
    );
    await client.query('UPDATE claims SET mention_count = $2 WHERE id = $1', [claim.id, claim.mention_count]);

    // A second claim with the same speaker and words: what a merge race would leave behind.
    const [quote] = (
      await client.query<{ id: string }>(
        "SELECT id FROM claims WHERE kind = 'quote' AND speaker_id IS NOT NULL ORDER BY id LIMIT 1",
      )
    ).rows;
    assert.ok(quote);
    const copy = `${quote.id}-copy`;
    const failures = await failuresWith(
      `INSERT INTO claims (id, kind, speaker_id, speaker, role, text, value, unit, entities, mention_count, article_count, outlet_count)
       SELECT $2, kind, speaker_id, speaker, role, text, value, unit, entities, mention_count, article_count, outlet_count FROM claims WHERE id = $1`,
      [quote.id, copy],
    );
    await client.query('DELETE FROM claims WHERE id = $1', [copy]);
    assert.ok(failures.includes('duplicateClaims: 1'), failures.join('; '));
    assert.ok(
      failures.some((f) => f.startsWith('claimsWithoutMentions')),
      failures.join('; '),
    );
    assert.deepEqual(invariantFailures(await checkInvariants(database.url, served)), []);
  });

  test('a mention left out of every claim and a redirect to nowhere are reported', async () => {
    const [mention] = (
      await client.query<{ id: string; claim_id: string }>(
        'SELECT id, claim_id FROM mentions ORDER BY id LIMIT 1',
      )
    ).rows;
    assert.ok(mention);
    const failures = await failuresWith('UPDATE mentions SET claim_id = NULL WHERE id = $1', [mention.id]);
    await client.query('UPDATE mentions SET claim_id = $2 WHERE id = $1', [mention.id, mention.claim_id]);
    assert.ok(failures.includes('unmergedMentions: 1'), failures.join('; '));

    assert.deepEqual(
      await failuresWith("INSERT INTO claim_redirects (old_id, new_id) VALUES ('gone-old', 'gone-new')"),
      ['danglingRedirects: 1'],
    );
    await client.query("DELETE FROM claim_redirects WHERE old_id = 'gone-old'");
  });

  test('an export that lost a claim, gained one or changed a word is not equal', async () => {
    const clean = await exportJsonl(runtime);
    assert.equal(compareExports(clean, clean).equal, true);
    const lines = clean.trim().split('\n');
    const first = JSON.parse(lines[0] ?? '{}') as ClaimRecord;

    const lost = compareExports(lines.slice(1).join('\n'), clean);
    assert.deepEqual([lost.equal, lost.onlyExpected], [false, [first.id]]);

    const changed = compareExports(
      [JSON.stringify({ ...first, text: `${first.text} (edited)` }), ...lines.slice(1)].join('\n'),
      clean,
    );
    assert.deepEqual([changed.equal, changed.changed.map((c) => c.id)], [false, [first.id]]);

    const gained = compareExports(`${clean}${JSON.stringify({ ...first, id: 'extra' })}\n`, clean);
    assert.deepEqual([gained.equal, gained.onlyActual], [false, ['extra']]);

    // Ingestion times differ between two runs and are not compared.
    const retimed = compareExports(
      [JSON.stringify({ ...first, first_seen: '1999-01-01T00:00:00Z' }), ...lines.slice(1)].join('\n'),
      clean,
    );
    assert.equal(retimed.equal, true);
  });
});
