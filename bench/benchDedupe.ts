/**
 * One size of the dedupe bench on PostgreSQL: a fresh database, the generated corpus loaded through the
 * store, the dedupe stage run article by article by two workers, then speed, memory and merge quality.
 */
import { DEFAULT_MERGE_OPTIONS } from '../dedupe/decideMerge.ts';
import { loadConfig } from '../jobs/config.ts';
import type { StageContext } from '../jobs/context.ts';
import { createLogger } from '../jobs/logger.ts';
import { processDedupe } from '../jobs/processDedupe.ts';
import { openDb } from '../store/openDb.ts';
import { createBenchDatabase } from './benchDatabase.ts';
import { emulateAutovacuum } from './emulateAutovacuum.ts';
import { generateCorpus } from './generateCorpus.ts';
import { loadCorpus } from './loadCorpus.ts';
import { samplePgCpu } from './pgCpuSampler.ts';
import type { MemorySampler } from './memorySampler.ts';
import type { PairwiseScores } from './pairwiseScores.ts';
import { scoreGuards, scorePairwise } from './pairwiseScores.ts';
import { readAssignments } from './readAssignments.ts';
import { runPool } from './runPool.ts';
import type { StatementTiming } from './timedDb.ts';
import { timeDb } from './timedDb.ts';

export interface SizeResult {
  label: string;
  mentions: number;
  articles: number;
  loadSeconds: number;
  mergeSeconds: number;
  mentionsPerSecond: number;
  /** CPU time of this process (user + system) while merging: the JS side, less sensitive to a busy machine. */
  cpuSeconds: number;
  /** CPU time of the PostgreSQL backends serving the merge, or null when they run elsewhere. */
  pgCpuSeconds: number | null;
  /** Merge time per mention, in milliseconds. */
  msPerMention: number;
  /** RSS before the merge and the highest seen while merging, in bytes. */
  rssBeforeMerge: number;
  peakRss: number;
  databaseBytes: number;
  scores: PairwiseScores;
  /** The same scores for quotes and statements, and for figures, apart. */
  byKind: { quotes: PairwiseScores; figures: PairwiseScores };
  /** Pairs of look-alike statements that must stay apart, and how many ended in one claim. */
  guards: Record<string, { pairs: number; merged: number }>;
  failures: number;
  /** VACUUM (ANALYZE) passes the bench ran during the merge in place of the server's autovacuum (off). */
  maintenance: { serverAutovacuum: boolean; runs: number; seconds: number };
  /** Statements by total time, summed over both workers; the merge wall time is mergeSeconds. */
  timings: Array<Omit<StatementTiming, 'slowest'>>;
  /** EXPLAIN ANALYZE of the slowest calls of the costliest statements. */
  explains: Array<{ statement: string; ms: number; plan: string }>;
}

export interface BenchOptions {
  seed: number;
  workers: number;
  sampler: MemorySampler;
  /** Keep the database afterwards (to look into it); dropped by default. */
  keep?: boolean;
  log: (line: string) => void;
}

const FIGURE_FAMILIES = new Set(['figure', 'figureValueChanged', 'figureOtherSubject']);
const isFigure = (family: string | undefined) => family !== undefined && FIGURE_FAMILIES.has(family);

const formatRate = (n: number) => `${Math.round(n).toLocaleString('en-US')}/s`;

/** Runs one size end to end; the database is dropped afterwards unless options.keep. */
export async function benchDedupe(label: string, mentions: number, options: BenchOptions): Promise<SizeResult> {
  const database = await createBenchDatabase(label);
  const plain = await openDb({ databaseUrl: database.url, dataDir: '/nonexistent' });
  const db = timeDb(plain);
  try {
    options.log(`[${label}] loading ${mentions.toLocaleString('en-US')} mentions into ${database.name}`);
    const loadStarted = performance.now();
    let lastLog = loadStarted;
    const corpus = await loadCorpus(plain, generateCorpus({ seed: options.seed, mentions }), {
      onProgress(done) {
        if (performance.now() - lastLog < 5000) return;
        lastLog = performance.now();
        options.log(`[${label}] loaded ${done.toLocaleString('en-US')} mentions`);
      },
    });
    await plain.query('ANALYZE');
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    options.log(`[${label}] loaded in ${loadSeconds.toFixed(1)} s; merging with ${options.workers} workers`);

    const ctx: StageContext = {
      db,
      fetch: loadConfig({}).fetch,
      dedupe: DEFAULT_MERGE_OPTIONS,
      log: createLogger('silent'),
    };
    db.resetTimings();
    options.sampler.reset();
    const rssBeforeMerge = options.sampler.current();
    let merged = 0;
    let failures = 0;
    const autovacuum = await emulateAutovacuum(plain, {
      onPass: (seconds) => options.log(`[${label}] VACUUM (ANALYZE) in ${seconds.toFixed(1)} s (standing in for autovacuum)`),
    });
    const pgCpu = await samplePgCpu(plain, database.name);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    let window = { at: started, merged: 0 };
    const progress = setInterval(() => {
      const now = performance.now();
      const recent = ((merged - window.merged) * 1000) / (now - window.at);
      const overall = (merged * 1000) / (now - started);
      const rss = Math.round(options.sampler.current() / 2 ** 20);
      options.log(
        `[${label}] merged ${merged.toLocaleString('en-US')}/${corpus.mentions.toLocaleString('en-US')} ` +
          `(${((100 * merged) / corpus.mentions).toFixed(1)}%): ${formatRate(recent)} now, ${formatRate(overall)} overall, RSS ${rss} MiB`,
      );
      window = { at: now, merged };
    }, 5000);
    try {
      await runPool(corpus.articles, options.workers, async (article) => {
        try {
          await processDedupe(ctx, { articleId: article.articleId, contentHash: article.contentHash });
        } catch (error) {
          failures++;
          if (failures <= 5) options.log(`[${label}] dedupe failed on ${article.articleId}: ${String(error)}`);
        }
        merged += article.mentions;
      });
    } finally {
      clearInterval(progress);
    }
    await autovacuum.stop();
    const mergeSeconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const pgCpuSeconds = await pgCpu.stop();
    const peakRss = options.sampler.peak();
    options.log(`[${label}] merged in ${mergeSeconds.toFixed(1)} s; scoring`);

    const labels: Array<[string, number]> = [];
    for await (const [mentionId, claimId] of readAssignments(plain)) {
      const truth = corpus.truth.get(mentionId);
      // A mention left out of every claim (a failed job) is a claim of its own.
      if (truth !== undefined) labels.push([claimId ?? `unplaced:${mentionId}`, truth]);
    }
    const timings = db.timings();
    const explains = await explainSlowest(plain, timings);
    return {
      label,
      mentions: corpus.mentions,
      articles: corpus.articles.length,
      loadSeconds,
      mergeSeconds,
      mentionsPerSecond: corpus.mentions / mergeSeconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      pgCpuSeconds,
      msPerMention: (mergeSeconds * 1000) / corpus.mentions,
      rssBeforeMerge,
      peakRss,
      databaseBytes: await database.size(),
      scores: scorePairwise(labels),
      byKind: {
        quotes: scorePairwise(labels.filter(([, t]) => !isFigure(corpus.statements.get(t)?.family))),
        figures: scorePairwise(labels.filter(([, t]) => isFigure(corpus.statements.get(t)?.family))),
      },
      guards: scoreGuards(labels, corpus.statements),
      failures,
      maintenance: { serverAutovacuum: autovacuum.serverAutovacuum, runs: autovacuum.runs(), seconds: autovacuum.seconds() },
      timings: timings.map(({ slowest: _slowest, ...t }) => t),
      explains,
    };
  } finally {
    await plain.close();
    if (!options.keep) await database.drop();
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of the slowest call of the three costliest read statements, after the run. */
async function explainSlowest(
  db: { query<R extends object>(sql: string, params?: readonly unknown[]): Promise<R[]> },
  timings: readonly StatementTiming[],
): Promise<SizeResult['explains']> {
  const out: SizeResult['explains'] = [];
  const reads = timings.filter((t) => t.slowest && /^\s*(WITH|SELECT)\b/i.test(t.slowest.sql));
  for (const timing of reads.slice(0, 3)) {
    const slowest = timing.slowest;
    if (!slowest) continue;
    try {
      const rows = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${slowest.sql}`, slowest.params);
      out.push({ statement: timing.statement, ms: timing.maxMs, plan: rows.map((r) => r['QUERY PLAN']).join('\n') });
    } catch (error) {
      out.push({ statement: timing.statement, ms: timing.maxMs, plan: `EXPLAIN failed: ${String(error)}` });
    }
  }
  return out;
}
