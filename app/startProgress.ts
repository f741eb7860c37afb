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

/** A progress bar on stderr when it is a terminal; nothing otherwise (logs and CI stay clean). */
export function startProgress(label: string, unit = 'jobs'): { update: ProgressListener; stop(): void } {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} ${unit} · {eta_formatted} left`,
      stream: process.stderr,
      hideCursor: true,
      formatTime: formatTimeLeft,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(1, 0);
  return {
    update(done, total) {
      bar.setTotal(Math.max(total, 1));
      bar.update(done);
    },
    stop: () => bar.stop(),
  };
}
