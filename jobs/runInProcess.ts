import type { StageContext } from './context.ts';
import { errorForLog } from './errorForLog.ts';
import { runHandler } from './handlers.ts';
import type { FollowUp } from './jobTypes.ts';
import { addStats } from './jobTypes.ts';
import type { ProgressListener, RunReport } from './runReport.ts';
import { emptyReport, messageOf, subjectOf } from './runReport.ts';

/**
 * Runs jobs and every job they ask for, in order, in this process: the default without Redis. A job id
 * seen before in this run is not run again; a failing job is reported and the others go on.
 */
export async function runInProcess(
  ctx: StageContext,
  initial: readonly FollowUp[],
  onProgress?: ProgressListener,
): Promise<RunReport> {
  const report = emptyReport();
  const queue: FollowUp[] = [];
  const seen = new Set<string>();
  const push = (job: FollowUp) => {
    const key = `${job.queue}/${job.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    queue.push(job);
  };
  initial.forEach(push);
  for (let job = queue.shift(); job; job = queue.shift()) {
    try {
      const result = await runHandler(ctx, job.queue, job.data);
      addStats(report.stats, result.stats);
      result.next.forEach(push);
    } catch (error) {
      // The run's summary names each failure in one line; the log adds the details at debug.
      ctx.log.debug({ queue: job.queue, jobId: job.id, error: errorForLog(error, ctx.log) }, 'job failed');
      const subject = subjectOf(job);
      report.failures.push({ queue: job.queue, jobId: job.id, subject, error: messageOf(error, subject) });
    }
    report.jobsDone++;
    onProgress?.(report.jobsDone, report.jobsDone + queue.length);
  }
  return report;
}
