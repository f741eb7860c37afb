import type { StageContext } from './context.ts';
import type { CarriedArticle, JobData, StageResult } from './jobTypes.ts';
import { processDedupe } from './processDedupe.ts';
import { processExtract } from './processExtract.ts';
import { pollFeed } from './pollFeed.ts';
import { processFetch } from './processFetch.ts';
import type { QueueName } from './queueNames.ts';

/**
 * One handler per queue: the same functions run in a BullMQ worker, in-process, and in tests. `carried` is what the
 * previous stage of the same job holds in memory (jobs/carryArticle.ts).
 */
export const handlers: { [Q in QueueName]: (ctx: StageContext, data: JobData[Q], carried?: CarriedArticle) => Promise<StageResult> } = {
  fetch: (ctx, data) => (data.poll ? pollFeed(ctx, data) : processFetch(ctx, data)),
  extract: processExtract,
  dedupe: processDedupe,
};

/** Runs the handler of a job's queue on its data. */
export function runHandler(ctx: StageContext, queue: QueueName, data: JobData[QueueName], carried?: CarriedArticle): Promise<StageResult> {
  // The queue name and the data travel together in FollowUp and in BullMQ jobs; TypeScript cannot see that.
  const handler = handlers[queue] as (ctx: StageContext, data: JobData[QueueName], carried?: CarriedArticle) => Promise<StageResult>;
  return handler(ctx, data, carried);
}
