// Facets of a word with an outlet or a minimum of outlets, and the search of a word and an outlet, are looked up
// in the index of words and filters (claims_search_keys_idx, migration 0025): the same claims as the plain
// conditions, whatever the outlet's name holds and whichever minimum, between the index's tiers or on them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Db } from '../../store/db.ts';
import { countFacets } from '../../store/facets.ts';
import { searchClaims } from '../../store/search.ts';
import { recordPlans } from './planRecorder.ts';
import { openTestDb } from './services.ts';

// Names with a quote, a backslash, a space, mixed case and a tsquery operator, looked up in another case.
const OUTLETS = ["Reader's Herald", 'Back\\slash News', 'Plain Times', 'A & B | !C', 'Ünïcode Post'];

describe('facets looked up by outlet and outlet count', () => {
  let db: Db;
  let close: () => Promise<void>;

  before(async () => {
    ({ db, close } = await openTestDb());
    // 300 claims on 1 to 120 outlets (a few above the top tier), each carried by two of the named outlets;
    // every third says "harbour", some in a month of their own.
    await db.query(
      `INSERT INTO claims (id, kind, speaker, text, mention_count, article_count, outlet_count, outlet_keys, first_seen, last_seen)
       SELECT 'c_' || lpad(g::text, 3, '0'), CASE WHEN g % 4 = 0 THEN 'number' ELSE 'statement' END, 'Speaker ' || (g % 7),
              CASE WHEN g % 3 = 0 THEN 'the harbour closes' ELSE 'the river rises' END || ' ' || g,
              1, 1, CASE WHEN g % 50 = 0 THEN 101 + g % 20 ELSE 1 + g % 12 END,
              ARRAY[lower(($1::text[])[1 + g % 5]), lower(($1::text[])[1 + (g + 2) % 5])],
              timestamptz '2026-01-01' + (g % 90) * interval '1 day', timestamptz '2026-01-01' + (g % 90 + g % 4) * interval '1 day'
       FROM generate_series(1, 300) g`,
      [OUTLETS],
    );
  });

  after(() => close());

  const expected = async (outlet: string | null, minOutlets: number | null, range: [string, string] | null) =>
    (
      await db.query<{ n: number }>(
        `SELECT count(*)::integer AS n FROM claims
       WHERE text LIKE '%harbour%' AND ($1::text IS NULL OR lower($1) = ANY (outlet_keys))
         AND ($2::integer IS NULL OR outlet_count >= $2)
         AND ($3::timestamptz IS NULL OR (last_seen >= $3 AND first_seen < $4))`,
        [outlet, minOutlets, range?.[0] ?? null, range?.[1] ?? null],
      )
    )[0]?.n;

  test('a search by a word and a month reads its pool tier by tier of outlets and finds what the plain conditions find', async () => {
    const cases: Array<{ outlet?: string; minOutlets?: number }> = [{}, { outlet: OUTLETS[2] }, { minOutlets: 4 }, { minOutlets: 101 }];
    for (const filter of cases) {
      const want = (
        await db.query<{ id: string }>(
          `SELECT id FROM claims WHERE text LIKE '%harbour%' AND last_seen >= '2026-03-01' AND first_seen < '2026-04-01'
             AND ($1::text IS NULL OR lower($1) = ANY (outlet_keys)) AND ($2::integer IS NULL OR outlet_count >= $2)
           ORDER BY outlet_count DESC, article_count DESC, mention_count DESC, id DESC`,
          [filter.outlet ?? null, filter.minOutlets ?? null],
        )
      ).map((r) => r.id);
      assert.ok(want.length > 0, JSON.stringify(filter));
      // Pools that end inside a tier, on a tier's edge, and beyond every match; pages that cross the pool's end.
      for (const pool of [1, 2, 5, 7, 500]) {
        const ids: string[] = [];
        let after: string | null = null;
        do {
          const page = await searchClaims(db, { query: 'harbour', since: '2026-03-01', until: '2026-04-01', ...filter },
            { relevancePool: pool, limit: 3, after });
          ids.push(...page.results.map((r) => r.id));
          after = page.nextCursor;
        } while (after !== null);
        // Every harbour text ranks alike, so relevance orders them by spread.
        assert.deepEqual(ids, want, `${JSON.stringify(filter)} pool ${pool}`);
      }
    }
    const { recorder, plans } = recordPlans(db);
    await searchClaims(recorder, { query: 'harbour', since: '2026-03-01', until: '2026-04-01' });
    assert.match(plans[0] ?? '', /claims_search_keys_idx[^\n]*\n[^\n]*'@n100'/, plans[0]);
  });

  test('every outlet and minimum counts the claims the plain conditions find', async () => {
    const minimums = [null, 0, 1, 2, 3, 4, 5, 7, 10, 12, 20, 99, 100, 101, 115, 500];
    for (const outlet of [null, ...OUTLETS.map((o) => o.toUpperCase()), 'Nobody Daily']) {
      for (const minOutlets of minimums) {
        for (const range of [null, ['2026-02-01', '2026-03-01'] as [string, string]]) {
          if (outlet === null && minOutlets === null) continue;
          const facets = await countFacets(db, {
            query: 'harbour',
            ...(outlet ? { outlet } : {}),
            ...(minOutlets !== null ? { minOutlets } : {}),
            ...(range ? { since: range[0], until: range[1] } : {}),
          });
          const want = await expected(outlet, minOutlets, range);
          assert.equal(facets.total, want, `${outlet} ${minOutlets} ${range}`);
          assert.equal(
            facets.kind.reduce((n, k) => n + k.count, 0),
            want,
          );
        }
      }
    }
    // The named outlets are all found.
    for (const outlet of OUTLETS) assert.ok(((await expected(outlet, null, null)) ?? 0) > 0);
  });

  test('a word and an outlet are looked up together in one index of words and filters', async () => {
    await db.query(`INSERT INTO claims (id, kind, text, outlet_count, outlet_keys)
       SELECT 'x_' || g, 'statement', 'the tide turns ' || g, 1 + g % 9, ARRAY['outlet ' || (g % 40)]
       FROM generate_series(1, 20000) g`);
    await db.query('ANALYZE claims');
    const { recorder, plans: statements } = recordPlans(db);
    await countFacets(recorder, { query: 'tide', outlet: 'Outlet 7' });
    await countFacets(recorder, { query: 'tide', minOutlets: 5 });
    const plans = statements.join('\n');
    assert.equal(plans.match(/claims_search_keys_idx/g)?.length, 2, plans);
    assert.doesNotMatch(plans, /claims_outlet_keys_idx|claims_spread_seen_idx/);
  });

  test('a search by a word and an outlet finds its matches in the index of words and filters', async () => {
    const { recorder, plans } = recordPlans(db);
    // The pool of relevance (its matches beyond the pool are read only on later pages).
    await searchClaims(recorder, { query: 'tide', outlet: 'Outlet 7' });
    const pool = plans[0] ?? '';
    assert.match(pool, /Bitmap Index Scan on claims_search_keys_idx/, pool);
    // Not the two indexes of words and of outlets, whose bitmaps intersected cost more than the whole lookup.
    assert.doesNotMatch(pool, /claims_outlet_keys_idx|claims_search_idx/, pool);
  });

  test('a search by a word and an outlet finds the claims the plain conditions find, in the same order', async () => {
    for (const outlet of [...OUTLETS.map((o) => o.toUpperCase()), 'Nobody Daily']) {
      for (const sort of ['relevance', 'spread', 'recent'] as const) {
        const want = await db.query<{ id: string }>(
          `SELECT id FROM claims WHERE text LIKE '%harbour%' AND lower($1) = ANY (outlet_keys)
           ORDER BY ${sort === 'recent' ? 'last_seen DESC, id DESC' : 'outlet_count DESC, article_count DESC, mention_count DESC, id DESC'}`,
          [outlet],
        );
        const found = await searchClaims(db, { query: 'harbour', outlet }, { sort, limit: 500 });
        const ids = found.results.map((r) => r.id);
        // Relevance ranks by text first: every harbour text ranks alike, so spread orders them.
        assert.deepEqual(ids, want.map((r) => r.id), `${outlet} ${sort}`);
      }
    }
  });
});
