import type { FollowUp, PipelineStats } from './jobTypes.ts';
import { emptyStats } from './jobTypes.ts';

export interface JobFailure {
  queue: string;
  jobId: string;
  /** What the user gave or what the job was about: a URL, a file, an article. */
  subject: string;
  error: string;
}

/** What one ingest or backfill run did, whichever runner ran it. */
export interface RunReport {
  stats: PipelineStats;
  failures: JobFailure[];
  jobsDone: number;
  /** Jobs that had already run to completion before (same URL or content): not done again. */
  jobsReused: number;
}

export const emptyReport = (): RunReport => ({ stats: emptyStats(), failures: [], jobsDone: 0, jobsReused: 0 });

/** Jobs done of the total so far, and (in this process) the job now running: one long page still shows which. */
export type ProgressListener = (done: number, total: number, current?: string) => void;

/** A readable subject for a job: its URL for fetches, its article otherwise. */
export function subjectOf(job: Pick<FollowUp, 'queue' | 'data'>): string {
  if ('url' in job.data) return job.data.url;
  return `article ${job.data.articleId}`;
}

/**
 * The message of an error, without a stack: what a user can read. Given the failure's subject (a path,
 * a URL), a message that starts by naming it again loses that start, so that each is printed once.
 */
export function messageOf(error: unknown, subject?: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return subject !== undefined && message.startsWith(`${subject}: `) ? message.slice(subject.length + 2) : message;
}
