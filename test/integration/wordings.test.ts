// Verbatim and reworded wordings (issue 16, migration 0026): the seeds run through the pipeline on PostgreSQL;
// seed 002's own words for Peskov's statement, and 004's report of it, join his quote of 001 and 004 as
// reworded wordings, stored on their variants, shown by the claim's record (claims show --json, the API) and
// exported in the CSV's last column.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { claimToCsvRow, csvHeader } from '../../app/csv.ts';
import { loadConfig } from '../../jobs/config.ts';
import { planInputs } from '../../jobs/planInputs.ts';
import { openRuntime } from '../../jobs/runtime.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import { getClaimDetail } from '../../store/claimDetail.ts';
import type { ClaimRecord } from '../../store/claimRecords.ts';
import { streamClaims } from '../../store/exportClaims.ts';
import { seedFiles } from '../eval/runSeeds.ts';
import { createTestDatabase } from './services.ts';

const REWORDED = 'if Meta engages in dialogue and aligns with local laws, an agreement could be possible';
const REPORTED =
  'there was a possibility of reaching an agreement if Meta entered into dialogue with the Russian authorities and complied with the law';
const TAIL =
  'If the corporation (Meta) sticks to an uncompromising position and, I would say, shows itself unready to align with Russian legislation, then there is no chance';

describe('verbatim and reworded wordings', () => {
  let runtime: Runtime;
  let drop: () => Promise<void>;
  const claims: ClaimRecord[] = [];
  const claimOf = (text: string) => claims.find((c) => c.wordings.some((w) => w.text === text));

  before(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    runtime = await openRuntime(loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'error' }));
    const plan = await planInputs(await seedFiles(), {
      maxBytes: runtime.config.fetch.maxBytes,
      runId: 'wordings',
    });
    await runtime.run(plan.jobs, { wait: true });
    for await (const claim of streamClaims(runtime.db)) claims.push(claim);
  });

  after(async () => {
    await runtime.close();
    await drop();
  });

  test("the reworded statements' variants are stored as reworded, the quote's as verbatim, in one claim", async () => {
    const rows = await runtime.db.query<{ text: string; wording: string | null }>(
      `SELECT v.text, v.wording FROM claim_variants v
       WHERE v.claim_id = (SELECT claim_id FROM claim_variants WHERE text = $1 LIMIT 1)`,
      [REWORDED],
    );
    const kinds = new Map(rows.map((r) => [r.text, r.wording]));
    assert.equal(kinds.get(REWORDED), 'reworded');
    assert.equal(kinds.get(REPORTED), 'reworded');
    assert.equal(kinds.get(TAIL), 'verbatim');
    const figures = await runtime.db.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM claim_variants v JOIN claims c ON c.id = v.claim_id
       WHERE c.kind = 'number' AND v.wording IS NOT NULL`,
    );
    assert.equal(figures[0]?.n, 0, 'figures have no wording kind');
  });

  test('the claim shows its reworded wordings apart from the verbatim ones; every claim keeps a verbatim wording', async () => {
    const claim = claimOf(REWORDED);
    assert.ok(claim, 'the reworded statement has a claim');
    const detail = await getClaimDetail(runtime.db, claim.id);
    const kinds = new Map(detail.wordings.map((w) => [w.text, w.kind]));
    assert.equal(kinds.get(REWORDED), 'reworded');
    assert.equal(kinds.get(REPORTED), 'reworded');
    assert.equal(kinds.get(TAIL), 'verbatim');
    assert.equal(detail.speaker, 'Dmitry Peskov');
    assert.equal(detail.kind, 'quote', 'the claim keeps the words as printed: a quote');
    // Every claim keeps its words as printed; a reworded wording is its speaker's, printed with a verbatim one.
    assert.ok(claims.every((c) => c.wordings.some((w) => w.kind === 'verbatim')));
    for (const c of claims.filter((c) => c.wordings.some((w) => w.kind === 'reworded'))) {
      const speakers = new Set(c.wordings.filter((w) => w.kind === 'verbatim').flatMap((w) => w.speakers));
      for (const w of c.wordings.filter((w) => w.kind === 'reworded')) {
        assert.ok(
          w.speakers.some((s) => speakers.has(s)),
          w.text,
        );
      }
    }
  });

  test("the CSV export's last column lists the reworded wordings; the other columns stay where they were", () => {
    assert.ok(csvHeader().endsWith(',outlets,wordings,conflicts,reworded_wordings\r\n'));
    const claim = claimOf(REWORDED);
    assert.ok(claim);
    const lastCell = `"${REWORDED} [Dmitry Peskov; 1 article]\n${REPORTED} [Dmitry Peskov; 1 article]"\r\n`;
    assert.ok(claimToCsvRow(claim).endsWith(`,${lastCell}`), claimToCsvRow(claim));
    const verbatim = claims.find(
      (c) => c.kind !== 'number' && c.wordings.every((w) => w.kind === 'verbatim'),
    );
    assert.ok(
      verbatim && claimToCsvRow(verbatim).endsWith(',\r\n'),
      'an empty cell when no wording is reworded',
    );
  });
});
