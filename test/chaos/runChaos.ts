// npm run chaos [-- --ci] [--articles N] [--kills N] [--seed N]: 3 workers process a corpus served over HTTP
// while workers are SIGKILLed and the test's own Redis and PostgreSQL restart; then nothing may be lost or
// duplicated; quotes and statements must equal those of a clean run (one worker, no faults), and so must every
// claim once both databases are reclustered in one order.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { checkInvariants, invariantFailures } from './checkInvariants.ts';
import type { InvariantReport } from './checkInvariants.ts';
import { claimsCli } from './claimsCli.ts';
import { compareExports } from './compareExports.ts';
import type { ExportDiff } from './compareExports.ts';
import { generateCorpus } from './generateCorpus.ts';
import { formatRecoveries, formatTable, spread } from './printSummary.ts';
import { startPostgres, startRedis } from './privateServers.ts';
import { processCorpus } from './processCorpus.ts';
import type { RunOutcome, RunSetup } from './processCorpus.ts';
import { listenForCorpus } from './serveCorpus.ts';

const REPO_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

interface ChaosOptions {
  mode: 'full' | 'ci';
  articles: number;
  kills: number;
  seed: number;
  timeoutMs: number;
}

/** Reads the flags; CHAOS_ARTICLES overrides the corpus size of either mode. */
function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): ChaosOptions {
  const ci = argv.includes('--ci');
  const flag = (name: string) => {
    const i = argv.indexOf(name);
    if (i < 0) return undefined;
    const value = Number(argv[i + 1]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a positive integer`);
    return value;
  };
  const articles = flag('--articles') ?? (env.CHAOS_ARTICLES ? Number(env.CHAOS_ARTICLES) : ci ? 100 : 1000);
  if (!Number.isInteger(articles) || articles < 10) throw new Error('CHAOS_ARTICLES / --articles: at least 10');
  return {
    mode: ci ? 'ci' : 'full',
    articles,
    kills: flag('--kills') ?? (ci ? 6 : 22),
    seed: flag('--seed') ?? 20260105,
    timeoutMs: ci ? 240_000 : 20 * 60_000,
  };
}

const log = (line: string) => process.stdout.write(`${line}\n`);

async function exportJsonl(run: RunOutcome, file: string): Promise<string> {
  const result = await run.cli.run(['export', '--format', 'jsonl', '-o', file], 120_000);
  if (result.code !== 0) throw new Error(`claims export failed: ${result.stderr.trim()}`);
  return fs.readFile(file, 'utf8');
}

/** `claims recluster --wait` on a run's database, in-process (no REDIS_URL): every article merged again in id order. */
async function reclusterInProcess(run: RunOutcome): Promise<void> {
  const { REDIS_URL: _queues, ...env } = run.cli.env;
  const result = await claimsCli(REPO_ROOT, env).run(['recluster', '--wait'], 300_000);
  if (result.code !== 0) throw new Error(`claims recluster failed: ${result.stderr.trim()}`);
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2), process.env);
  const startedAt = Date.now();
  const deadline = startedAt + options.timeoutMs;
  const cleanups: Array<() => Promise<unknown>> = [];
  let cleaned: Promise<void> | null = null;
  const cleanup = () =>
    (cleaned ??= (async () => {
      for (const fn of cleanups.reverse()) await fn().catch((error: Error) => log(`cleanup: ${error.message}`));
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void cleanup().then(() => process.exit(130)));
  }
  const watchdog = setTimeout(() => {
    log(`chaos: no end after ${options.timeoutMs / 1000 + 60} s; cleaning up`);
    void cleanup().then(() => process.exit(1));
  }, options.timeoutMs + 60_000);

  try {
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'claimdesk-chaos-'));
    // CHAOS_KEEP=1 keeps the logs and data of a run to look into.
    cleanups.push(async () => (process.env.CHAOS_KEEP === '1' ? log(`kept ${tmp}`) : fs.rm(tmp, { recursive: true, force: true })));
    await fs.chmod(tmp, 0o755);
    const logDir = path.join(tmp, 'logs');
    await fs.mkdir(logDir);
    await fs.mkdir(path.join(tmp, 'redis'));
    log(`chaos (${options.mode}): ${options.articles} articles, ${options.kills} kills, seed ${options.seed}; temp ${tmp}`);

    const postgres = await startPostgres(path.join(tmp, 'postgres'));
    cleanups.push(() => postgres.stop());
    const redis = await startRedis(path.join(tmp, 'redis'));
    cleanups.push(() => redis.stop());
    const server = await listenForCorpus();
    cleanups.push(() => server.close());
    const corpus = generateCorpus({ seed: options.seed, articles: options.articles, baseUrl: server.baseUrl });
    server.serve(corpus);
    log(`servers: postgres :${postgres.port}, redis :${redis.port} (AOF), corpus ${server.baseUrl} (${corpus.feeds.length} feeds)`);

    const env: NodeJS.ProcessEnv = { ...process.env, REDIS_URL: redis.url, CLAIMS_ALLOW_PRIVATE_NETWORKS: '1', LOG_LEVEL: 'warn' };
    const common: Omit<RunSetup, 'label' | 'databaseUrl' | 'workers' | 'faults' | 'ingestSpreadMs'> = {
      repoRoot: REPO_ROOT, corpus, redis, postgres, env, logDir, deadline, log,
      onCleanup: (fn) => cleanups.push(fn),
    };

    log('clean run: 1 worker, no faults');
    const clean = await processCorpus({ ...common, label: 'clean', databaseUrl: await postgres.createDatabase('claimdesk_clean'), workers: 1, faults: null, ingestSpreadMs: 0 });
    log(`  drained in ${(clean.durationMs / 1000).toFixed(1)} s`);

    const everyMs = [2000, 4000] as const;
    const spreadMs = options.kills * 3000 * 0.6;
    log(`chaos run: 3 workers, a SIGKILL every ${everyMs[0] / 1000}-${everyMs[1] / 1000} s, Redis and PostgreSQL restarted once`);
    const chaos = await processCorpus({
      ...common, label: 'chaos', databaseUrl: await postgres.createDatabase('claimdesk_chaos'), workers: 3,
      faults: { kills: options.kills, everyMs, seed: options.seed }, ingestSpreadMs: spreadMs,
    });
    log(`  drained in ${(chaos.durationMs / 1000).toFixed(1)} s`);

    for (const run of [clean, chaos].filter((x) => x.failedJobs > 0)) {
      const failed = await run.cli.run(['jobs', 'failed', '--limit', '20']);
      log(`failed jobs:\n${failed.stdout}${failed.stderr}`);
    }
    const urls = corpus.articles.map((a) => a.url);
    const [cleanCheck, chaosCheck] = [await checkInvariants(postgres.urlOf('claimdesk_clean'), urls), await checkInvariants(postgres.urlOf('claimdesk_chaos'), urls)];
    // Quotes and statements merge the same in any order, so they must equal the clean run's as merged online. A
    // figure joins by the story its article is in when it merges (README, stories), and two arrival orders may
    // place a few articles of near-tie stories apart for a while: figures are compared once both databases are
    // rebuilt in one order by `claims recluster` (in-process), which also shows the stored mentions are the same.
    const [chaosOnline, cleanOnline] = [await exportJsonl(chaos, path.join(tmp, 'chaos.jsonl')), await exportJsonl(clean, path.join(tmp, 'clean.jsonl'))];
    const diff = compareExports(chaosOnline, cleanOnline, (claim) => claim.kind !== 'number');
    const figuresOnline = compareExports(chaosOnline, cleanOnline, (claim) => claim.kind === 'number');
    log(`figure claims as merged online: ${figuresOnline.equal ? 'equal' : `${figuresOnline.onlyActual.length + figuresOnline.onlyExpected.length + figuresOnline.changed.length} differ`} (of ${figuresOnline.expectedClaims})`);
    for (const run of [clean, chaos]) await reclusterInProcess(run);
    const rebuilt = compareExports(
      await exportJsonl(chaos, path.join(tmp, 'chaos-reclustered.jsonl')),
      await exportJsonl(clean, path.join(tmp, 'clean-reclustered.jsonl')),
    );
    return report(options, { clean, chaos, cleanCheck, chaosCheck, diff, rebuilt, startedAt });
  } finally {
    clearTimeout(watchdog);
    await cleanup();
  }
}

const differences = (d: ExportDiff) =>
  `${d.onlyActual.length} claim(s) only in chaos, ${d.onlyExpected.length} only in clean, ${d.changed.length} changed`;

function report(
  options: ChaosOptions,
  r: { clean: RunOutcome; chaos: RunOutcome; cleanCheck: InvariantReport; chaosCheck: InvariantReport; diff: ExportDiff; rebuilt: ExportDiff; startedAt: number },
): number {
  const { clean, chaos, cleanCheck, chaosCheck, diff, rebuilt } = r;
  log('');
  log('faults and recovery (times from the fault):');
  formatRecoveries(chaos.recoveries, chaos.startedAt).forEach((line) => log(`  ${line}`));
  const kills = chaos.recoveries.filter((x) => x.fault.kind === 'kill');
  const restarts = chaos.recoveries.filter((x) => x.fault.kind !== 'kill');
  const failures = [
    ...invariantFailures(chaosCheck).map((f) => `chaos run: ${f}`),
    ...invariantFailures(cleanCheck).map((f) => `clean run: ${f}`),
    ...(diff.equal ? [] : [`quotes and statements differ from the clean run: ${differences(diff)}`]),
    ...(rebuilt.equal ? [] : [`after recluster, the export differs from the clean run's: ${differences(rebuilt)}`]),
    ...(chaos.failedJobs > 0 ? [`chaos run: ${chaos.failedJobs} failed job(s)`] : []),
    ...(clean.failedJobs > 0 ? [`clean run: ${clean.failedJobs} failed job(s)`] : []),
    ...(kills.length < options.kills ? [`only ${kills.length} kill(s)`] : []),
    ...(kills.some((k) => k.fault.pending === 0) ? [`${kills.filter((k) => k.fault.pending === 0).length} kill(s) hit an idle system`] : []),
  ];
  const crashes = chaos.workerRuns.filter((w) => w.end === 'crashed');
  log('');
  log('summary:');
  const row = (name: string, c: string, x: string) => [name, c, x];
  formatTable(['', 'clean run', 'chaos run'], [
    row('workers', '1', `3 (${chaos.workerRuns.length} processes started)`),
    row('articles served / stored', `${options.articles} / ${cleanCheck.articles}`, `${options.articles} / ${chaosCheck.articles}`),
    row('lost articles', String(cleanCheck.lostArticles.length), String(chaosCheck.lostArticles.length)),
    row('mentions / claims', `${cleanCheck.mentions} / ${cleanCheck.claims}`, `${chaosCheck.mentions} / ${chaosCheck.claims}`),
    row('duplicate mentions / claims', `${cleanCheck.duplicateMentions} / ${cleanCheck.duplicateClaims}`, `${chaosCheck.duplicateMentions} / ${chaosCheck.duplicateClaims}`),
    row('inconsistent counts', String(cleanCheck.inconsistentCounts), String(chaosCheck.inconsistentCounts)),
    row('unfinished articles / unmerged mentions', `${cleanCheck.unfinishedArticles} / ${cleanCheck.unmergedMentions}`, `${chaosCheck.unfinishedArticles} / ${chaosCheck.unmergedMentions}`),
    row('failed jobs', String(clean.failedJobs), String(chaos.failedJobs)),
    row('SIGKILLs / worker crashes', '0 / 0', `${kills.length} / ${crashes.length}`),
    row('server restarts', '0', restarts.map((x) => `${x.fault.kind} (down ${((x.fault.upAt - x.fault.at) / 1000).toFixed(1)} s)`).join(', ')),
    row('next job done after a kill', '', spread(kills.map((k) => k.resumedMs))),
    row("killed worker's jobs done after", '', spread(kills.map((k) => k.orphansDoneMs))),
    row('next job done after a restart', '', restarts.map((x) => `${x.fault.kind.split(' ')[0]} ${spread([x.resumedMs]).replace('median ', '').replace(/, max.*/, '')}`).join(', ')),
    row('ingest retries (server down)', String(clean.ingestRetries), String(chaos.ingestRetries)),
    row('quote and statement claims', String(diff.expectedClaims), `${diff.claims} (${diff.equal ? 'equal to the clean run' : 'DIFFERENT'})`),
    row('claims after recluster', String(rebuilt.expectedClaims), `${rebuilt.claims} (${rebuilt.equal ? 'equal to the clean run' : 'DIFFERENT'})`),
    row('duration', `${(clean.durationMs / 1000).toFixed(1)} s`, `${(chaos.durationMs / 1000).toFixed(1)} s`),
  ]).forEach((line) => log(`  ${line}`));
  log(`  total ${((Date.now() - r.startedAt) / 1000).toFixed(1)} s`);
  for (const d of [diff, rebuilt]) {
    for (const c of d.changed.slice(0, 3)) log(`\nchanged claim ${c.id}:\n  chaos: ${c.actual}\n  clean: ${c.expected}`);
    for (const id of d.onlyActual.slice(0, 3)) log(`only in chaos: ${id}`);
    for (const id of d.onlyExpected.slice(0, 3)) log(`only in clean: ${id}`);
  }
  if (crashes.length > 0) log(`worker crashes (logs): ${crashes.map((c) => `${c.pid} exit ${c.exitCode} ${c.log}`).join('; ')}`);
  log('');
  if (failures.length === 0) {
    log('chaos: PASS');
    return 0;
  }
  failures.forEach((f) => log(`chaos: FAIL: ${f}`));
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    log(`chaos: ERROR: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
