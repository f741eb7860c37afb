/** The bench's table: one row per size, the naive baseline, and where the merge spends its time. */
import type { SizeResult } from './benchDedupe.ts';
import type { PairwiseScores } from './pairwiseScores.ts';

export interface BenchReport {
  seed: number;
  workers: number;
  results: SizeResult[];
  naive: { mentions: number; seconds: number; mentionsPerSecond: number; scores: PairwiseScores } | null;
  skipped: Array<{ label: string; estimatedMinutes: number }>;
}

const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const pct = (n: number, digits = 1) => (n * 100).toFixed(digits);

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Node and PostgreSQL CPU per mention, in ms: the cost a busy machine moves least; null without the server's. */
function cpuPerMention(r: SizeResult): number | null {
  return r.pgCpuSeconds === null ? null : ((r.cpuSeconds + r.pgCpuSeconds) * 1000) / r.mentions;
}

/** Renders the report as plain-text tables. */
export function printTable(report: BenchReport): string {
  const base = report.results.find((r) => r.mentions === 10_000) ?? report.results[0];
  const rows = report.results.map((r) => {
    const guards = Object.values(r.guards).reduce((s, g) => ({ pairs: s.pairs + g.pairs, merged: s.merged + g.merged }), {
      pairs: 0,
      merged: 0,
    });
    return [
      r.label,
      int(r.mentions),
      int(r.articles),
      r.loadSeconds.toFixed(0),
      r.mergeSeconds.toFixed(1),
      int(r.mentionsPerSecond),
      r.msPerMention.toFixed(3),
      ((r.cpuSeconds * 1000) / r.mentions).toFixed(3),
      r.pgCpuSeconds === null ? '-' : ((r.pgCpuSeconds * 1000) / r.mentions).toFixed(3),
      base ? `${(r.msPerMention / base.msPerMention).toFixed(2)}x` : '-',
      base && cpuPerMention(r) !== null && cpuPerMention(base) !== null
        ? `${((cpuPerMention(r) ?? 0) / (cpuPerMention(base) ?? 1)).toFixed(2)}x`
        : '-',
      mib(r.rssBeforeMerge),
      mib(r.peakRss),
      mib(r.databaseBytes),
      pct(r.scores.precision, 2),
      pct(r.scores.recall, 2),
      pct(r.scores.f1, 2),
      `${guards.merged}/${guards.pairs}`,
      String(r.failures),
    ];
  });
  const out: string[] = [
    `claimdesk dedupe bench: seed ${report.seed}, ${report.workers} workers, PostgreSQL`,
    '',
    table(
      ['size', 'mentions', 'articles', 'load s', 'merge s', 'mentions/s', 'ms/mention', 'node CPU ms/mention', 'PG CPU ms/mention', 'cost vs 10k', 'CPU cost vs 10k', 'RSS before',
        'peak RSS', 'database', 'P %', 'R %', 'F1 %', 'look-alikes merged', 'failed'],
      rows,
    ),
  ];
  for (const r of report.results) {
    if (!r.maintenance.serverAutovacuum) {
      out.push(`${r.label}: the server's autovacuum is off; the bench ran VACUUM (ANALYZE) ${r.maintenance.runs} times ` +
        `(${r.maintenance.seconds.toFixed(0)} s, concurrent with the merge) in its place`);
    }
  }
  for (const s of report.skipped) out.push(`${s.label}: not run, estimated ${s.estimatedMinutes.toFixed(0)} min of merge (--max-minutes)`);
  if (report.naive) {
    const n = report.naive;
    const indexed = report.results.find((r) => r.mentions === n.mentions);
    out.push(
      '',
      table(
        ['naive all-pairs (in memory)', 'mentions', 'seconds', 'mentions/s', 'P %', 'R %', 'F1 %', 'indexed on PG / naive'],
        [[
          'decideMerge vs every claim', int(n.mentions), n.seconds.toFixed(1), int(n.mentionsPerSecond),
          pct(n.scores.precision, 2), pct(n.scores.recall, 2), pct(n.scores.f1, 2), indexed ? `${(indexed.mentionsPerSecond / n.mentionsPerSecond).toFixed(2)}x` : '-',
        ]],
      ),
    );
  }
  out.push(
    '',
    table(
      ['size', 'quotes P %', 'quotes R %', 'figures P %', 'figures R %'],
      report.results.map((r) => [
        r.label, pct(r.byKind.quotes.precision, 2), pct(r.byKind.quotes.recall, 2), pct(r.byKind.figures.precision, 2),
        pct(r.byKind.figures.recall, 2),
      ]),
    ),
  );
  for (const r of report.results) {
    out.push('', `look-alike statements that must stay apart, merged / present (${r.label}): ` +
      Object.entries(r.guards).map(([family, g]) => `${family} ${g.merged}/${g.pairs}`).join(', '));
  }
  const largest = report.results[report.results.length - 1];
  if (largest) {
    const workerMs = largest.mergeSeconds * 1000 * report.workers;
    out.push(
      '',
      `where the merge time goes at ${largest.label} (worker time ${int(workerMs / 1000)} s = ${report.workers} workers x wall):`,
      table(
        ['statement', 'calls', 'total s', 'avg ms', 'max ms', '% worker time'],
        largest.timings.slice(0, 12).map((t) => [
          t.statement.slice(0, 80), int(t.calls), (t.totalMs / 1000).toFixed(1), (t.totalMs / t.calls).toFixed(3),
          t.maxMs.toFixed(1), pct(t.totalMs / workerMs),
        ]),
      ),
    );
  }
  return `${out.join('\n')}\n`;
}
