import type { Queryable } from './db.ts';
import type { ClaimFilters } from './claimFilters.ts';
import { whereClaims, whereSql } from './claimFilters.ts';

export interface FacetCount {
  value: string;
  count: number;
}

/** How the claims matching a search spread over speakers, outlets, kinds and days (of first sighting). */
export interface Facets {
  /** The number of matching claims, counted up to the sample size. */
  total: number;
  /** More claims match than the sample size: total is that size, and facets count the first ones found. */
  capped: boolean;
  speaker: FacetCount[];
  outlet: FacetCount[];
  kind: FacetCount[];
  day: FacetCount[];
}

type Row = { value: string | null; count: number };

/**
 * Counts of the claims matching the filters by speaker, outlet, kind and day; the top `limit` of each.
 * At most `sample` matching claims are counted, so that a broad search on millions of claims stays fast
 * (Datasette-style facets with a bound instead of a time limit).
 */
export async function countFacets(db: Queryable, filters: ClaimFilters, limit = 10, sample = 5_000): Promise<Facets> {
  const base: unknown[] = [];
  const where = whereSql(whereClaims(filters, base));
  // The sample size is the next parameter in every query; the facet length the one after it.
  const params = [...base, sample, limit];
  const [cap, n] = [`$${base.length + 1}`, `$${base.length + 2}`];
  const matching = `SELECT c.id, c.speaker, c.kind, c.first_seen FROM claims c ${where} LIMIT ${cap}`;
  const group = (select: string, from: string) =>
    db.query<Row>(
      `WITH hits AS (${matching}) SELECT ${select} AS value, count(DISTINCT h.id)::integer AS count
       FROM ${from} GROUP BY 1 ORDER BY count DESC, value LIMIT ${n}`,
      params,
    );
  const [total, speaker, outlet, kind, day] = await Promise.all([
    db.query<{ count: number }>(`SELECT count(*)::integer AS count FROM (${matching} + 1) m`, [...base, sample]),
    group('h.speaker', 'hits h WHERE h.speaker IS NOT NULL'),
    // Per claim through the mentions index: a hash join would read every mention.
    group(
      'o.outlet',
      `hits h CROSS JOIN LATERAL (SELECT DISTINCT a.outlet FROM mentions m JOIN articles a ON a.id = m.article_id
                                  WHERE m.claim_id = h.id AND a.outlet IS NOT NULL) o`,
    ),
    group('h.kind', 'hits h'),
    group(`to_char(h.first_seen AT TIME ZONE 'UTC', 'YYYY-MM-DD')`, 'hits h WHERE h.first_seen IS NOT NULL'),
  ]);
  const clean = (rows: Row[]) => rows.filter((r): r is FacetCount => r.value !== null);
  const counted = total[0]?.count ?? 0;
  return { total: Math.min(counted, sample), capped: counted > sample, speaker: clean(speaker), outlet: clean(outlet), kind: clean(kind), day: clean(day) };
}
