import path from 'node:path';
import { listInputFiles } from '../ingest/listInputFiles.ts';
import type { Backfill } from '../store/backfills.ts';
import { makeId } from '../ids.ts';
import * as store from '../store/index.ts';
import type { FollowUp } from './jobTypes.ts';
import { planInputs } from './planInputs.ts';
import type { RunReport } from './runReport.ts';
import { emptyReport } from './runReport.ts';
import type { Runtime } from './runtime.ts';
import { addStats } from './jobTypes.ts';

export interface BackfillProgress {
  done: number;
  total: number;
}

export interface BackfillDriverOptions {
  batchSize: number;
  onProgress?: (progress: BackfillProgress) => void;
  /**
   * Checked between batches (Ctrl-C): the run stops there, is recorded as stopped (with the string given, or
   * "interrupted", as why) and stays resumable.
   */
  interrupted?: () => boolean | string;
}

export type BackfillOutcome = 'done' | 'cancelled' | 'interrupted';

/** A batch of work: its jobs, the cursor after it, and how many units (articles or files) it holds. */
interface Batch {
  jobs: FollowUp[];
  cursor: string;
  units: number;
  failures: RunReport['failures'];
  /** Stored articles processed again, with the claims their mentions were in before: what the run changed is told against them. */
  stored?: { articleIds: string[]; claimsBefore: ReadonlySet<string> };
}

/**
 * Drives one backfill run batch by batch from its cursor: each batch's jobs go through the runtime (the
 * queues, or this process) and are waited for, then the cursor moves past it, so a run stopped by Ctrl-C,
 * a crash or `--cancel` picks up after its last finished batch. Job ids carry the run id: a batch done
 * twice is done once, and re-processing an article twice changes nothing.
 */
export async function runBackfill(runtime: Runtime, run: Backfill, options: BackfillDriverOptions): Promise<{ outcome: BackfillOutcome; report: RunReport }> {
  try {
    return await driveBackfill(runtime, run, options);
  } catch (error) {
    // A crash that leaves the process alive (the database or Redis gone, a bug) is recorded: the run is no longer running.
    await store.backfills
      .stop(runtime.db, run.id, `stopped by an error: ${error instanceof Error ? error.message : String(error)}`)
      .catch(() => undefined);
    throw error;
  }
}

async function driveBackfill(runtime: Runtime, run: Backfill, options: BackfillDriverOptions): Promise<{ outcome: BackfillOutcome; report: RunReport }> {
  if (run.status === 'stopped') run = await store.backfills.resume(runtime.db, run.id);
  const report = emptyReport();
  const next = batchesOf(runtime, run, options.batchSize);
  let progress = { done: run.done + run.failed, total: run.total };
  options.onProgress?.(progress);
  for (let cursor = run.cursor; ; ) {
    const interrupted = options.interrupted?.();
    if (interrupted) {
      await store.backfills.stop(runtime.db, run.id, typeof interrupted === 'string' ? interrupted : 'interrupted');
      return { outcome: 'interrupted', report };
    }
    if (!(await store.backfills.isRunning(runtime.db, run.id))) return { outcome: 'cancelled', report };
    const batch = await next(cursor);
    if (!batch) break;
    const result = batch.jobs.length > 0 ? await runtime.run(batch.jobs, { wait: true }) : emptyReport();
    const failures = [...batch.failures, ...(result?.failures ?? [])];
    addStats(report.stats, batch.stored && result ? await againstBefore(runtime, batch.stored, result.stats) : (result?.stats ?? {}));
    report.failures.push(...failures);
    report.jobsDone += result?.jobsDone ?? 0;
    report.jobsReused += result?.jobsReused ?? 0;
    const failed = Math.min(batch.units, new Set(failures.map((f) => f.subject)).size);
    await store.backfills.advance(runtime.db, run.id, {
      cursor: batch.cursor,
      done: batch.units - failed,
      failed,
      lastError: failures.at(-1) ? `${failures.at(-1)?.subject}: ${failures.at(-1)?.error}` : null,
    });
    progress = { done: progress.done + batch.units, total: Math.max(progress.total, progress.done + batch.units) };
    options.onProgress?.(progress);
    cursor = batch.cursor;
  }
  await store.backfills.finish(runtime.db, run.id, 'done');
  return { outcome: 'done', report };
}

/**
 * The stats of stored articles processed again, told against what was there before: re-extraction takes
 * their mentions out of their claims and merges them back, which the stages count as new claims and
 * merges. New claims are those that were not there before, merges the claims that are no longer there
 * (merged into others); a re-run that changes nothing says 0 and 0.
 */
async function againstBefore(runtime: Runtime, stored: NonNullable<Batch['stored']>, stats: RunReport['stats']): Promise<RunReport['stats']> {
  const after = new Set(await store.mentions.claimIdsOfArticles(runtime.db, stored.articleIds));
  const claimsNew = [...after].filter((id) => !stored.claimsBefore.has(id)).length;
  const merges = [...stored.claimsBefore].filter((id) => !after.has(id)).length;
  return { ...stats, claimsNew, merges };
}

/** The function that gives the batch after a cursor (null at the end), for each kind of source. */
function batchesOf(runtime: Runtime, run: Backfill, size: number): (cursor: string | null) => Promise<Batch | null> {
  const params = run.params;
  const jobId = (...parts: string[]) => makeId('backfill', run.id, ...parts);
  if (params.source === 'stored') {
    return async (cursor) => {
      const articles = await store.backfills.nextArticles(runtime.db, params, cursor, size);
      const last = articles.at(-1);
      if (!last) return null;
      const ids = articles.map((a) => a.id);
      const claimsBefore = new Set(await store.mentions.claimIdsOfArticles(runtime.db, ids));
      const jobs: FollowUp[] = [];
      if (params.stage === 'dedupe') {
        await runtime.db.transaction(async (tx) => {
          const left = await store.backfills.resetArticles(tx, ids, 'dedupe');
          await store.claims.refresh(tx, left);
          await store.claims.pruneVariants(tx, left);
        });
        for (const a of articles) {
          jobs.push({ queue: 'dedupe', id: jobId('dedupe', a.id, a.contentHash), data: { articleId: a.id, contentHash: a.contentHash } });
        }
      } else {
        await store.backfills.resetArticles(runtime.db, ids, 'extract');
        for (const a of articles) {
          // `all` also fetches web articles again: a changed page comes back as a new version of the article.
          if (params.stage === 'all' && /^https?:/i.test(a.url)) {
            jobs.push({ queue: 'fetch', id: jobId('fetch', a.id), data: { url: a.url } });
          }
          jobs.push({
            queue: 'extract',
            id: jobId('extract', a.id, a.contentHash),
            data: { articleId: a.id, contentHash: a.contentHash, runId: run.id },
          });
        }
      }
      return { jobs, cursor: last.id, units: articles.length, failures: [], stored: { articleIds: ids, claimsBefore } };
    };
  }
  if (params.source === 'dir') {
    let files: string[] | null = null;
    return async (cursor) => {
      files ??= await listInputFiles(params.path);
      const rest = cursor === null ? files : files.filter((f) => f > cursor);
      const slice = rest.slice(0, size);
      const last = slice.at(-1);
      if (!last) return null;
      const plan = await planInputs(slice, { maxBytes: runtime.config.fetch.maxBytes, runId: run.id });
      return { jobs: plan.jobs, cursor: last, units: slice.length, failures: plan.failures };
    };
  }
  return async (cursor) => {
    if (cursor !== null) return null;
    const plan = await planInputs([params.url], { maxBytes: runtime.config.fetch.maxBytes, runId: run.id });
    return { jobs: plan.jobs, cursor: params.url, units: 1, failures: plan.failures };
  };
}

/** How many units (articles or files) a new run will go through. */
export async function countUnits(runtime: Runtime, params: Backfill['params']): Promise<number> {
  if (params.source === 'stored') return store.backfills.countArticles(runtime.db, params);
  if (params.source === 'dir') return (await listInputFiles(path.resolve(params.path))).length;
  return 1;
}
