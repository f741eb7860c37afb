/**
 * `npm run bench:e2e [-- --pages 1000 --workers 1,2 --hosts 40 --concurrency fetch=4,dedupe=1 --cpu-prof DIR --autovacuum]`: the end-to-end bench. Realistic pages served by a local
 * HTTP server on several loopback addresses (outlets), ingested from a feed through Redis and PostgreSQL by
 * 1 and 2 `claims worker` processes: pages per second end to end, time per stage, p95 latency from fetch to
 * committed claim, peak memory per worker, and the ratio to the extraction-only ceiling measured in this run.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Queue } from 'bullmq';
import pg from 'pg';
import { extractArticle } from '../../extract/extractArticle.ts';
import { extractMentions } from '../../extract/extractMentions.ts';
import { loadConfig } from '../../jobs/config.ts';
import { planInputs } from '../../jobs/planInputs.ts';
import { openRuntime } from '../../jobs/runtime.ts';
import { articleId } from '../../store/articles.ts';
import { emulateAutovacuum } from '../emulateAutovacuum.ts';
import type { Autovacuum } from '../emulateAutovacuum.ts';
import { feedOf, generatePages } from './generatePages.ts';
import type { Page } from './generatePages.ts';
import { readStatementTimes, startStatementLog } from './statementTimes.ts';
import type { StatementTime } from './statementTimes.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ADMIN_URL = process.env.CLAIMDESK_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.CLAIMDESK_BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);

/** One server per loopback address (127.0.0.1 … 127.0.0.N): many outlets, as a real crawl sees them. */
async function serve(pages: readonly Page[], hosts: number) {
  const servers: http.Server[] = [];
  const bases: string[] = [];
  for (let h = 1; h <= hosts; h++) {
    const server = http.createServer((req, res) => {
      const page = pages.find((p) => p.path === req.url);
      if (req.url === '/feed.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedOf('', []));
        return;
      }
      if (!page) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.html);
    });
    await new Promise<void>((resolve) => server.listen(0, `127.0.0.${h}`, resolve));
    servers.push(server);
    bases.push(`http://127.0.0.${h}:${(server.address() as AddressInfo).port}`);
  }
  // The feed lists each page on its outlet's address.
  const links = pages.map((p, i) => ({ ...p, path: `${bases[i % hosts]}${p.path}` }));
  const feed = feedOf('', links);
  const feedServer = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed));
  await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
  servers.push(feedServer);
  return {
    feedUrl: `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/feed.xml`,
    urls: links.map((l) => l.path),
    close: () => Promise.all(servers.map((s) => new Promise((resolve) => (s.closeAllConnections(), s.close(resolve))))),
  };
}

/** Pages per second of extraction alone (HTML to mentions), in this process: the ceiling. */
function extractionCeiling(pages: readonly Page[]): number {
  const started = performance.now();
  for (const page of pages) extractMentions(extractArticle(page.html, `https://bench.example${page.path}`).text);
  return pages.length / ((performance.now() - started) / 1000);
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/** Sums a metric's samples over the workers' expositions, per label value of `label`. */
function sumBy(texts: readonly string[], metric: string, label: string): Map<string, number> {
  const sums = new Map<string, number>();
  for (const text of texts) {
    for (const line of text.split('\n')) {
      if (!line.startsWith(`${metric}{`)) continue;
      const key = new RegExp(`${label}="([^"]*)"`).exec(line)?.[1] ?? '';
      sums.set(key, (sums.get(key) ?? 0) + Number(line.slice(line.lastIndexOf(' ') + 1)));
    }
  }
  return sums;
}

/** CPU seconds of the workers (their metrics), summed. */
const workerCpuSeconds = (texts: readonly string[]) =>
  texts.reduce((n, text) => n + Number(/^claimdesk_process_cpu_seconds_total (\S+)/m.exec(text)?.[1] ?? 0), 0);

/** CPU seconds (user + system) of a process of this machine, from /proc; null when it is gone. */
async function processCpuSeconds(pid: number): Promise<number | null> {
  try {
    const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** Clock ticks per second of /proc's CPU times (Linux's USER_HZ). */
const CLOCK_TICKS = 100;

/** Where one stage's time went, from its completed jobs' timestamps. */
interface StageTimes {
  jobs: number;
  /** Mean time a job waited in its queue (created to started), and ran (started to finished), in ms. */
  waitMs: number;
  runMs: number;
  /** From the first job's start to the last job's end, in seconds. */
  spanSeconds: number;
}

async function stageTimes(queue: Queue): Promise<StageTimes> {
  const jobs = (await queue.getCompleted(0, -1)).filter((j) => j.processedOn && j.finishedOn);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  const starts = jobs.map((j) => j.processedOn!);
  const ends = jobs.map((j) => j.finishedOn!);
  return {
    jobs: jobs.length,
    waitMs: mean(jobs.map((j) => j.processedOn! - j.timestamp)),
    runMs: mean(jobs.map((j) => j.finishedOn! - j.processedOn!)),
    spanSeconds: jobs.length === 0 ? 0 : (Math.max(...ends) - Math.min(...starts)) / 1000,
  };
}

interface RunResult {
  workers: number;
  /** CPU milliseconds per page: the worker processes, and the database server's backends. */
  workerCpuMsPerPage: number;
  databaseCpuMsPerPage: number;
  stages: Map<string, StageTimes>;
  seconds: number;
  pagesPerSecond: number;
  stageSeconds: Map<string, number>;
  /** Seconds summed over jobs per step inside a job (`queue/step`, see jobs/stepTimer.ts). */
  stepSeconds: Map<string, number>;
  /** How many times each step was timed (a merge batch's steps once a batch, a job's once a job). */
  stepCounts: Map<string, number>;
  /** Statements sent to PostgreSQL (round trips) per stage, summed over the workers. */
  statements: Map<string, number>;
  p50LatencyMs: number;
  p95LatencyMs: number;
  peakWorkerRssMb: number;
  articles: number;
  claims: number;
  /** Each claim as its kind, its first words and the ids of its mentions (deterministic): runs compare by these. */
  partition: Map<string, string>;
  /** Each story as the ids of its articles: figures join within a story, so runs compare these too. */
  stories: Set<string>;
  /** PostgreSQL's time per kind of statement, from its log (--statement-log), the costliest first. */
  statementTimes?: StatementTime[];
}

async function runWith(
  workers: number,
  served: Awaited<ReturnType<typeof serve>>,
  pageCount: number,
  profileDir: string | undefined,
  concurrency: string | undefined,
  statementLog: string | undefined,
  vacuum = false,
): Promise<RunResult> {
  const name = `claimdesk_bench_e2e_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  // Every statement of the run logged with the server's time for it (before any connection to the database).
  const logMark = statementLog ? await startStatementLog(admin, name, statementLog) : null;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const env = {
    ...process.env,
    DATABASE_URL: url.toString(),
    REDIS_URL,
    CLAIMS_QUEUE_PREFIX: `bench-${randomUUID()}`,
    CLAIMS_ALLOW_PRIVATE_NETWORKS: '1',
    LOG_LEVEL: 'error',
  };
  const runtime = await openRuntime(loadConfig(env));
  const children: ChildProcess[] = [];
  const ports = Array.from({ length: workers }, (_, i) => 19_460 + i);
  const peaks = new Map<number, number>();
  // With --autovacuum, a connection of its own to the bench database runs VACUUM (ANALYZE) as autovacuum would
  // (bench/emulateAutovacuum.ts), when the server's is off; its backend's CPU counts with the workers' backends.
  const vacuumClient = vacuum ? new pg.Client({ connectionString: url.toString() }) : null;
  let autovacuum: Autovacuum | null = null;
  const scrape = async () =>
    Promise.all(ports.map((port) => fetch(`http://127.0.0.1:${port}/metrics`).then((r) => r.text()).catch(() => '')));
  try {
    for (const port of ports) {
      // --cpu-prof writes a .cpuprofile per worker when it exits (open it in Chrome's DevTools).
      const profile = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
      const args = [...profile, path.join(ROOT, 'bin/claims.js'), 'worker', '--metrics-port', String(port)];
      if (concurrency) args.push('--concurrency', concurrency);
      children.push(spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] }));
    }
    for (let tries = 0; (await scrape()).some((t) => t === '') && tries < 100; tries++) await new Promise((r) => setTimeout(r, 200));
    // The server's backends for this database, sampled as they come and go: their CPU time is the
    // database's share of the work (the server runs on this machine).
    const backends = new Map<number, { first: number; last: number }>();
    const sampleBackends = async () => {
      const rows = await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [name]);
      for (const { pid } of rows.rows) {
        const cpu = await processCpuSeconds(pid);
        if (cpu === null) continue;
        const seen = backends.get(pid);
        backends.set(pid, { first: seen?.first ?? cpu, last: cpu });
      }
    };
    if (vacuumClient) {
      await vacuumClient.connect();
      autovacuum = await emulateAutovacuum({ query: async (sql, params) => (await vacuumClient.query(sql, params as unknown[])).rows });
    }
    await sampleBackends();
    const cpuBefore = workerCpuSeconds(await scrape());
    const sampler = setInterval(() => {
      void sampleBackends().catch(() => undefined);
      void scrape().then((texts) =>
        texts.forEach((text, i) => {
          const rss = Number(/^claimdesk_process_resident_memory_bytes (\d+)/m.exec(text)?.[1] ?? 0);
          peaks.set(i, Math.max(peaks.get(i) ?? 0, rss));
        }),
      );
    }, 500);
    const plan = await planInputs([served.feedUrl], { maxBytes: 15 * 1024 * 1024, runId: randomUUID() });
    const started = performance.now();
    const report = await runtime.run(plan.jobs, {
      wait: true,
      onProgress: (done, total) => {
        if (done % 200 === 0) log(`  ${workers} worker(s): ${done}/${total} jobs`);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    if (autovacuum) {
      // The pass under way finishes before the last sample, so that its CPU counts.
      await autovacuum.stop();
      log(`  VACUUM (ANALYZE) standing in for autovacuum: ${autovacuum.runs()} passes, ${autovacuum.seconds().toFixed(1)} s`);
    }
    if (report && report.failures.length > 0) log(`  ${report.failures.length} failures, first: ${report.failures[0]?.error}`);
    const texts = await scrape();
    await sampleBackends();
    const workerCpu = workerCpuSeconds(texts) - cpuBefore;
    const databaseCpu = [...backends.values()].reduce((n, b) => n + b.last - b.first, 0);
    const stageSeconds = sumBy(texts, 'claimdesk_job_duration_seconds_sum', 'queue');
    const stepSeconds = sumBy(texts, 'claimdesk_job_step_seconds_sum', 'step');
    const stepCounts = sumBy(texts, 'claimdesk_job_step_seconds_count', 'step');
    const statements = sumBy(texts, 'claimdesk_db_statements_total', 'queue');
    // Latency: from the start of an article's fetch job to the end of its dedupe job, or of the fetch job itself when
    // it carried the article to the merge (jobs/carryArticle.ts: no dedupe job).
    const queues = runtime.queues!;
    const fetched = new Map<string, { start: number; end: number }>();
    for (const job of await queues.queues.fetch.getCompleted(0, -1)) {
      const data = job.data as { url: string };
      if (job.processedOn && job.finishedOn) fetched.set(articleId(data.url), { start: job.processedOn, end: job.finishedOn });
    }
    const merged = new Map<string, number>();
    for (const job of await queues.queues.dedupe.getCompleted(0, -1)) {
      if (job.finishedOn) merged.set((job.data as { articleId: string }).articleId, job.finishedOn);
    }
    const feedArticle = articleId(served.feedUrl);
    const latencies = [...fetched].flatMap(([id, { start, end }]) => (id === feedArticle ? [] : [(merged.get(id) ?? end) - start]));
    const stages = new Map<string, StageTimes>();
    for (const [stage, queue] of Object.entries(queues.queues)) stages.set(stage, await stageTimes(queue));
    const counts = await runtime.db.query<{ articles: number; claims: number }>(
      'SELECT (SELECT count(*)::integer FROM articles) AS articles, (SELECT count(*)::integer FROM claims) AS claims',
    );
    // Mentions and articles named by their page's path, not their ids: the pages' ports, so their ids, differ from
    // one invocation of the bench to the next, and --compare-claims compares with another invocation's.
    const grouped = await runtime.db.query<{ kind: string; text: string; ids: string }>(
      `SELECT c.kind, left(c.text, 60) AS text,
              string_agg(m.place, ',' ORDER BY m.place COLLATE "C") AS ids
       FROM claims c
       JOIN (SELECT m.claim_id, regexp_replace(a.url, '^[a-z]+://[^/]+', '') || '#' || m.kind || '@' || m.start_offset || '-' || m.end_offset AS place
             FROM mentions m JOIN articles a ON a.id = m.article_id) m ON m.claim_id = c.id
       GROUP BY c.id`,
    );
    const stories = await runtime.db.query<{ ids: string }>(
      `SELECT string_agg(regexp_replace(url, '^[a-z]+://[^/]+', ''), ',' ORDER BY regexp_replace(url, '^[a-z]+://[^/]+', '') COLLATE "C") AS ids
       FROM articles a LEFT JOIN article_stories s ON s.article_id = a.id GROUP BY s.story_id`,
    );
    await Promise.all(Object.values(queues.queues).map((q) => q.obliterate({ force: true })));
    const statementTimes = logMark ? await readStatementTimes(logMark, name) : undefined;
    return {
      ...(statementTimes ? { statementTimes } : {}),
      stories: new Set(stories.map((s) => s.ids)),
      partition: new Map(grouped.map((g) => [`${g.kind}:${g.ids}`, `${g.kind} "${g.text}"`])),
      workers,
      workerCpuMsPerPage: (workerCpu * 1000) / pageCount,
      databaseCpuMsPerPage: (databaseCpu * 1000) / pageCount,
      stages,
      seconds,
      pagesPerSecond: pageCount / seconds,
      stageSeconds,
      stepSeconds,
      stepCounts,
      statements,
      p50LatencyMs: percentile(latencies, 50),
      p95LatencyMs: percentile(latencies, 95),
      peakWorkerRssMb: Math.max(...peaks.values(), 0) / 1024 / 1024,
      articles: counts[0]?.articles ?? 0,
      claims: counts[0]?.claims ?? 0,
    };
  } finally {
    await autovacuum?.stop();
    await vacuumClient?.end().catch(() => undefined);
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((resolve) => (c.exitCode !== null ? resolve(null) : c.once('exit', resolve)))));
    await runtime.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/** What a saved run holds: enough to compare claims and stories with a later run (see --save-claims). */
interface SavedClaims {
  workers: number;
  claims: number;
  partition: Array<[string, string]>;
  stories: string[];
}

async function saveClaims(file: string, run: RunResult): Promise<void> {
  const saved: SavedClaims = { workers: run.workers, claims: run.claims, partition: [...run.partition], stories: [...run.stories] };
  await fs.writeFile(file, JSON.stringify(saved));
}

/** A saved run as a result to compare (its workers count negated: it names the saved run in the printout). */
async function readClaims(file: string): Promise<RunResult> {
  const saved = JSON.parse(await fs.readFile(file, 'utf8')) as SavedClaims;
  const none = new Map<string, number>();
  return {
    workers: -saved.workers,
    claims: saved.claims,
    partition: new Map(saved.partition),
    stories: new Set(saved.stories),
    workerCpuMsPerPage: 0,
    databaseCpuMsPerPage: 0,
    stages: new Map(),
    seconds: 0,
    pagesPerSecond: 0,
    stageSeconds: none,
    stepSeconds: none,
    stepCounts: none,
    statements: none,
    p50LatencyMs: 0,
    p95LatencyMs: 0,
    peakWorkerRssMb: 0,
    articles: 0,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string', default: '1000' },
      workers: { type: 'string', default: '1,2' },
      // One address per outlet of the generated pages: the fetcher's politeness limits are per host and per
      // process (2 requests in flight, 250 ms apart), so 16 hosts would cap one worker at 64 pages/s.
      hosts: { type: 'string', default: '40' },
      'cpu-prof': { type: 'string' },
      // Each worker's `--concurrency` (jobs at a time per queue); the worker's default when absent.
      concurrency: { type: 'string' },
      // The first run's claims and stories written to a file, or compared with those of a file written so by
      // another version of the code: its claims must not change (quotes and statements; figures follow timing).
      'save-claims': { type: 'string' },
      'compare-claims': { type: 'string' },
      // PostgreSQL's time per kind of statement, read from the server's log file named here (the bench database
      // logs every statement; see statementTimes.ts): which statements the database's time goes to.
      'statement-log': { type: 'string' },
      // VACUUM (ANALYZE) every 30 s while the workers run, as autovacuum does, when the server's autovacuum is off
      // (bench/emulateAutovacuum.ts): without it every statement plans for empty tables and reads every dead row.
      autovacuum: { type: 'boolean', default: false },
    },
  });
  const count = Number(values.pages);
  const pages = generatePages(count);
  const megabytes = pages.reduce((n, p) => n + p.html.length, 0) / 1024 / 1024;
  log(`${count} pages, ${megabytes.toFixed(0)} MB of HTML (mean ${((megabytes * 1024) / count).toFixed(0)} KB)`);
  const ceiling = extractionCeiling(pages);
  log(`extraction-only ceiling: ${ceiling.toFixed(1)} pages/s (one process)`);
  const served = await serve(pages, Number(values.hosts));
  const results: RunResult[] = [];
  try {
    for (const workers of values.workers.split(',').map(Number)) {
      log(`ingesting through Redis and PostgreSQL with ${workers} worker process(es)`);
      results.push(await runWith(workers, served, count, values['cpu-prof'], values.concurrency, values['statement-log'], values.autovacuum));
    }
  } finally {
    await served.close();
  }
  const rows = [
    ['workers', 'pages/s', 'x ceiling', 'wall s', 'fetch s', 'extract s', 'dedupe s', 'p50 ms', 'p95 ms', 'worker CPU ms/page', 'PG CPU ms/page', 'peak RSS/worker MB', 'articles', 'claims'],
    ...results.map((r) => [
      String(r.workers),
      r.pagesPerSecond.toFixed(1),
      (r.pagesPerSecond / ceiling).toFixed(2),
      r.seconds.toFixed(1),
      (r.stageSeconds.get('fetch') ?? 0).toFixed(1),
      (r.stageSeconds.get('extract') ?? 0).toFixed(1),
      (r.stageSeconds.get('dedupe') ?? 0).toFixed(1),
      r.p50LatencyMs.toFixed(0),
      r.p95LatencyMs.toFixed(0),
      r.workerCpuMsPerPage.toFixed(1),
      r.databaseCpuMsPerPage.toFixed(1),
      r.peakWorkerRssMb.toFixed(0),
      String(r.articles),
      String(r.claims),
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  console.log(`\nend to end: ${count} pages (${megabytes.toFixed(0)} MB), extraction-only ceiling ${ceiling.toFixed(1)} pages/s in one process`);
  for (const row of rows) console.log(row.map((cell, c) => cell.padStart(widths[c]!)).join('  '));
  console.log('stage seconds are summed over jobs (busy time), not wall time; the target is 100 pages/s on 2 cores.');
  // The claims must not depend on how many workers made them: each run's claims (as sets of mentions) against the first's.
  const [first, ...others] = results;
  if (first && values['save-claims']) await saveClaims(values['save-claims'], first);
  const saved = values['compare-claims'] ? await readClaims(values['compare-claims']) : null;
  for (const r of first ? (saved ? [saved, ...others] : others) : []) {
    const name = r.workers < 0 ? `the saved run's (${-r.workers} worker(s))` : `${r.workers} worker(s)`;
    const only = (a: RunResult, b: RunResult) => [...a.partition].filter(([key]) => !b.partition.has(key));
    const [mine, theirs] = [only(r, first!), only(first!, r)];
    const byKind = (list: Array<[string, string]>) => {
      const kinds = new Map<string, number>();
      for (const [key] of list) kinds.set(key.split(':')[0]!, (kinds.get(key.split(':')[0]!) ?? 0) + 1);
      return [...kinds].map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
    };
    console.log(
      `claims of ${name} against ${first!.workers}: ${mine.length === 0 && theirs.length === 0 ? 'the same' : `${theirs.length} of ${first!.claims} not made the same way (${byKind(theirs)}), ${mine.length} made instead`}`,
    );
    const storiesApart = [...first!.stories].filter((ids) => !r.stories.has(ids)).length;
    console.log(`  stories: ${storiesApart} of ${first!.stories.size} not made of the same articles`);
    for (const [, label] of theirs.slice(0, 5)) console.log(`  only with ${first!.workers}: ${label}`);
    for (const [, label] of mine.slice(0, 5)) console.log(`  only with ${name}: ${label}`);
  }
  console.log('\nper stage: jobs, mean wait in the queue and run time per job (ms), span from first start to last end (s)');
  for (const r of results) {
    const cells = [...r.stages].map(([stage, t]) => `${stage} ${t.jobs} jobs, wait ${t.waitMs.toFixed(0)}, run ${t.runMs.toFixed(0)}, span ${t.spanSeconds.toFixed(1)}`);
    // Queue hops: the jobs taken from a queue, the feed's fetch left out (a carried stage is no hop).
    const hops = ([...r.stages.values()].reduce((n, t) => n + t.jobs, 0) - 1) / count;
    console.log(`${r.workers} worker(s): ${cells.join('; ')}; ${hops.toFixed(2)} queue hops/page`);
  }
  console.log('\nper page: statements sent to PostgreSQL by stage; ms of each dedupe step (summed over jobs, lock waits included)');
  for (const r of results) {
    const perPage = (n: number) => (n / count).toFixed(1);
    const statements = [...r.statements].map(([stage, n]) => `${stage} ${perPage(n)}`).join(', ');
    const steps = [...r.stepSeconds].map(([step, s]) => `${step} ${perPage(s * 1000)}`).join(', ');
    console.log(`${r.workers} worker(s): statements ${statements || 'not counted'}; steps ${steps || 'not timed'}`);
    const counts = [...r.stepCounts].map(([step, n]) => `${step} ${n}`).join(', ');
    console.log(`  times each step was timed in the run: ${counts || 'none'}`);
  }
  for (const r of results) {
    if (!r.statementTimes) continue;
    const total = r.statementTimes.reduce((n, t) => n + t.ms, 0);
    const calls = r.statementTimes.reduce((n, t) => n + t.calls, 0);
    console.log(
      `\n${r.workers} worker(s): PostgreSQL's time per statement (its log), ${(total / count).toFixed(1)} ms and ${(calls / count).toFixed(1)} statements a page in all`,
    );
    console.log('ms/page  calls/page  mean ms  max ms  statement');
    for (const t of r.statementTimes.slice(0, 30)) {
      const cells = [(t.ms / count).toFixed(2).padStart(7), (t.calls / count).toFixed(2).padStart(10), (t.ms / Math.max(1, t.calls)).toFixed(2).padStart(7), t.maxMs.toFixed(0).padStart(6)];
      console.log(`${cells.join('  ')}  ${t.statement}`);
    }
  }
}

await main();
