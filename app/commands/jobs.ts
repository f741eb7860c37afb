import { ConfigError, InputError } from '../../errors.ts';
import { listFailed, retryFailed } from '../../jobs/failedJobs.ts';
import type { QueueName } from '../../jobs/queueNames.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import { note, out, plural } from '../output.ts';

const queuesOf = (runtime: Runtime) => {
  if (!runtime.queues) {
    throw new ConfigError('REDIS_URL: failed jobs live in the queues (without Redis a failure is reported by the command that ran it)');
  }
  return runtime.queues;
};

/** `claims jobs failed`: the failed jobs kept in Redis, with the reason. */
export async function failedJobsCommand(runtime: Runtime, options: { queue?: QueueName; limit: number; json: boolean }): Promise<void> {
  const failed = await listFailed(queuesOf(runtime), options);
  if (options.json) {
    failed.forEach((f) => out(JSON.stringify(f)));
    return;
  }
  if (failed.length === 0) note('no failed jobs');
  for (const f of failed) out(`${f.queue}/${f.id}  ${f.failedAt ?? '-'}  ${plural(f.attempts, 'attempt')}  ${f.subject}\n    ${f.error}`);
}

/** `claims jobs retry ID...|--all`: failed jobs go back to waiting. */
export async function retryJobsCommand(runtime: Runtime, ids: readonly string[], options: { all: boolean; queue?: QueueName }): Promise<void> {
  if (options.all === ids.length > 0) throw new InputError('give job ids or --all (not both)');
  const count = await retryFailed(queuesOf(runtime), options.all ? { all: true, queue: options.queue } : { ids });
  note(`${plural(count, 'job')} sent back to the queue`);
}
