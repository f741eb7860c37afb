/**
 * The doors' measurements on a filled database, through the product's own code: store/search.ts and
 * store/facets.ts as the CLI and the API call them, store/claimDetail.ts for the claim page, and `claims
 * serve` and `claims export` in child processes for the HTTP API and the export.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ClaimFilters } from '../../store/claimFilters.ts';
import type { Db } from '../../store/db.ts';
import { countFacets } from '../../store/facets.ts';
import { searchClaims } from '../../store/search.ts';
import { Random } from '../random.ts';
import type { ClaimsProcess } from './claimsProcess.ts';
import { startClaims, startServe } from './claimsProcess.ts';
import type { Latency } from './latency.ts';
import { summarize, timeRuns } from './latency.ts';
import type { TypicalQuery } from './typicalQueries.ts';

export interface QueryResult {
  name: string;
  filters: ClaimFilters;
  sort: string | null;
  secondPage: boolean;
  /** Claims on the page (at most 20) and the facets' bounded total. */
  results: number;
  total: number;
  capped: boolean;
  /** searchClaims alone (the CLI without --facets), and with countFacets beside it (the API, the web page). */
  search: Latency;
  withFacets: Latency;
  searchSamples: number[];
  withFacetsSamples: number[];
}

/** Times every query `runs` times (after one warm-up run), without and with facets. */
export async function measureQueries(db: Db, queries: readonly TypicalQuery[], runs: number, log: (line: string) => void): Promise<QueryResult[]> {
  const results: QueryResult[] = [];
  for (const q of queries) {
    const first = await searchClaims(db, q.filters, { sort: q.sort });
    const after = q.secondPage ? first.nextCursor : null;
    if (q.secondPage && !after) log(`  ${q.name}: no second page`);
    const search = () => searchClaims(db, q.filters, { sort: q.sort, after });
    const searchSamples = await timeRuns(search, runs);
    let facets = await countFacets(db, q.filters);
    const withFacetsSamples = await timeRuns(async () => {
      [, facets] = await Promise.all([search(), countFacets(db, q.filters)]);
    }, runs);
    const page = await search();
    const result: QueryResult = {
      name: q.name, filters: q.filters, sort: q.sort ?? null, secondPage: q.secondPage ?? false, results: page.results.length,
      total: facets.total, capped: facets.capped, search: summarize(searchSamples), withFacets: summarize(withFacetsSamples),
      searchSamples, withFacetsSamples,
    };
    log(`  ${q.name}: ${result.search.p50.toFixed(1)} / ${result.search.p95.toFixed(1)} ms, with facets ` +
      `${result.withFacets.p50.toFixed(1)} / ${result.withFacets.p95.toFixed(1)} ms (${result.total}${result.capped ? '+' : ''} matches)`);
    results.push(result);
  }
  return results;
}

/** Claim ids to open: most at random (by id), a fifth among the most widely carried (the longest pages). */
export async function pickClaimIds(db: Db, count: number, seed: number): Promise<string[]> {
  const random = new Random(seed ^ 0xc1a1);
  const ids: string[] = [];
  const top = await db.query<{ id: string }>('SELECT id FROM claims ORDER BY outlet_count DESC, article_count DESC, mention_count DESC, id DESC LIMIT $1',
    [Math.ceil(count / 5)]);
  ids.push(...top.map((r) => r.id));
  while (ids.length < count) {
    const from = `c_${Math.floor(random.next() * 2 ** 32).toString(16).padStart(8, '0')}`;
    const rows = await db.query<{ id: string }>('SELECT id FROM claims WHERE id > $1 ORDER BY id LIMIT 1', [from]);
    if (rows[0]) ids.push(rows[0].id);
  }
  return ids;
}

/** Each id opened once (after one warm-up of another claim): the claim page's latency over many claims. */
export async function measureEach(ids: readonly string[], fn: (id: string) => Promise<unknown>): Promise<number[]> {
  if (ids[0]) await fn(ids[0]);
  const samples: number[] = [];
  for (const id of ids) {
    const t0 = performance.now();
    await fn(id);
    samples.push(performance.now() - t0);
  }
  return samples;
}

export interface Baselines {
  /** `SELECT count(*) FROM claims`: a full pass over the table. */
  countAll: Latency;
  /** A claim's row by primary key: the least a claim page can cost. */
  primaryKey: Latency;
}

export async function measureBaselines(db: Db, ids: readonly string[]): Promise<Baselines> {
  return {
    countAll: summarize(await timeRuns(() => db.query('SELECT count(*) FROM claims'), 5)),
    primaryKey: summarize(await measureEach(ids, (id) => db.query('SELECT * FROM claims WHERE id = $1', [id]))),
  };
}

export interface ClaimPageResult {
  /** getClaimDetail in the bench's process. */
  store: Latency;
  /** GET /api/claims/ID from `claims serve`. */
  http: Latency;
}

export interface HttpSearchResult {
  name: string;
  path: string;
  latency: Latency;
}

/** The API of `claims serve`: a few searches (with facets, as it always computes them) and the claim page. */
export async function measureHttp(
  databaseUrl: string,
  queries: readonly TypicalQuery[],
  ids: readonly string[],
  runs: number,
): Promise<{ searches: HttpSearchResult[]; claimPage: Latency }> {
  const server = await startServe(databaseUrl);
  try {
    const get = async (pathAndQuery: string) => {
      const response = await fetch(`${server.url}${pathAndQuery}`);
      if (!response.ok) throw new Error(`GET ${pathAndQuery}: ${response.status} ${await response.text()}`);
      return response.json();
    };
    const searches: HttpSearchResult[] = [];
    for (const q of queries) {
      const params = new URLSearchParams();
      const f = q.filters;
      if (f.query) params.set('q', f.query);
      if (f.speaker) params.set('speaker', f.speaker);
      if (f.outlet) params.set('outlet', f.outlet);
      if (f.kind) params.set('kind', f.kind);
      if (f.since) params.set('since', f.since);
      if (f.until) params.set('until', f.until);
      if (f.minOutlets !== undefined) params.set('min_outlets', String(f.minOutlets));
      if (f.hasConflicts !== undefined) params.set('has_conflicts', f.hasConflicts ? '1' : '0');
      if (q.sort) params.set('sort', q.sort);
      const pathAndQuery = `/api/claims?${params.toString()}`;
      searches.push({ name: q.name, path: pathAndQuery, latency: summarize(await timeRuns(() => get(pathAndQuery), runs)) });
    }
    const claimPage = summarize(await measureEach(ids, (id) => get(`/api/claims/${encodeURIComponent(id)}`)));
    return { searches, claimPage };
  } finally {
    await server.stop();
  }
}

export interface ExportRun {
  seconds: number;
  bytes: number;
  /** The exporting process's peak resident memory (VmHWM), in bytes. */
  peakRss: number;
}

/** `claims export --format csv -o FILE [filters]` (every claim without filters), in a child process. */
export async function measureCliExport(databaseUrl: string, filters: readonly string[] = []): Promise<ExportRun> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'claimdesk-doors-'));
  const file = path.join(dir, 'claims.csv');
  try {
    const t0 = performance.now();
    const run: ClaimsProcess = startClaims(['export', '--format', 'csv', '-o', file, ...filters], databaseUrl);
    await run.exited;
    const seconds = (performance.now() - t0) / 1000;
    return { seconds, bytes: (await fs.stat(file)).size, peakRss: await run.peak() };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** GET /api/export?format=csv of every claim from a fresh `claims serve`, read as fast as it comes. */
export async function measureHttpExport(databaseUrl: string): Promise<ExportRun> {
  const server = await startServe(databaseUrl);
  try {
    const t0 = performance.now();
    const response = await fetch(`${server.url}/api/export?format=csv`);
    if (!response.ok || !response.body) throw new Error(`GET /api/export: ${response.status}`);
    let bytes = 0;
    for await (const chunk of response.body) bytes += (chunk as Uint8Array).byteLength;
    const seconds = (performance.now() - t0) / 1000;
    return { seconds, bytes, peakRss: await server.peak() };
  } finally {
    await server.stop();
  }
}

/** The server writing the claims table itself (`COPY claims TO '/dev/null'`): the floor of any export; null without the privilege. */
export async function measureCopyBaseline(db: Db): Promise<number | null> {
  const t0 = performance.now();
  try {
    await db.query(`COPY claims TO '/dev/null'`);
  } catch {
    return null;
  }
  return (performance.now() - t0) / 1000;
}
