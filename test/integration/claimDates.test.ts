// A date range in search and facets (read through a second reference to the row, see claimsFrom): the same
// claims as the plain conditions, in every sort and across keyset pages.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Db } from '../../store/db.ts';
import { countFacets } from '../../store/facets.ts';
import { openDb } from '../../store/openDb.ts';
import { searchClaims } from '../../store/search.ts';
import type { SearchSort } from '../../store/search.ts';
import { createTestDatabase } from './services.ts';

describe('search by date range', () => {
  let db: Db;
  let drop: () => Promise<void>;

  before(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    db = await openDb({ databaseUrl: database.url, dataDir: '' });
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

  after(async () => {
    await db.close();
    await drop();
  });

  const expected = async (since: string | null, until: string | null, word: boolean) =>
    (await db.query<{ id: string }>(
      `SELECT id FROM claims WHERE ($1::timestamptz IS NULL OR last_seen >= $1) AND ($2::timestamptz IS NULL OR first_seen < $2)
       AND (NOT $3 OR text LIKE '%harbour%') ORDER BY id`,
      [since, until, word],
    )).map((r) => r.id);

  test('every sort finds the claims seen in the range, page after page', async () => {
    const ranges: Array<[string | null, string | null]> = [['2026-02-01', '2026-03-01'], ['2026-03-15', null], [null, '2026-01-20']];
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
});
