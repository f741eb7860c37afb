/** How a backfill run is described on one line; apart from the command, so that `claims status` loads no pipeline. */
import type { Backfill, BackfillParams } from '../store/backfills.ts';

/** What a run reads, in words. */
export const describeBackfill = (params: BackfillParams): string => {
  if (params.source === 'dir') return `files under ${params.path}`;
  if (params.source === 'sitemap') return `the sitemap ${params.url}`;
  const range = [params.since && `since ${params.since}`, params.until && `until ${params.until}`].filter(Boolean).join(' ');
  return `stored articles${range ? ` ${range}` : ''}${params.feedId ? ` of feed ${params.feedId}` : ''} (stage ${params.stage})`;
};

/** One line per run, for `--list` and `claims status`. */
export const formatBackfill = (b: Backfill): string =>
  `${b.id}  ${b.status.padEnd(9)} ${b.done + b.failed}/${b.total}${b.failed ? ` (${b.failed} failed)` : ''}  ` +
  `${describeBackfill(b.params)}  updated ${b.updatedAt ?? '-'}${b.lastError ? `\n    last error: ${b.lastError}` : ''}`;
