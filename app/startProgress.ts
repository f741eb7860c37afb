import cliProgress from 'cli-progress';
import type { ProgressListener } from '../jobs/runReport.ts';

/**
 * The time left as the bar prints it: cli-progress's own format, or `?` while no rate is known (its ETA is then the
 * string `INF` or `NULL`, which its format cut to `NFs` and `LLs`).
 */
export function formatTimeLeft(
  ...[t, options, roundTo]: Parameters<typeof cliProgress.Format.TimeFormat>
): string {
  return typeof t === 'number' && Number.isFinite(t)
    ? cliProgress.Format.TimeFormat(t, options, roundTo)
    : '?';
}

/** A long subject (a URL, a path) cut in its middle, so that the bar keeps to one line. */
export const shorten = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, Math.ceil(max / 2) - 1)}…${text.slice(text.length - Math.floor(max / 2))}`;

/** A progress bar on stderr when it is a terminal; nothing otherwise (logs and CI stay clean). */
export function startProgress(label: string, unit = 'jobs'): { update: ProgressListener; stop(): void } {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      // The time so far ticks, and the job in hand is named: one huge page still gives a sign of life.
      format: `${label} [{bar}] {value}/{total} ${unit} · {eta_formatted} left · {duration_formatted} so far{current}`,
      stream: process.stderr,
      hideCursor: true,
      formatTime: formatTimeLeft,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(1, 0, { current: '' });
  return {
    update(done, total, current) {
      bar.setTotal(Math.max(total, 1));
      bar.update(done, { current: current ? ` · ${shorten(current, 60)}` : '' });
    },
    stop: () => bar.stop(),
  };
}
