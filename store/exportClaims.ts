import type { Queryable } from './db.ts';
import type { ClaimFilters } from './claimFilters.ts';
import { whereClaims, whereSql } from './claimFilters.ts';
import type { ClaimRecord } from './claimRecords.ts';
import { CLAIM_RECORD_COLUMNS, queryClaimRecords } from './claimRecords.ts';

/**
 * Streams every claim matching the filters, most widely carried first, in pages read by keyset
 * (never OFFSET), so memory stays constant whatever the number of claims.
 */
export async function* streamClaims(
  db: Queryable,
  filters: ClaimFilters = {},
  pageSize = 500,
): AsyncGenerator<ClaimRecord> {
  let after: { articles: number; id: string } | null = null;
  for (;;) {
    const params: unknown[] = [];
    const conditions = whereClaims(filters, params);
    if (after) {
      params.push(after.articles, after.id);
      const [a, i] = [params.length - 1, params.length];
      conditions.push(`(c.article_count < $${a} OR (c.article_count = $${a} AND c.id > $${i}))`);
    }
    params.push(pageSize);
    const where = whereSql(conditions);
    const page = await queryClaimRecords(
      db,
      `SELECT ${CLAIM_RECORD_COLUMNS} FROM claims c ${where}
       ORDER BY c.article_count DESC, c.id LIMIT $${params.length}`,
      params,
    );
    yield* page;
    const last = page[page.length - 1];
    if (!last || page.length < pageSize) return;
    after = { articles: last.article_count, id: last.id };
  }
}
