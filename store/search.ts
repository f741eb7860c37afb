import { InputError } from '../errors.ts';
import type { Queryable } from './db.ts';
import { querySerial } from './querySerial.ts';
import type { ClaimFilters } from './claimFilters.ts';
import { claimsFrom, spreadTierLookups, tsRank, whereClaims, whereSql } from './claimFilters.ts';
import type { ClaimRecord } from './claimRecords.ts';
import type { ClaimRecordRow } from './claimRecords.ts';
import { CLAIM_RECORD_COLUMNS, toClaimRecord } from './claimRecords.ts';
import { storiesOfClaims } from './stories.ts';

export const SEARCH_SORTS = ['relevance', 'spread', 'recent'] as const;
/**
 * relevance: text rank (of the RELEVANCE_POOL most widely carried matches), then spread; spread: outlets,
 * articles, mentions; recent: last seen.
 */
export type SearchSort = (typeof SEARCH_SORTS)[number];

export interface SearchResult extends ClaimRecord {
  rank: number;
  /** The story of the claim's earliest article (null before stories are placed). */
  story_id: string | null;
}

export interface SearchPage {
  results: SearchResult[];
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface SearchOptions {
  sort?: SearchSort;
  /** Matches ranked by text under relevance (default RELEVANCE_POOL); tests make it small. */
  relevancePool?: number;
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
  // (tier, rank, outlets, articles, mentions, id): tier 1 is the relevance pool, ranked by text rank, then
  // outlets and articles (mentions 0); tier 0 the matches beyond it, in spread order (rank 0). See searchByRelevance.
  relevance: [
    key('k0', 'integer'),
    key('k1', 'real'),
    key('c.outlet_count', 'integer'),
    key('c.article_count', 'integer'),
    key('c.mention_count', 'integer'),
    ID,
  ],
  spread: [key('c.outlet_count', 'integer'), key('c.article_count', 'integer'), key('c.mention_count', 'integer'), ID],
  // last_seen is null only for a claim that has lost its mentions (refresh deletes those): left out here.
  recent: [key('c.last_seen', 'timestamptz'), ID],
};

/**
 * How many matches relevance ranks by text: the most widely carried ones. A broad word matches hundreds of
 * thousands of claims, and ranking them all takes a second; the pool is read along the spread index.
 */
export const RELEVANCE_POOL = 200;

type CursorValue = number | string;

/** An opaque cursor: the sort and the last row's sort keys, base64url JSON. */
export const encodeCursor = (sort: SearchSort, values: readonly CursorValue[]): string =>
  Buffer.from(JSON.stringify({ s: sort, v: values })).toString('base64url');

const INT4_MAX = 2 ** 31 - 1;
const FLOAT4_MAX = 3.4028234663852886e38;
/** How PostgreSQL's json prints a timestamptz (microseconds at most), within the years it can hold. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:\d{2})?)$/;

/**
 * Whether a cursor's value fits the column it is compared with: PostgreSQL would fail on a count that
 * is not a whole int4 (5.5, 1e308), a rank beyond real, a malformed time, or a NUL in an id.
 */
function fitsKey(value: unknown, type: SortKey['type']): boolean {
  switch (type) {
    case 'integer':
      return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= INT4_MAX;
    case 'real':
      return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= FLOAT4_MAX;
    case 'timestamptz':
      return typeof value === 'string' && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
    case 'text':
      // eslint-disable-next-line no-control-regex -- control characters are what it looks for
      return typeof value === 'string' && value.length <= 200 && !/[\u0000-\u001f\u007f]/.test(value);
  }
}

/**
 * Reads a cursor made by encodeCursor for this sort into typed, range-checked values.
 * @throws InputError (parameter `after`) when it is malformed, out of range, or was made for another sort.
 */
export function decodeCursor(cursor: string, sort: SearchSort): CursorValue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InputError('invalid cursor: pass the next_cursor of a previous page unchanged', { parameter: 'after' });
  }
  const p = parsed as { s?: unknown; v?: unknown };
  const keys = SORT_KEYS[sort];
  if (
    typeof p !== 'object' || p === null || p.s !== sort || !Array.isArray(p.v) || p.v.length !== keys.length ||
    !p.v.every((v, i) => fitsKey(v, keys[i]?.type ?? 'text'))
  ) {
    throw new InputError(`invalid cursor for sort "${sort}": pass the next_cursor of a previous page with the same sort`, { parameter: 'after' });
  }
  return p.v as CursorValue[];
}

// On the alias the FROM reads the spread index through (claimsFrom): `c`, or `d` with a date range.
const SPREAD = (a: string) => `(${a}.outlet_count, ${a}.article_count, ${a}.mention_count, ${a}.id)`;
const SPREAD_ORDER = (a: string) => `${a}.outlet_count DESC, ${a}.article_count DESC, ${a}.mention_count DESC, ${a}.id DESC`;

/** Where to read claims from: `from`, its sort keys and date conditions on `seen` (see claimsFrom). */
interface Source {
  from: string;
  seen: 'c' | 'd';
}

/**
 * Whether the words give search something to look for: the index leaves out common English words ("the", "of")
 * and a lone `-`, `OR` or quote mark, and such a query matches no claim, where no words at all list every claim.
 */
export async function hasSearchableWords(db: Queryable, query: string): Promise<boolean> {
  const [row] = await db.query<{ searchable: boolean }>(
    `SELECT numnode(websearch_to_tsquery('english', $1)) > 0 AS searchable`,
    [query],
  );
  return row?.searchable ?? false;
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
  const after = options.after ? decodeCursor(options.after, sort) : null;
  // The query is $1 when there is one: whereClaims puts its condition first.
  const params: unknown[] = [];
  // Recent is read along the last_seen index, which the date range's own conditions use.
  const source: Source = sort === 'recent' ? { from: 'claims c', seen: 'c' } : claimsFrom(filters);
  // The keyed lookup serves relevance's pool; spread and recent walk their index as before (measured on that path).
  const conditions = whereClaims({ ...filters, query }, params, source.seen, sort === 'relevance' ? 'search' : 'walk');
  const hits =
    sort === 'relevance'
      ? relevanceHits(source, { ...filters, query }, conditions, params, after, options.relevancePool ?? RELEVANCE_POOL, limit)
      : orderedHits(source, sort, conditions, params, after, limit);
  const order = keys.map((_, i) => `page.k${i} DESC`).join(', ');
  // A walk of the spread index with a date range runs without parallel workers: at a million claims the planner
  // splits it over two, each walking its own share until the leader has the pool, so the three read twice the
  // rows one walk does (3,236 against 1,611 in range for a broad word and a month): 28 ms against 20 alone.
  const rows = await (source.seen === 'd' ? querySerial : queryDirect)<ClaimRecordRow & { sort_keys: unknown; rank: number }>(
    db,
    `WITH ${hits}
     SELECT ${CLAIM_RECORD_COLUMNS}, json_build_array(${keys.map((_, i) => `page.k${i}`).join(', ')}) AS sort_keys,
            ${sort === 'relevance' ? tsRank('$1') : '0'}::real AS rank
     FROM page JOIN claims c ON c.id = page.id
     ORDER BY ${order}`,
    params,
  );
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const lastKeys = page[page.length - 1]?.sort_keys;
  const stories = await storiesOfClaims(db, page.map((r) => r.id));
  const results = page.map((r) => ({ ...toClaimRecord(r), rank: Number(r.rank), story_id: stories.get(r.id) ?? null }));
  const values = (typeof lastKeys === 'string' ? JSON.parse(lastKeys) : lastKeys) as CursorValue[] | undefined;
  return { results, nextCursor: more && values ? encodeCursor(sort, values) : null };
}

const queryDirect = <R extends object>(db: Queryable, sql: string, params: unknown[]) => db.query<R>(sql, params);

/** `page` (ids and sort keys k0...) for spread and recent: the sort's index walked from the cursor. */
function orderedHits(
  { from, seen }: Source, sort: 'spread' | 'recent', conditions: string[], params: unknown[], after: CursorValue[] | null, limit: number,
): string {
  const keys = SORT_KEYS[sort];
  // The sort keys are columns of `c`; with a date range, read on `d` (the same row), whose index walk is ordered.
  const exprs = keys.map((k) => k.expr('').replace(/^c\./, `${seen}.`));
  if (sort === 'recent') conditions.push('c.last_seen IS NOT NULL');
  if (after) conditions.push(afterCondition(exprs, keys, after, params));
  params.push(limit + 1);
  return `page AS (SELECT c.id, ${exprs.map((e, i) => `${e} AS k${i}`).join(', ')} FROM ${from} ${whereSql(conditions)}
                   ORDER BY ${exprs.map((e) => `${e} DESC`).join(', ')} LIMIT $${params.length})`;
}

/**
 * `page` for relevance. The pool is the `pool` most widely carried matches, read along the spread index and
 * ranked by text (tier 1); the matches beyond it follow in spread order (tier 0). With fewer matches than the
 * pool, this is every match ranked by text. A cursor in tier 0 skips the pool: the index is walked from it.
 */
function relevanceHits(
  { from, seen: a }: Source, filters: ClaimFilters, conditions: string[], params: unknown[], after: CursorValue[] | null, pool: number,
  limit: number,
): string {
  const where = whereSql(conditions);
  const spreadAfter = (values: readonly CursorValue[]) => afterCondition(
    [`${a}.outlet_count`, `${a}.article_count`, `${a}.mention_count`, `${a}.id`], SORT_KEYS.spread, values, params);
  if (after && after[0] === 0) {
    const cursor = spreadAfter(after.slice(2));
    params.push(limit + 1);
    return `page AS (SELECT c.id, 0 AS k0, 0::real AS k1, c.outlet_count AS k2, c.article_count AS k3, c.mention_count AS k4, c.id AS k5
                     FROM ${from} ${whereSql([...conditions, cursor])} ORDER BY ${SPREAD_ORDER(a)} LIMIT $${params.length})`;
  }
  params.push(pool);
  const poolSize = `$${params.length}`;
  // A date range looked up by month: the pool tier by tier of outlets (see spreadTierLookups), else along the walk.
  // The tiers' UNION ALL has no ORDER BY: the pool is right because a serial Append reads its branches in order (the
  // highest tier first) and LIMIT stops it there; this statement runs through querySerial (source `d`), never in parallel.
  const tiers = a === 'd' ? spreadTierLookups(filters, params) : null;
  const poolColumns = 'c.id, c.search, c.outlet_count, c.article_count, c.mention_count';
  const poolSql = tiers
    ? `SELECT * FROM (${tiers.map((t) => `(SELECT ${poolColumns} FROM claims c ${whereSql(t)} ORDER BY ${SPREAD_ORDER('c')} LIMIT ${poolSize})`)
      .join(' UNION ALL ')}) t LIMIT ${poolSize}`
    : `SELECT ${poolColumns} FROM ${from} ${where} ORDER BY ${SPREAD_ORDER(a)} LIMIT ${poolSize}`;
  const tier1After = after ? `WHERE ${afterCondition(['1', 'k1', 'k2', 'k3', '0', 'k5'], SORT_KEYS.relevance, after, params)}` : '';
  params.push(limit + 1);
  const pageSize = `$${params.length}`;
  const edge = (column: string) => `(SELECT e.${column} FROM edge e)`;
  return `pool AS MATERIALIZED (${poolSql}),
          edge AS MATERIALIZED (SELECT p.outlet_count, p.article_count, p.mention_count, p.id, (SELECT count(*) FROM pool) AS n
                                FROM pool p ORDER BY p.outlet_count, p.article_count, p.mention_count, p.id LIMIT 1),
          tier1 AS (SELECT p.id, 1 AS k0, ${tsRank('$1', 'p')} AS k1, p.outlet_count AS k2,
                           p.article_count AS k3, 0 AS k4, p.id AS k5 FROM pool p),
          tier1page AS (SELECT * FROM tier1 ${tier1After} ORDER BY k1 DESC, k2 DESC, k3 DESC, k5 DESC LIMIT ${pageSize}),
          -- Read only when the pool is full and this page goes past its end: the filters run again here.
          tier0 AS (SELECT c.id, 0 AS k0, 0::real AS k1, c.outlet_count AS k2, c.article_count AS k3, c.mention_count AS k4, c.id AS k5
                    FROM ${from} ${whereSql([`${edge('n')} = ${poolSize}`, `(SELECT count(*) FROM tier1page) < ${pageSize}`, ...conditions,
                      `${SPREAD(a)} < (${edge('outlet_count')}, ${edge('article_count')}, ${edge('mention_count')}, ${edge('id')})`])}
                    ORDER BY ${SPREAD_ORDER(a)} LIMIT ${pageSize}),
          page AS (SELECT * FROM (SELECT * FROM tier1page UNION ALL SELECT * FROM tier0) u
                   ORDER BY k0 DESC, k1 DESC, k2 DESC, k3 DESC, k4 DESC, k5 DESC LIMIT ${pageSize})`;
}

/** The rows after the cursor in descending order of the given key expressions, as one row comparison. */
function afterCondition(exprs: readonly string[], keys: readonly SortKey[], values: readonly CursorValue[], params: unknown[]): string {
  // Subqueries, so that the planner estimates the comparison for unknown values (see streamClaims): the last
  // pages' values, (1, 1, 1, id), would be estimated from the first column alone as matching nothing.
  const placeholders = values.map((v, i) => {
    params.push(v);
    return `(SELECT $${params.length}::${keys[i]?.type ?? 'text'})`;
  });
  return `(${exprs.join(', ')}) < (${placeholders.join(', ')})`;
}
