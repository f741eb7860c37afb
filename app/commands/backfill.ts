import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { InputError } from '../../errors.ts';
import { canonicalizeUrl } from '../../jobs/planInputs.ts';
import { countUnits, runBackfill } from '../../jobs/runBackfill.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import type { BackfillParams } from '../../store/backfills.ts';
import { feedId } from '../../store/feeds.ts';
import { makeId } from '../../ids.ts';
import * as store from '../../store/index.ts';
import { formatReport, note, out } from '../output.ts';
import { startProgress } from '../startProgress.ts';
import { describeBackfill, formatBackfill } from '../formatBackfill.ts';

export interface BackfillFlags {
  since?: string;
  until?: string;
  feed?: string;
  stage: 'extract' | 'dedupe' | 'all';
  dir?: string;
  sitemap?: string;
  batchSize: number;
  json: boolean;
}

/** The run a command line asks for; only one source at a time. */
export function backfillParams(flags: BackfillFlags): BackfillParams {
  const sources = [flags.dir, flags.sitemap].filter((s) => s !== undefined).length;
  if (sources > 1) throw new InputError('give --dir or --sitemap, not both');
  if (sources === 1 && (flags.since || flags.until || flags.feed)) {
    throw new InputError('--since, --until and --feed select stored articles; they do not go with --dir or --sitemap');
  }
  if (flags.dir !== undefined) return { source: 'dir', path: path.resolve(flags.dir) };
  if (flags.sitemap !== undefined) return { source: 'sitemap', url: canonicalizeUrl(flags.sitemap) };
  if (flags.since && flags.until && Date.parse(flags.since) >= Date.parse(flags.until)) {
    throw new InputError('--since must come before --until');
  }
  return {
    source: 'stored',
    stage: flags.stage,
    since: flags.since ? new Date(flags.since).toISOString() : null,
    until: flags.until ? new Date(flags.until).toISOString() : null,
    feedId: flags.feed ? feedId(canonicalizeUrl(flags.feed)) : null,
  };
}

/**
 * Starts a backfill, or resumes the unfinished run with the same parameters, and drives it to the end
 * with a progress bar. Ctrl-C stops it after the batch in flight; running the same command resumes it.
 */
export async function backfillCommand(runtime: Runtime, flags: BackfillFlags): Promise<void> {
  const params = backfillParams(flags);
  let run = await store.backfills.findRunning(runtime.db, params);
  if (run) {
    const why = run.status === 'stopped' && run.lastError ? ` (stopped ${run.updatedAt ?? ''}: ${run.lastError})` : '';
    note(`resuming backfill ${run.id} at ${run.done + run.failed}/${run.total}: ${describeBackfill(params)}${why}`);
  } else {
    const total = await countUnits(runtime, params);
    run = await store.backfills.create(runtime.db, makeId('bf', randomUUID()), params, total);
    note(`backfill ${run.id}: ${describeBackfill(params)}, ${total} to go (cancel with \`claims backfill --cancel ${run.id}\`)`);
  }
  if (runtime.queues) note('the jobs go through the queues: `claims worker` must be running');
  let interrupted: string | false = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) {
      // Quit now, yet record the run as stopped first (a second or so at most), or it would read "running".
      const quit = () => process.exit(130);
      setTimeout(quit, 1500).unref();
      void store.backfills.stop(runtime.db, run.id, `${interrupted}, then quit at once`).then(quit, quit);
      return;
    }
    interrupted = `interrupted by ${signal === 'SIGINT' ? 'Ctrl-C (SIGINT)' : signal}`;
    note('\nstopping after the batch in flight; run the same command again to resume (Ctrl-C again to quit now)');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const started = performance.now();
  const progress = startProgress('backfill', params.source === 'dir' ? 'files' : 'articles');
  try {
    const { outcome, report } = await runBackfill(runtime, run, {
      batchSize: flags.batchSize,
      interrupted: () => interrupted,
      onProgress: ({ done, total }) => progress.update(done, total),
    });
    progress.stop();
    const final = await store.backfills.get(runtime.db, run.id);
    if (flags.json) out(JSON.stringify({ backfill: final, outcome, report }));
    else formatReport(report, (performance.now() - started) / 1000).forEach((line) => note(line));
    note(
      outcome === 'done'
        ? `backfill ${run.id} done: ${final.done} processed, ${final.failed} failed`
        : outcome === 'cancelled'
          ? `backfill ${run.id} was cancelled at ${final.done + final.failed}/${final.total}`
          : `backfill ${run.id} stopped at ${final.done + final.failed}/${final.total}; run the same command to resume`,
    );
    if (final.failed > 0 || outcome === 'interrupted') process.exitCode = 1;
  } finally {
    progress.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** `claims backfill --cancel ID`: the driver stops after its batch in flight. */
export async function cancelBackfill(runtime: Runtime, id: string): Promise<void> {
  const stopped = await store.backfills.cancel(runtime.db, id);
  note(stopped ? `backfill ${id} cancelled` : `backfill ${id} was not running`);
}

/** `claims backfill --list`. */
export async function listBackfills(runtime: Runtime, json: boolean): Promise<void> {
  const runs = await store.backfills.list(runtime.db);
  if (json) runs.forEach((b) => out(JSON.stringify(b)));
  else if (runs.length === 0) note('no backfills yet');
  else runs.forEach((b) => out(formatBackfill(b)));
}
