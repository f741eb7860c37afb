/**
 * `npm run bench:doors [-- --claims 1M] [--seed N] [--runs 10] [--keep] [--no-export]`: the journalist's doors
 * on N canonical claims in PostgreSQL (CLAIMDESK_BENCH_DATABASE_URL, an admin connection allowed to create
 * databases): search latency per typical query, the claim page, and the CSV export of every claim (seconds,
 * peak RSS of the exporting process), each beside a baseline. Prints a table to stdout, progress to stderr,
 * and writes bench/results/doors.json. `--keep` keeps the filled database and measures it again next time.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getClaimDetail } from '../../store/claimDetail.ts';
import { openPostgresDb } from '../../store/postgresDb.ts';
import { prepareDoorsDatabase } from './doorsDatabase.ts';
import type { Latency } from './latency.ts';
import { summarize } from './latency.ts';
import type { Baselines, ClaimPageResult, ExportRun, HttpSearchResult, QueryResult } from './measureDoors.ts';
import {
  measureBaselines, measureCliExport, measureCopyBaseline, measureEach, measureHttp, measureHttpExport, measureQueries, pickClaimIds,
} from './measureDoors.ts';
import { printDoorsTable } from './printDoorsTable.ts';
import { typicalQueries } from './typicalQueries.ts';

export interface DoorsBenchOptions {
  /** Canonical claims to fill (default 1,000,000). */
  claims?: number;
  seed?: number;
  /** Measured runs per query (after one warm-up). */
  runs?: number;
  /** Keep the database afterwards, and measure a kept one of the same size and seed again without filling. */
  keep?: boolean;
  /** Measure the exports (default true; they take minutes at 1M). */
  exports?: boolean;
  log?: (line: string) => void;
}

export interface DoorsReport {
  date: string;
  claims: number;
  mentions: number;
  articles: number;
  speakers: number;
  seed: number;
  runs: number;
  reused: boolean;
  fillSeconds: number;
  databaseBytes: number;
  queries: QueryResult[];
  /** Every measured run of every query together. */
  overall: { search: Latency; withFacets: Latency };
  claimPage: ClaimPageResult;
  http: HttpSearchResult[];
  baselines: Baselines;
  /** `speaker`: the export of one much-quoted speaker's claims (a filtered export reads only its matches). */
  export: { cli: ExportRun; http: ExportRun; speaker?: ExportRun; copyBaselineSeconds: number | null } | null;
}

const stamp = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);

/** Fills (or reuses) the database, measures the doors, and drops the database unless kept. */
export async function runDoorsBench(options: DoorsBenchOptions = {}): Promise<DoorsReport> {
  const claims = options.claims ?? 1_000_000;
  const seed = options.seed ?? 20241;
  const runs = options.runs ?? 10;
  const log = options.log ?? stamp;
  const database = await prepareDoorsDatabase({ claims, seed, reuse: options.keep ?? false, log });
  try {
    const db = await openPostgresDb(database.url, { max: 4 });
    let report: Omit<DoorsReport, 'export'>;
    try {
      const queries = typicalQueries(database.corpus);
      log(`searches (${runs} runs each; p50 / p95)`);
      const measured = await measureQueries(db, queries, runs, log);
      log('claim pages');
      const ids = await pickClaimIds(db, 100, seed);
      const baselines = await measureBaselines(db, ids);
      const store = summarize(await measureEach(ids, (id) => getClaimDetail(db, id)));
      log('HTTP API (claims serve)');
      const httpQueries = queries.filter((q) => !q.secondPage).filter((_, i) => i % 3 === 1);
      const http = await measureHttp(database.url, httpQueries, ids.slice(0, 50), runs);
      report = {
        date: new Date().toISOString(), claims, mentions: database.corpus.mentions, articles: database.corpus.articles,
        speakers: database.corpus.speakers, seed, runs, reused: database.reused, fillSeconds: database.fillSeconds,
        databaseBytes: database.bytes, queries: measured,
        overall: { search: summarize(measured.flatMap((q) => q.searchSamples)), withFacets: summarize(measured.flatMap((q) => q.withFacetsSamples)) },
        claimPage: { store, http: http.claimPage }, http: http.searches, baselines,
      };
      if (options.exports === false) return { ...report, export: null };
      log('export: COPY baseline');
      const copyBaselineSeconds = await measureCopyBaseline(db);
      log('export: claims export --format csv --speaker "Dmitry Peskov"');
      const speaker = await measureCliExport(database.url, ['--speaker', 'Dmitry Peskov']);
      log(`  ${speaker.seconds.toFixed(1)} s, peak ${Math.round(speaker.peakRss / 2 ** 20)} MiB`);
      log('export: claims export --format csv');
      const cli = await measureCliExport(database.url);
      log(`  ${cli.seconds.toFixed(1)} s, peak ${Math.round(cli.peakRss / 2 ** 20)} MiB`);
      log('export: GET /api/export?format=csv');
      const httpExport = await measureHttpExport(database.url);
      log(`  ${httpExport.seconds.toFixed(1)} s, peak ${Math.round(httpExport.peakRss / 2 ** 20)} MiB`);
      return { ...report, export: { cli, http: httpExport, speaker, copyBaselineSeconds } };
    } finally {
      await db.close();
    }
  } finally {
    if (!options.keep) await database.drop();
  }
}

/** "10k" -> 10000, "1M" -> 1000000. */
function parseCount(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!match) throw new RangeError(`bad count "${text}": use a number such as 5000, 100k or 1M`);
  const scale = { '': 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[match[2] as '' | 'k' | 'K' | 'm' | 'M'];
  return Math.round(Number(match[1]) * scale);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      claims: { type: 'string', default: '1M' },
      seed: { type: 'string', default: '20241' },
      runs: { type: 'string', default: '10' },
      keep: { type: 'boolean', default: false },
      'no-export': { type: 'boolean', default: false },
    },
  });
  const report = await runDoorsBench({
    claims: parseCount(values.claims), seed: Number(values.seed), runs: Number(values.runs), keep: values.keep,
    exports: !values['no-export'],
  });
  process.stdout.write(printDoorsTable(report));
  const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'results', 'doors.json');
  await fs.mkdir(path.dirname(out), { recursive: true });
  const { queries, ...rest } = report;
  // The samples stay out of the file: the percentiles are what is compared between runs.
  const slim = { ...rest, queries: queries.map(({ searchSamples: _s, withFacetsSamples: _w, ...q }) => q) };
  await fs.writeFile(out, `${JSON.stringify(slim, null, 2)}\n`);
  stamp(`wrote ${path.relative(process.cwd(), out)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench:doors failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
