import type { Runtime } from '../../jobs/runtime.ts';
import { startRecluster } from '../../jobs/startRecluster.ts';
import { formatReport, note, plural } from '../output.ts';
import { startProgress } from '../startProgress.ts';

/**
 * Rebuilds every canonical claim from the stored mentions, through the dedupe queue (or in this process):
 * claims, learnt speakers and near-duplicate groups are forgotten, then each article's mentions are merged
 * again one article at a time in id order, so the result depends only on the stored articles and running it
 * twice changes nothing.
 */
export async function reclusterCommand(runtime: Runtime, options: { wait: boolean; json: boolean }): Promise<void> {
  const started = performance.now();
  const jobs = await startRecluster(runtime.db);
  note(`re-clustering the mentions of ${plural(jobs.length, 'article')}`);
  const waitForWork = options.wait || runtime.queues === null;
  const progress = waitForWork ? startProgress('recluster') : null;
  const report = await runtime.run(jobs, { wait: options.wait, onProgress: progress?.update });
  progress?.stop();
  if (!report) {
    note(`enqueued ${plural(jobs.length, 'dedupe job')}; run \`claims worker\` to process them, or use --wait`);
    return;
  }
  if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else formatReport(report, (performance.now() - started) / 1000).forEach((line) => note(line));
  if (report.failures.length > 0) process.exitCode = 1;
}
