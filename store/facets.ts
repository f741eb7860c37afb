import type { Queryable } from './db.ts';
import type { ClaimFilters } from './claimFilters.ts';
import { whereClaims, whereSql } from './claimFilters.ts';

export interface FacetCount {
  value: string;
  count: number;
}

/** How the claims matching a search spread over speakers, outlets, kinds and days (of first sighting). */
export interface Facets {
  total: number;
  speaker: FacetCount[];
  outlet: FacetCount[];
  kind: FacetCount[];
  day: FacetCount[];
}

type Row = { value: string | null; count: number };

/** Counts of the claims matching the filters by speaker, outlet, kind and day; the top `limit` of each. */
export async function countFacets(db: Queryable, filters: ClaimFilters, limit = 10): Promise<Facets> {
  const params: unknown[] = [];
  const where = whereSql(whereClaims(filters, params));
  params.push(limit);
  const n = `$${params.length}`;
  const matching = `SELECT c.id, c.speaker, c.kind, c.first_seen FROM claims c ${where}`;
  const group = (select: string, from: string) =>
    db.query<Row>(
      `WITH hits AS (${matching}) SELECT ${select} AS value, count(DISTINCT h.id)::integer AS count
       FROM ${from} GROUP BY 1 ORDER BY count DESC, value LIMIT ${n}`,
      params,
    );
  const [total, speaker, outlet, kind, day] = await Promise.all([
    db.query<{ count: number }>(`SELECT count(*)::integer AS count FROM claims c ${where}`, params.slice(0, -1)),
    group('h.speaker', 'hits h WHERE h.speaker IS NOT NULL'),
    group('a.outlet', 'hits h JOIN mentions m ON m.claim_id = h.id JOIN articles a ON a.id = m.article_id WHERE a.outlet IS NOT NULL'),
    group('h.kind', 'hits h'),
    group(`to_char(h.first_seen AT TIME ZONE 'UTC', 'YYYY-MM-DD')`, 'hits h WHERE h.first_seen IS NOT NULL'),
  ]);
  const clean = (rows: Row[]) => rows.filter((r): r is FacetCount => r.value !== null);
  return { total: total[0]?.count ?? 0, speaker: clean(speaker), outlet: clean(outlet), kind: clean(kind), day: clean(day) };
}
