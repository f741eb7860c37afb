import { InputError } from '../errors.ts';
import type { Queryable } from './db.ts';
import type { ClaimFilters } from './claimFilters.ts';
import { tsRank, whereClaims, whereSql } from './claimFilters.ts';
import type { ClaimRecord } from './claimRecords.ts';
import type { ClaimRecordRow } from './claimRecords.ts';
import { CLAIM_RECORD_COLUMNS, toClaimRecord } from './claimRecords.ts';

export const SEARCH_SORTS = ['relevance', 'spread', 'recent'] as const;
/** relevance: text rank, then spread; spread: outlets, articles, mentions; recent: last seen. */
export type SearchSort = (typeof SEARCH_SORTS)[number];

export interface SearchResult extends ClaimRecord {
  rank: number;
}

export interface SearchPage {
  results: SearchResult[];
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface SearchOptions {
  sort?: SearchSort;
  limit?: number;
  /** An opaque cursor from a previous page of the same query, filters and sort. */
  after?: string | null;
}

// Every key sorts descending, ties broken by id (descending too), so that "after the cursor" is one row
// comparison, (k0, k1, ...) < (v0, v1, ...), which an index on the same columns can serve.
interface SortKey {
  expr: (query: string) => string;
  /** The SQL type the cursor's value is cast back to; timestamps travel as full-precision JSON strings. */
  type: 'real' | 'integer' | 'text' | 'timestamptz';
}

const key = (column: string, type: SortKey['type']): SortKey => ({ expr: () => column, type });
const ID = key('c.id', 'text');
const SORT_KEYS: Record<SearchSort, SortKey[]> = {
  relevance: [
    { expr: (q) => (q === '' ? '0::real' : tsRank(q)), type: 'real' },
    key('c.outlet_count', 'integer'),
    key('c.article_count', 'integer'),
    ID,
  ],
  spread: [key('c.outlet_count', 'integer'), key('c.article_count', 'integer'), key('c.mention_count', 'integer'), ID],
  // last_seen is null only for a claim that has lost its mentions (refresh deletes those): left out here.
  recent: [key('c.last_seen', 'timestamptz'), ID],
};

type CursorValue = number | string;

/** An opaque cursor: the sort and the last row's sort keys, base64url JSON. */
export const encodeCursor = (sort: SearchSort, values: readonly CursorValue[]): string =>
  Buffer.from(JSON.stringify({ s: sort, v: values })).toString('base64url');

/**
 * Reads a cursor made by encodeCursor for this sort.
 * @throws InputError when it is malformed or was made for another sort.
 */
export function decodeCursor(cursor: string, sort: SearchSort): CursorValue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InputError('invalid cursor: pass the next_cursor of a previous page unchanged');
  }
  const p = parsed as { s?: unknown; v?: unknown };
  const keys = SORT_KEYS[sort];
  if (
    typeof p !== 'object' || p === null || p.s !== sort || !Array.isArray(p.v) || p.v.length !== keys.length ||
    !p.v.every((v, i) => {
      const type = keys[i]?.type;
      if (type === 'timestamptz') return typeof v === 'string' && !Number.isNaN(Date.parse(v));
      return type === 'text' ? typeof v === 'string' : typeof v === 'number' && Number.isFinite(v);
    })
  ) {
    throw new InputError(`invalid cursor for sort "${sort}": pass the next_cursor of a previous page with the same sort`);
  }
  return p.v as CursorValue[];
}

/** The rows after the cursor in the sort's (descending) order, as one row comparison. */
function afterCondition(keys: readonly SortKey[], values: readonly CursorValue[], params: unknown[]): string {
  const placeholders = values.map((v, i) => {
    params.push(v);
    return `$${params.length}::${keys[i]?.type ?? 'text'}`;
  });
  return `(${keys.map((_, i) => `k${i}`).join(', ')}) < (${placeholders.join(', ')})`;
}

/**
 * One page of claims matching a query (web-search syntax: "phrases", -exclude, OR) and filters, in the
 * sort's order, read by keyset (never OFFSET) so that deep pages cost what the first does.
 * An empty query lists every claim. Relevance is the default with a query, spread without.
 * @throws InputError for a malformed cursor.
 */
export async function searchClaims(db: Queryable, filters: ClaimFilters = {}, options: SearchOptions = {}): Promise<SearchPage> {
  const query = filters.query?.trim() ?? '';
  // Without words every rank is equal, so relevance is spread (and its index serves it).
  const sort = query === '' && options.sort !== 'recent' ? 'spread' : (options.sort ?? 'relevance');
  const limit = options.limit ?? 20;
  const keys = SORT_KEYS[sort];
  // The query is $1 when there is one: whereClaims puts its condition first.
  const params: unknown[] = [];
  const conditions = whereClaims({ ...filters, query }, params);
  if (sort === 'recent') conditions.push('c.last_seen IS NOT NULL');
  const keyColumns = keys.map((k, i) => `${k.expr(query === '' ? '' : '$1')} AS k${i}`).join(', ');
  const outer: string[] = [];
  if (options.after) outer.push(afterCondition(keys, decodeCursor(options.after, sort), params));
  const order = keys.map((_, i) => `k${i} DESC`).join(', ');
  params.push(limit + 1);
  const rows = await db.query<ClaimRecordRow & { sort_keys: unknown; rank: number }>(
    `WITH hits AS (SELECT c.id, ${keyColumns} FROM claims c ${whereSql(conditions)}),
          page AS (SELECT * FROM hits ${whereSql(outer)} ORDER BY ${order} LIMIT $${params.length})
     SELECT ${CLAIM_RECORD_COLUMNS}, json_build_array(${keys.map((_, i) => `page.k${i}`).join(', ')}) AS sort_keys,
            ${sort === 'relevance' ? 'page.k0' : '0'}::real AS rank
     FROM page JOIN claims c ON c.id = page.id
     ORDER BY ${keys.map((_, i) => `page.k${i} DESC`).join(', ')}`,
    params,
  );
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const lastKeys = page[page.length - 1]?.sort_keys;
  const results = page.map((r) => ({ ...toClaimRecord(r), rank: Number(r.rank) }));
  const values = (typeof lastKeys === 'string' ? JSON.parse(lastKeys) : lastKeys) as CursorValue[] | undefined;
  return { results, nextCursor: more && values ? encodeCursor(sort, values) : null };
}
