import type { Queryable } from './db.ts';
import type { ClaimFilters } from './claimFilters.ts';
import { whereClaims, whereSql } from './claimFilters.ts';
import type { ClaimRecord } from './claimRecords.ts';
import { CLAIM_RECORD_COLUMNS, queryClaimRecords } from './claimRecords.ts';

/**
 * Streams every claim matching the filters, most widely carried first (outlets, articles, mentions), in
 * pages read by keyset (never OFFSET) along the claims_spread_idx index, so that memory stays constant and
 * each page costs the same whatever the number of claims. The next page is asked for as soon as a page
 * arrives, so the database builds it while the caller writes this one (two pages in memory at most).
 */
export async function* streamClaims(
  db: Queryable,
  filters: ClaimFilters = {},
  pageSize = 250,
): AsyncGenerator<ClaimRecord> {
  const read = (after: ClaimRecord | null): Promise<ClaimRecord[]> => {
    const params: unknown[] = [];
    const conditions = whereClaims(filters, params);
    if (after) {
      params.push(after.outlet_count, after.article_count, after.mention_count, after.id);
      const n = params.length;
      // The cursor's values as subqueries: the planner then sees unknown values rather than (1, 1, 1, id), whose
      // row comparison it estimates from the first column alone as matching nothing, and would scan the whole
      // spread index for a filtered export's last pages instead of reading its matches first.
      conditions.push(`(c.outlet_count, c.article_count, c.mention_count, c.id) <
                       ((SELECT $${n - 3}::integer), (SELECT $${n - 2}::integer), (SELECT $${n - 1}::integer), (SELECT $${n}::text))`);
    }
    params.push(pageSize);
    return queryClaimRecords(
      db,
      `SELECT ${CLAIM_RECORD_COLUMNS} FROM claims c ${whereSql(conditions)}
       ORDER BY c.outlet_count DESC, c.article_count DESC, c.mention_count DESC, c.id DESC LIMIT $${params.length}`,
      params,
    );
  };
  let next: Promise<ClaimRecord[]> | null = read(null);
  try {
    while (next) {
      const page: ClaimRecord[] = await next;
      const last = page[page.length - 1];
      next = last && page.length === pageSize ? read(last) : null;
      yield* page;
    }
  } finally {
    // A caller that stops early (a reader gone) leaves at most one read in flight: let it settle quietly.
    next?.catch(() => undefined);
  }
}
