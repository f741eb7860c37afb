import { randomUUID } from 'node:crypto';
import { KEY_SCHEME } from '../../dedupe/candidateKeys.ts';
import type { FollowUp } from '../../jobs/jobTypes.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import { makeId } from '../../store/ids.ts';
import * as store from '../../store/index.ts';
import { formatReport, note } from '../output.ts';
import { startProgress } from '../progress.ts';

/**
 * Rebuilds every canonical claim from the stored mentions, through the dedupe queue (or in this process):
 * claims, learnt speakers and near-duplicate groups are forgotten, then each article's mentions are merged
 * again. Claims depend only on the mentions, never on their order, so running it twice changes nothing.
 */
export async function reclusterCommand(runtime: Runtime, options: { wait: boolean; json: boolean }): Promise<void> {
  const started = performance.now();
  const articles = await runtime.db.transaction((tx) => store.claims.resetForRecluster(tx, KEY_SCHEME));
  const runId = randomUUID();
  const jobs: FollowUp[] = articles.map((data) => ({
    queue: 'dedupe',
    id: makeId('recluster', runId, data.articleId, data.contentHash),
    data,
  }));
  note(`re-clustering the mentions of ${articles.length} article(s)`);
  const waitForWork = options.wait || runtime.queues === null;
  const progress = waitForWork ? startProgress('recluster') : null;
  const report = await runtime.run(jobs, { wait: options.wait, onProgress: progress?.update });
  progress?.stop();
  if (!report) {
    note(`enqueued ${jobs.length} dedupe job(s); run \`claims worker\` to process them, or use --wait`);
    return;
  }
  if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else formatReport(report, (performance.now() - started) / 1000).forEach((line) => note(line));
  if (report.failures.length > 0) process.exitCode = 1;
}
