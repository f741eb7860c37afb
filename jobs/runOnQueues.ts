import { Job } from 'bullmq';
import type { QueueEvents } from 'bullmq';
import type { FollowUp } from './jobTypes.ts';
import { addStats } from './jobTypes.ts';
import type { QueueName } from './queueNames.ts';
import type { RedisQueues } from './redisQueues.ts';
import { enqueue } from './redisQueues.ts';
import type { ProgressListener, RunReport } from './runReport.ts';
import { emptyReport, messageOf, subjectOf } from './runReport.ts';
import type { JobReturn } from './startWorkers.ts';

/**
 * Enqueues jobs for the workers and waits until they and every job they asked for have finished,
 * following the follow-up ids each job returns. Jobs that had finished before this run are not redone.
 */
export async function runOnQueues(
  queues: RedisQueues,
  events: Record<QueueName, QueueEvents>,
  initial: readonly FollowUp[],
  onProgress?: ProgressListener,
): Promise<RunReport> {
  const report = emptyReport();
  const startedAt = Date.now();
  const inflight = new Set<Promise<void>>();
  const tracked = new Set<string>();
  let total = 0;

  const follow = (queue: QueueName, id: string) => {
    const key = `${queue}/${id}`;
    if (tracked.has(key)) return;
    tracked.add(key);
    total++;
    const waiting = (async () => {
      const job = await Job.fromId(queues.queues[queue], id);
      if (!job) {
        report.failures.push({ queue, jobId: id, subject: id, error: 'the job disappeared from the queue' });
        return;
      }
      try {
        const result = (await job.waitUntilFinished(events[queue])) as JobReturn;
        const fresh = await Job.fromId(queues.queues[queue], id);
        if ((fresh?.finishedOn ?? Date.now()) < startedAt) {
          report.jobsReused++;
          return;
        }
        addStats(report.stats, result.stats);
        for (const next of result.next) follow(next.queue, next.id);
      } catch (error) {
        const subject = subjectOf({ queue, data: job.data });
        report.failures.push({ queue, jobId: id, subject, error: messageOf(error, subject) });
      }
    })().finally(() => {
      inflight.delete(waiting);
      report.jobsDone++;
      onProgress?.(report.jobsDone, total);
    });
    inflight.add(waiting);
  };

  for (const job of initial) {
    const existing = await queues.queues[job.queue].getJob(job.id);
    if (existing && (await existing.isCompleted())) {
      report.jobsReused++;
      continue;
    }
    await enqueue(queues, [job]);
    follow(job.queue, job.id);
  }
  while (inflight.size > 0) await Promise.race(inflight);
  return report;
}
