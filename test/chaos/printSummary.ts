import type { Recovery } from './runFaults.ts';

const seconds = (ms: number | null) => (ms === null ? '-' : `${(ms / 1000).toFixed(1)} s`);

/** Lays out rows as a table with aligned columns. */
export function formatTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** One line per fault: when, what was in flight, and how long until work resumed. */
export function formatRecoveries(recoveries: readonly Recovery[], startedAt: number): string[] {
  return formatTable(
    ['#', 'at', 'fault', 'jobs pending', 'next job done', 'orphans done', 'worker back', 'server down'],
    recoveries.map((r, i) => [
      String(i + 1),
      seconds(r.fault.at - startedAt),
      `${r.fault.kind}: ${r.fault.detail}`,
      String(r.fault.pending),
      seconds(r.resumedMs),
      r.fault.kind === 'kill' ? seconds(r.orphansDoneMs) : '',
      r.fault.kind === 'kill' ? seconds(r.workerBackMs) : '',
      r.fault.kind === 'kill' ? '' : seconds(r.fault.upAt - r.fault.at),
    ]),
  );
}

/** Median and maximum of a list of durations. */
export function spread(values: ReadonlyArray<number | null>): string {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (known.length === 0) return '-';
  const median = known[Math.floor((known.length - 1) / 2)] ?? 0;
  return `median ${seconds(median)}, max ${seconds(known[known.length - 1] ?? 0)}`;
}
