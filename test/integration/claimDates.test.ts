// A date range in search and facets (read through a second reference to the row, see claimsFrom, or, up to a
// year, looked up by month, migration 0023): the same claims as the plain conditions, in every sort and across
// keyset pages.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Db } from '../../store/db.ts';
import { countFacets } from '../../store/facets.ts';
import { searchClaims } from '../../store/search.ts';
import type { SearchSort } from '../../store/search.ts';
import { recordPlans } from './planRecorder.ts';
import { openTestDb } from './services.ts';

describe('search by date range', () => {
  let db: Db;
  let close: () => Promise<void>;

  before(async () => {
    ({ db, close } = await openTestDb());
    // 120 claims over 120 days, each seen for 0 to 9 days, carried by 1 to 7 outlets; every third says "harbour".
    await db.query(
      `INSERT INTO claims (id, kind, text, mention_count, article_count, outlet_count, first_seen, last_seen)
       SELECT 'c_' || lpad(g::text, 3, '0'), 'statement',
              CASE WHEN g % 3 = 0 THEN 'the harbour closes' ELSE 'the river rises' END || ' ' || g,
              1 + g % 5, 1 + g % 6, 1 + g % 7,
              timestamptz '2026-01-01' + g * interval '1 day', timestamptz '2026-01-01' + (g + g % 10) * interval '1 day'
       FROM generate_series(1, 120) g`,
    );
  });

  after(() => close());

  const expected = async (since: string | null, until: string | null, word: boolean) =>
    (await db.query<{ id: string }>(
      `SELECT id FROM claims WHERE ($1::timestamptz IS NULL OR last_seen >= $1) AND ($2::timestamptz IS NULL OR first_seen < $2)
       AND (NOT $3 OR text LIKE '%harbour%') ORDER BY id`,
      [since, until, word],
    )).map((r) => r.id);

  test('every sort finds the claims seen in the range, page after page', async () => {
    const ranges: Array<[string | null, string | null]> = [
      ['2026-02-01', '2026-03-01'], ['2026-03-15', null], [null, '2026-01-20'],
      // Across months, within a day, and an end given in another zone (1 March, 01:30 UTC); a range of more than a year.
      ['2026-01-20', '2026-03-05'], ['2026-02-10T12:00:00Z', '2026-02-11'], ['2026-02-20', '2026-02-28T23:30:00-02:00'],
      ['2025-06-01', '2026-08-01'],
    ];
    for (const [since, until] of ranges) {
      for (const word of [false, true]) {
        const want = await expected(since, until, word);
        assert.ok(want.length > 0);
        for (const sort of ['relevance', 'spread', 'recent'] as SearchSort[]) {
          const filters = { query: word ? 'harbour' : '', ...(since ? { since } : {}), ...(until ? { until } : {}) };
          const walked: string[] = [];
          let after: string | null = null;
          do {
            const page: Awaited<ReturnType<typeof searchClaims>> = await searchClaims(db, filters, { sort, limit: 7, relevancePool: 5, after });
            walked.push(...page.results.map((r) => r.id));
            after = page.nextCursor;
          } while (after);
          assert.deepEqual([...walked].sort(), want, `${sort} ${since}..${until} ${word}`);
          assert.equal(new Set(walked).size, walked.length);
        }
        const facets = await countFacets(db, { query: word ? 'harbour' : '', ...(since ? { since } : {}), ...(until ? { until } : {}) });
        assert.equal(facets.total, want.length);
      }
    }
  });

  test('words that are all stop words match nothing, with a month as without', async () => {
    for (const range of [{}, { since: '2026-02-01', until: '2026-03-01' }]) {
      assert.equal((await countFacets(db, { query: 'the', ...range })).total, 0);
      assert.equal((await searchClaims(db, { query: 'the', ...range })).results.length, 0);
    }
  });

  test("a claim's months run from its first to its last sighting, in UTC; a range's months from since to until", async () => {
    const [row] = await db.query<{ months: string; query: string; zoned: string; empty: string | null }>(
      `SELECT claim_months('2025-11-30T23:30:00-02:00', '2026-02-01T00:00:00Z')::text AS months,
              claim_months_query('2026-01-15', '2026-03-01')::text AS query,
              claim_months_query('2026-02-28T23:30:00-02:00', '2026-03-01T02:00:00Z')::text AS zoned,
              claim_months_query('2026-03-01', '2026-02-01')::text AS empty`,
    );
    assert.deepEqual(row, {
      months: "'@2025-12' '@2026-01' '@2026-02'",
      query: "'@2026-01' | '@2026-02'",
      zoned: "'@2026-03'",
      empty: null,
    });
  });

  test('a word and a month are looked up together in one index of words and months', async () => {
    await db.query(`INSERT INTO claims (id, kind, text, first_seen, last_seen)
       SELECT 'x_' || g, 'statement', 'the tide turns ' || g, timestamptz '2024-01-01' + g * interval '1 hour',
              timestamptz '2024-01-01' + g * interval '1 hour'
       FROM generate_series(1, 20000) g`);
    await db.query('ANALYZE claims');
    const { recorder, plans } = recordPlans(db);
    // "tide" is in every one of them, a month in one in twenty-eight.
    await countFacets(recorder, { query: 'tide', since: '2024-06-01', until: '2024-07-01' });
    assert.match(plans.join('\n'), /claims_search_keys_idx/);
  });
});
