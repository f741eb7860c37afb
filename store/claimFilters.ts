import type { MentionKind } from '../extract/types.ts';

/** Filters shared by search, facets and export. */
export interface ClaimFilters {
  /** Web-search syntax ("exact phrase", -exclude, OR) over the speaker, text and unit; empty matches all. */
  query?: string;
  kind?: MentionKind;
  /**
   * Matches the speaker's name case-insensitively anywhere in it, or by trigram word similarity so that a
   * misspelling ("Peskow") still finds the speaker (pg_trgm `<%`, served by the trigram index).
   */
  speaker?: string;
  /** Claims carried by at least one article of this outlet (case-insensitive, the whole name). */
  outlet?: string;
  /** ISO dates: claims last seen on or after `since`, first seen before `until`. */
  since?: string;
  until?: string;
  minOutlets?: number;
  /** true: only claims with a conflicting variant; false: only claims without. */
  hasConflicts?: boolean;
  /** Claims carried by at least one article of this story (a story id). */
  story?: string;
}

/** The full-text condition and rank of a query on `claims c` (or another alias), given its parameter placeholder. */
export const tsMatch = (p: string) => `c.search @@ websearch_to_tsquery('english', ${p})`;
export const tsRank = (p: string, alias = 'c') => `ts_rank_cd(${alias}.search, websearch_to_tsquery('english', ${p}))`;

/**
 * The FROM of a search, and the alias its date conditions name. With a date range, the dates are read from a
 * second reference to the same row (`d`, joined by id), so that the planner can filter them in an index-only
 * walk of the spread index (it includes first and last seen, migration 0016) and read only the rows in range:
 * a month is a few percent of the claims, and reading every row walked to test a broad word took 150 ms.
 */
export function claimsFrom(filters: ClaimFilters): { from: string; seen: 'c' | 'd' } {
  return filters.since || filters.until ? { from: 'claims d JOIN claims c ON c.id = d.id', seen: 'd' } : { from: 'claims c', seen: 'c' };
}

/**
 * What the conditions serve (see KEYED): `walk`, pages read along an index in a sort's order to the end (export);
 * `search`, the first few hundred matches in a sort's order; `lookup`, any matches in no order (facets).
 */
export type FilterUse = 'walk' | 'search' | 'lookup';

/**
 * Turns filters into SQL conditions on `claims c` with numbered parameters after the given ones; the date
 * conditions on `seen` (see claimsFrom). Only fixed fragments are concatenated; every value travels as a parameter.
 */
export function whereClaims(filters: ClaimFilters, params: unknown[], seen: 'c' | 'd' = 'c', use: FilterUse = 'walk'): string[] {
  const conditions: string[] = [];
  const add = (fragment: (n: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(fragment(`$${params.length}`));
  };
  const query = filters.query?.trim() ?? '';
  // The query stays $1 (search ranks by it); with a range looked up by month, its words join the months' lookup,
  // and so do an outlet (for a search or a lookup) and a minimum of outlets (for a lookup) (see KEYED).
  const months = seen === 'c' && byMonths(filters);
  const outlet = filters.outlet?.trim() ?? '';
  const worded = seen === 'c' && query !== '';
  const keyedTier = (months || (worded && use === 'lookup')) ? outletTier(filters.minOutlets) : null;
  const keyed = months || keyedTier !== null || (worded && outlet !== '' && use !== 'walk');
  if (query !== '' && !keyed) add(tsMatch, query);
  else if (query !== '') params.push(query);
  const words = `websearch_to_tsquery('english', $${params.length})`;
  // The lexemes of the outlet and the tier (migration 0025), AND-ed to the lookup.
  const keys: string[] = [];
  if (keyed && outlet !== '') {
    params.push(outlet);
    keys.push(`quote_literal(claim_outlet_key(lower($${params.length})))::tsquery`);
  }
  if (keyedTier !== null) {
    params.push(`@n${keyedTier}`);
    keys.push(`quote_literal($${params.length})::tsquery`);
  }
  if (filters.kind) add((p) => `c.kind = ${p}`, filters.kind);
  const speaker = filters.speaker?.trim() ?? '';
  if (speaker !== '') {
    params.push(speaker.replace(/[%_\\]/g, '\\$&'), speaker);
    const [like, raw] = [`$${params.length - 1}`, `$${params.length}`];
    // Names are matched in the speakers table (thousands of rows, trigram index), then claims by speaker_id.
    conditions.push(`c.speaker_id IN (SELECT s.id FROM speakers s WHERE s.name ILIKE '%' || ${like} || '%' OR ${raw} <% s.name)`);
  }
  if (keyed && outlet !== '') {
    // Found by its lexeme in the lookup, tested in the row (IS TRUE: not intersected with its own index, whose
    // bitmap of a large outlet costs more than the rest of the lookup). In a walk of the spread index (a broad
    // word and a large outlet), this cheap test runs before the index's expression, which is computed only
    // for the claims of the outlet.
    add((p) => `(c.outlet_keys @> ARRAY[lower(${p})]) IS TRUE`, outlet);
  } else if (outlet !== '') {
    // The claim's own outlets (claims.outlet_keys, lower-cased): the spread index walk checks them in the row,
    // and for a small outlet the planner reads its claims from the GIN index instead.
    add((p) => `c.outlet_keys @> ARRAY[lower(${p})]`, outlet);
  }
  if (keyed && !months) {
    // Words that are all stop words match nothing, as in tsMatch.
    conditions.unshift(`${SEARCH_KEYS} @@ (${[words, ...keys].join(' && ')})`, `numnode(${words}) > 0`);
  }
  if (months) {
    // The range's months and the words are looked up together in claims_search_keys_idx (migrations 0023, 0025),
    // which finds a superset of the claims in range without reading a row; the dates are then tested in the
    // rows found. IS TRUE keeps the planner from intersecting that with the last_seen index: half the claims
    // are seen after a recent month starts, and reading them there cost more than the rest of the lookup.
    // Not for a walk of the spread index (`d`, search by relevance or spread), which tests the dates in the
    // index: the first 200 by spread are found sooner so than by sorting every match of a month (5,000 at 1M).
    params.push(filters.since, filters.until);
    const [since, until] = [`$${params.length - 1}::timestamptz`, `$${params.length}::timestamptz`];
    const range = [`claim_months_query(${since}, ${until})`, ...keys].join(' && ');
    if (query === '') conditions.unshift(`${SEARCH_KEYS} @@ (${range})`);
    // Words that are all stop words match nothing, as in tsMatch (joined to the months, they would vanish).
    else conditions.unshift(`${SEARCH_KEYS} @@ (${words} && ${range})`, `numnode(${words}) > 0`);
    conditions.push(`(c.last_seen >= ${since}) IS TRUE`, `(c.first_seen < ${until}) IS TRUE`);
  } else {
    if (filters.since) add((p) => `${seen}.last_seen >= ${p}::timestamptz`, filters.since);
    if (filters.until) add((p) => `${seen}.first_seen < ${p}::timestamptz`, filters.until);
  }
  if (filters.story?.trim()) {
    add((p) => `c.id IN (SELECT m.claim_id FROM article_stories s JOIN mentions m ON m.article_id = s.article_id WHERE s.story_id = ${p})`, filters.story.trim());
  }
  // Under a lookup by tier, IS TRUE keeps the planner from intersecting it with the spread index's range.
  if (filters.minOutlets !== undefined) add((p) => (keyedTier !== null ? `(c.outlet_count >= ${p}) IS TRUE` : `c.outlet_count >= ${p}`), filters.minOutlets);
  if (filters.hasConflicts === true) {
    // The flag (a partial index, intersected with a word's bitmap) finds the candidates without reading a
    // row; it may claim too much (it is never cleared), so the conflicts are checked too, as a semi-join.
    conditions.push('c.conflicted AND c.id IN (SELECT x.claim_id FROM claim_conflicts x)');
  } else if (filters.hasConflicts === false) {
    conditions.push('NOT EXISTS (SELECT 1 FROM claim_conflicts x WHERE x.claim_id = c.id)');
  }
  return conditions;
}

/**
 * A claim's words, months (migration 0023), outlets and outlet tiers (0025): the expression claims_search_keys_idx
 * indexes. KEYED: a date range of up to MAX_INDEXED_MONTHS; a word with an outlet for a search or a lookup; and
 * for a lookup (facets: any matches, in no order) a word with a minimum of outlets: looked up in it, the words
 * AND-ed with the months, the outlet's lexeme and the tier, so that the fewest entries drive the lookup. Not for
 * walks of an index in a sort's order to the end (export): they would compute the expression in every row
 * walked. A search's walk, when the planner prefers it (a broad word and a large outlet: the first 200 are
 * near), tests the outlet in the row first and computes the expression only for the outlet's claims.
 */
const SEARCH_KEYS = '(c.search || claim_months(c.first_seen, c.last_seen) || claim_filter_keys(c.outlet_count, c.outlet_keys))';

/** The outlet tiers of claim_filter_keys (migration 0025): a claim on N outlets has every tier up to N. */
const OUTLET_TIERS = [2, 3, 5, 10, 20, 50, 100];

/** The highest tier a minimum of outlets reaches, or null below the first (every claim qualifies). */
function outletTier(minOutlets: number | undefined): number | null {
  if (minOutlets === undefined || !Number.isFinite(minOutlets)) return null;
  return OUTLET_TIERS.filter((t) => t <= minOutlets).pop() ?? null;
}

/**
 * The conditions of the first matches by spread of a date range looked up by month (the relevance pool of a
 * search), one lookup of claims_search_keys_idx per outlet tier from the top (100 outlets or more) down, each
 * with the claims of its tier only: spread sorts by outlets first, so the pool lies in the highest tiers that
 * hold its size together, and the lookups stop there (UNION ALL under a LIMIT). A walk of the spread index tests
 * the word in the row of every claim in range it meets (1,611 rows for a word in one claim in eight, 55-85 ms
 * at 1M claims); tier by tier, 200-300 rows are read (16-30 ms). Null when the range is not looked up by month.
 */
export function spreadTierLookups(filters: ClaimFilters, params: unknown[]): string[][] | null {
  if (!byMonths(filters)) return null;
  const conditions = whereClaims(filters, params, 'c', 'search');
  const tiers = [...OUTLET_TIERS].reverse();
  return [...tiers, null].map((tier, i) => {
    const above = tiers[i - 1];
    // The tier's lexeme joins the lookup of the words and months (one scan of the index, two keys); IS TRUE
    // keeps the planner from intersecting the bound with the spread index.
    return [
      ...conditions,
      ...(tier !== null ? [`${SEARCH_KEYS} @@ '@n${tier}'::tsquery`] : []),
      ...(above !== undefined ? [`(c.outlet_count < ${above}) IS TRUE`] : []),
    ];
  });
}

/**
 * Up to this many months, a date range is also looked up by month: a longer one holds a large share of the
 * claims, which the conditions on the dates alone find as fast (the spread index includes them).
 */
const MAX_INDEXED_MONTHS = 3;

/** Whether the date range is looked up by month: both ends given, at most MAX_INDEXED_MONTHS apart. */
function byMonths(filters: ClaimFilters): boolean {
  if (!filters.since || !filters.until) return false;
  // Roughly: an end that Date.parse cannot read is left to PostgreSQL, on the dates alone.
  const days = (Date.parse(filters.until) - Date.parse(filters.since)) / (24 * 3600 * 1000);
  return days <= MAX_INDEXED_MONTHS * 31;
}

/** `WHERE ...` for the conditions, or nothing. */
export const whereSql = (conditions: readonly string[]) => (conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '');
