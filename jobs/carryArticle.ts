import { addStats, emptyStats } from './jobTypes.ts';
import type { FollowUp, StageResult } from './jobTypes.ts';

/** What carrying a job's follow-ups did: the stats of every stage run, and the follow-ups left for the queues. */
export interface Carried {
  stats: StageResult['stats'];
  next: FollowUp[];
}

/**
 * Runs in the job that asked for them the follow-ups its stage handed on with the article in memory (`carried`):
 * a fetch job goes on to extract its article and merge its mentions, with no queue hop between the stages and no
 * read of the rows it just wrote (each hop costs a handful of Redis round trips, the job's data written and read,
 * and the article read again). Carried follow-ups' own follow-ups are carried in turn.
 *
 * A follow-up without `carried`, or one whose run failed, goes to its queue as before, where it is retried with
 * back-off (possibly by another worker): the queues stay for retries, backfills and articles read elsewhere. Every
 * stage is idempotent and skips what is done (an extracted or merged version), so a job killed midway is done
 * again from its start by another worker without doing anything twice.
 * @param run runs one follow-up's stage (its handler, with the carried data)
 * @param failed told of a follow-up that failed here and goes to its queue
 */
export async function carryArticle(
  result: StageResult,
  run: (next: FollowUp) => Promise<StageResult>,
  failed: (next: FollowUp, error: unknown) => void,
): Promise<Carried> {
  const stats = addStats(emptyStats(), result.stats);
  const queued: FollowUp[] = [];
  const pending = [...result.next];
  for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
    if (!next.carried) {
      queued.push(next);
      continue;
    }
    try {
      const done = await run(next);
      addStats(stats, done.stats);
      pending.unshift(...done.next);
    } catch (error) {
      failed(next, error);
      queued.push(withoutCarried(next));
    }
  }
  return { stats, next: queued };
}

/** The follow-up as its queue gets it: the carried rows are only this process's. */
function withoutCarried(next: FollowUp): FollowUp {
  const { carried: _carried, ...queued } = next;
  return queued;
}
