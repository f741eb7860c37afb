import type { Queryable } from './db.ts';
import type { ClaimFilters } from './claimFilters.ts';
import { whereClaims } from './claimFilters.ts';
import type { ClaimRecord } from './claimRecords.ts';
import { CLAIM_RECORD_COLUMNS, queryClaimRecords } from './claimRecords.ts';

export interface SearchResult extends ClaimRecord {
  rank: number;
}

/**
 * Full-text search over claims (web-search syntax: "phrases", -exclude, OR), ranked by relevance then spread.
 * An empty query lists claims by spread.
 */
export async function searchClaims(
  db: Queryable,
  query: string,
  filters: ClaimFilters = {},
  limit = 20,
): Promise<SearchResult[]> {
  const params: unknown[] = [query.trim()];
  const conditions = whereClaims(filters, params);
  if (query.trim() !== '') conditions.unshift(`c.search @@ websearch_to_tsquery('english', $1)`);
  params.push(limit);
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const records = await queryClaimRecords(
    db,
    `SELECT ${CLAIM_RECORD_COLUMNS},
            CASE WHEN $1 = '' THEN 0 ELSE ts_rank_cd(c.search, websearch_to_tsquery('english', $1)) END AS rank
     FROM claims c ${where}
     ORDER BY rank DESC, c.outlet_count DESC, c.article_count DESC, c.id
     LIMIT $${params.length}`,
    params,
  );
  return records as SearchResult[];
}
