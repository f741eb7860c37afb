import type { StageContext } from './context.ts';
import { errorForLog } from './errorForLog.ts';
import { runHandler } from './handlers.ts';
import type { FollowUp, StageResult } from './jobTypes.ts';
import { carryArticle } from './carryArticle.ts';
import { addStats } from './jobTypes.ts';
import type { ProgressListener, RunReport } from './runReport.ts';
import { emptyReport, messageOf, subjectOf } from './runReport.ts';

/**
 * Runs jobs and every job they ask for, in order, in this process: the default without Redis. A job id
 * seen before in this run is not run again; a failing job is reported and the others go on. A stage that hands its
 * article on in memory (`carried`: a fetch to its extraction, an extraction to its merge) has the next stage run at
 * once, as a worker's job does (jobs/carryArticle.ts): the article and its mentions are not read again, and no newer
 * version of the article can be stored between the stages by a later job of the run. Each stage run so counts as a
 * job done; one that fails goes to the back of the run as a job of its own, which reads what it needs.
 */
export async function runInProcess(
  ctx: StageContext,
  initial: readonly FollowUp[],
  onProgress?: ProgressListener,
): Promise<RunReport> {
  const report = emptyReport();
  const queue: FollowUp[] = [];
  const seen = new Set<string>();
  const keyOf = (job: FollowUp) => `${job.queue}/${job.id}`;
  const push = (job: FollowUp) => {
    if (seen.has(keyOf(job))) return;
    seen.add(keyOf(job));
    queue.push(job);
  };
  const fail = (job: FollowUp, error: unknown) => {
    // The run's summary names each failure in one line; the log adds the details at debug.
    ctx.log.debug({ queue: job.queue, jobId: job.id, error: errorForLog(error, ctx.log) }, 'job failed');
    const subject = subjectOf(job);
    report.failures.push({ queue: job.queue, jobId: job.id, subject, error: messageOf(error, subject) });
  };
  // A carried stage runs once in the run, as a queued job would (its id is seen); one that failed is queued again.
  const runCarried = async (next: FollowUp): Promise<StageResult> => {
    if (seen.has(keyOf(next))) return { stats: {}, next: [] };
    seen.add(keyOf(next));
    const result = await runHandler(ctx, next.queue, next.data, next.carried);
    report.jobsDone++;
    return result;
  };
  const carriedFailed = (next: FollowUp, error: unknown) => {
    ctx.log.debug({ queue: next.queue, jobId: next.id, error: errorForLog(error, ctx.log) }, 'carried stage failed: queued');
    seen.delete(keyOf(next));
  };
  initial.forEach(push);
  for (let job = queue.shift(); job; job = queue.shift()) {
    onProgress?.(report.jobsDone, report.jobsDone + queue.length + 1, `${job.queue} ${subjectOf(job)}`);
    try {
      const result = await carryArticle(await runHandler(ctx, job.queue, job.data), runCarried, carriedFailed);
      addStats(report.stats, result.stats);
      result.next.forEach(push);
    } catch (error) {
      fail(job, error);
    }
    report.jobsDone++;
    onProgress?.(report.jobsDone, report.jobsDone + queue.length);
  }
  return report;
}
