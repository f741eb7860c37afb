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
 * Progress names the job of this run a worker started last and has not finished (as the in-process runner
 * names the job in hand), so that one long page or merge still gives a sign of life.
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
  const inHand = trackJobsInHand(events, (key) => tracked.has(key));
  const tell = () => onProgress?.(report.jobsDone, total, inHand.current());
  inHand.onChange(tell);

  const follow = (queue: QueueName, id: string, data?: FollowUp['data']) => {
    const key = `${queue}/${id}`;
    if (tracked.has(key)) return;
    tracked.add(key);
    total++;
    if (data) inHand.name(key, `${queue} ${subjectOf({ queue, data })}`);
    const waiting = (async () => {
      const job = await Job.fromId(queues.queues[queue], id);
      if (job) inHand.name(key, `${queue} ${subjectOf({ queue, data: job.data as FollowUp['data'] })}`);
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
      inHand.finished(key);
      report.jobsDone++;
      tell();
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
    follow(job.queue, job.id, job.data);
  }
  try {
    while (inflight.size > 0) await Promise.race(inflight);
  } finally {
    inHand.stop();
  }
  return report;
}

/** The jobs of a run that workers hold, from the queues' events. */
interface JobsInHand {
  /** The label of a job (`queue subject`), once its data is known. */
  name(key: string, label: string): void;
  finished(key: string): void;
  /** The job started last and not finished, and how many others are held; undefined when none is known. */
  current(): string | undefined;
  onChange(listener: () => void): void;
  stop(): void;
}

/**
 * Follows BullMQ's `active` events (a worker took a job) of the jobs `ours` accepts, and their ends. A follow-up
 * may start before the run has read its id from the job that asked for it: such a start is kept until the run
 * follows it or the job ends, so the set holds at most the jobs workers are on.
 */
function trackJobsInHand(events: Record<QueueName, QueueEvents>, ours: (key: string) => boolean): JobsInHand {
  const labels = new Map<string, string>();
  // In the order the workers took them: the last is the one named.
  const held = new Set<string>();
  let listener: () => void = () => undefined;
  const ended = (key: string) => {
    if (!held.delete(key)) return;
    listener();
  };
  const handlers = (Object.keys(events) as QueueName[]).map((queue) => {
    const onActive = ({ jobId }: { jobId: string }) => {
      const key = `${queue}/${jobId}`;
      held.delete(key);
      held.add(key);
      if (ours(key)) listener();
    };
    // A retried job waits or is delayed again; a finished one completes or fails.
    const onEnd = ({ jobId }: { jobId: string }) => ended(`${queue}/${jobId}`);
    events[queue].on('active', onActive);
    for (const event of END_EVENTS) events[queue].on(event, onEnd);
    return () => {
      events[queue].off('active', onActive);
      for (const event of END_EVENTS) events[queue].off(event, onEnd);
    };
  });
  return {
    name(key, label) {
      labels.set(key, label);
      if (held.has(key)) listener();
    },
    finished(key) {
      labels.delete(key);
      ended(key);
    },
    current() {
      const mine = [...held].filter((key) => ours(key) && labels.has(key));
      const last = mine.at(-1);
      if (last === undefined) return undefined;
      return mine.length > 1 ? `${labels.get(last)} (and ${mine.length - 1} more)` : labels.get(last);
    },
    onChange(next) {
      listener = next;
    },
    stop() {
      handlers.forEach((remove) => remove());
    },
  };
}

const END_EVENTS = ['completed', 'failed', 'waiting', 'delayed'] as const;
