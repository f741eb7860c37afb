/** The doors bench's tables: per query, the claim page, the exports, each beside its baseline. */
import { table } from '../printTable.ts';
import type { Latency } from './latency.ts';
import type { DoorsReport } from './run.ts';

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const pair = (l: Latency) => [ms(l.p50), ms(l.p95)];
const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a / b) ? `${(a / b).toFixed(1)}x` : '-');

/** Renders the report as plain-text tables (milliseconds unless said otherwise). */
export function printDoorsTable(report: DoorsReport): string {
  const out: string[] = [
    `claimdesk doors bench: ${int(report.claims)} claims, ${int(report.mentions)} mentions, ${int(report.articles)} articles, ` +
      `${int(report.speakers)} speakers, PostgreSQL ${mib(report.databaseBytes)}` +
      (report.reused ? ' (kept database)' : `, filled in ${report.fillSeconds.toFixed(0)} s`) + `; ${report.runs} runs per query`,
    '',
    table(
      ['search (store/search.ts)', 'matches', 'p50', 'p95', 'with facets p50', 'with facets p95'],
      [
        ...report.queries.map((q) => [q.name, `${int(q.total)}${q.capped ? '+' : ''}`, ...pair(q.search), ...pair(q.withFacets)]),
        ['all queries', '', ...pair(report.overall.search), ...pair(report.overall.withFacets)],
      ],
    ),
    '',
    table(
      ['HTTP (claims serve)', 'p50', 'p95'],
      [
        ...report.http.map((h) => [`GET /api/claims: ${h.name}`, ...pair(h.latency)]),
        ['GET /api/claims/ID (claim page)', ...pair(report.claimPage.http)],
      ],
    ),
    '',
    table(
      ['claim page and baselines', 'p50', 'p95', 'p50 / primary key'],
      [
        ['claim page (getClaimDetail), 100 claims', ...pair(report.claimPage.store), ratio(report.claimPage.store.p50, report.baselines.primaryKey.p50)],
        ['baseline: claim row by primary key', ...pair(report.baselines.primaryKey), '1.0x'],
        ['baseline: SELECT count(*) FROM claims', ...pair(report.baselines.countAll), ratio(report.baselines.countAll.p50, report.baselines.primaryKey.p50)],
      ],
    ),
  ];
  const e = report.export;
  if (e) {
    out.push(
      '',
      table(
        ['CSV export of every claim', 'seconds', 'claims/s', 'size', 'peak RSS', 'seconds / COPY'],
        [
          ['claims export --format csv -o FILE', e.cli.seconds.toFixed(1), int(report.claims / e.cli.seconds), mib(e.cli.bytes), mib(e.cli.peakRss),
            e.copyBaselineSeconds === null ? '-' : ratio(e.cli.seconds, e.copyBaselineSeconds)],
          ['GET /api/export?format=csv', e.http.seconds.toFixed(1), int(report.claims / e.http.seconds), mib(e.http.bytes), mib(e.http.peakRss),
            e.copyBaselineSeconds === null ? '-' : ratio(e.http.seconds, e.copyBaselineSeconds)],
          ...(e.speaker ? [['claims export ... --speaker "Dmitry Peskov" (one speaker)', e.speaker.seconds.toFixed(1), '-', mib(e.speaker.bytes),
            mib(e.speaker.peakRss), '-']] : []),
          ['baseline: COPY claims TO /dev/null (server)', e.copyBaselineSeconds === null ? '-' : e.copyBaselineSeconds.toFixed(1),
            e.copyBaselineSeconds === null ? '-' : int(report.claims / e.copyBaselineSeconds), '-', '-', '1.0x'],
        ],
      ),
    );
  }
  return `${out.join('\n')}\n`;
}
