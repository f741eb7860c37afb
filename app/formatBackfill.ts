/** How a backfill run is described on one line; apart from the command, so that `claims status` loads no pipeline. */
import type { Backfill, BackfillParams } from '../store/backfills.ts';

/** What a run reads, in words. */
export const describeBackfill = (params: BackfillParams): string => {
  if (params.source === 'dir') return `files under ${params.path}`;
  if (params.source === 'sitemap') return `the sitemap ${params.url}`;
  const range = [params.since && `since ${params.since}`, params.until && `until ${params.until}`].filter(Boolean).join(' ');
  return `stored articles${range ? ` ${range}` : ''}${params.feedId ? ` of feed ${params.feedId}` : ''} (stage ${params.stage})`;
};

/** A running run with no batch finished for this long is likely driven by nobody (its process was killed). */
const STALE_MS = 15 * 60_000;

/** What to do next with a run that is not done, in words. */
function nextStep(b: Backfill, now: number): string {
  if (b.status === 'stopped') return '\n    resume it: run the same `claims backfill` command again';
  const idle = b.updatedAt ? now - Date.parse(b.updatedAt) : 0;
  if (b.status !== 'running' || idle < STALE_MS) return '';
  return (
    `\n    no batch finished for ${Math.round(idle / 60_000)} min: if its command is no longer running (killed), ` +
    'run the same command again to resume it'
  );
}

/** One line per run (and a line of why and what next), for `--list` and `claims status`. */
export const formatBackfill = (b: Backfill, now = Date.now()): string =>
  `${b.id}  ${b.status.padEnd(9)} ${b.done + b.failed}/${b.total}${b.failed ? ` (${b.failed} failed)` : ''}  ` +
  `${describeBackfill(b.params)}  ${b.status === 'stopped' ? 'stopped' : 'updated'} ${b.updatedAt ?? '-'}` +
  `${b.lastError ? `\n    ${b.status === 'stopped' ? 'why' : 'last error'}: ${b.lastError}` : ''}${nextStep(b, now)}`;
