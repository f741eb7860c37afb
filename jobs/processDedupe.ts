import { minhashSignature } from '../dedupe/minhash.ts';
import { tokenize, tokenizeNormalized } from '../dedupe/normalizeText.ts';
import * as store from '../store/index.ts';
import type { StageContext } from './context.ts';
import type { ArticleJobData, CarriedArticle, StageResult } from './jobTypes.ts';
import { groupInBatch } from './groupNearDuplicates.ts';
import { mergeAndJoinInBatch } from './mergeBatcher.ts';
import { placeStoryInBatch } from './placeStory.ts';
import { timeStep } from './stepTimer.ts';

/**
 * The dedupe stage: group the article with its near duplicates (wire copy), place it in its story, then
 * merge every unplaced mention of this version of it into canonical claims (with the other articles this process
 * merges meanwhile, in one transaction), and join the figure claims of its story that agree (joinInMerge), in the
 * same transaction.
 * `carried` is the article and the mentions the same job just extracted (jobs/carryArticle.ts): then nothing is read.
 */
export async function processDedupe(ctx: StageContext, data: ArticleJobData, carried?: CarriedArticle): Promise<StageResult> {
  const time = ctx.timeStep;
  // Its unmerged mentions are read with it, in one statement: neither the grouping nor the placement changes them.
  const { unmerged, ...article } = carried?.unmerged
    ? { ...carried.article, unmerged: carried.unmerged }
    : await timeStep(time, 'read_article', () => store.articles.getWithUnmerged(ctx.db, data.articleId));
  if (article.contentHash !== data.contentHash) return { stats: {}, next: [] };
  // The text normalised for its fingerprint when carried from the fetch stage: not normalised again.
  const normalized = carried?.unmerged ? carried.normalized : undefined;
  const signature = minhashSignature(normalized === undefined ? tokenize(article.text) : tokenizeNormalized(article.text, normalized));
  // Each of these steps takes a lock every process takes in turn: a process takes it once for several of its jobs.
  const groupId = await timeStep(time, 'near_duplicates', () =>
    groupInBatch(ctx.db, { id: article.id, signature, contentHash: article.contentHash }),
  );
  // A newer version of the text was stored since the article was read or carried on (its grouping checks it, in the
  // statement that stores the signature): that version's own job places and merges it, this one is stale.
  if (groupId === null) return { stats: {}, next: [] };
  const { storyId, movedOthers, movedInto } = await timeStep(time, 'placement', () => placeStoryInBatch(ctx.db, { ...article, groupId }, ctx.regroupNeighbourhood));
  // In a batch with the articles of this process's other dedupe jobs (MergeBatcher): one transaction for several.
  // Its placement may have joined stories whose figures merged apart: they are compared again (dedupe/storyFigures.ts)
  // in the same transaction, after the merges, all of them when other articles changed story, else those of its own
  // figures' values; the other stories that articles moved into are compared whole at their next article's merge.
  // A join whose claims another transaction holds the locks of is made in the process's next merge batch.
  const { outcomes, joined } = await mergeAndJoinInBatch(
    ctx.db,
    unmerged,
    ctx.dedupe,
    { articleId: article.id, contentHash: article.contentHash },
    { movedOthers, movedInto },
    time,
    ctx.planMerges,
  );
  const claimsNew = outcomes.filter((o) => o.created).length;
  const merges = outcomes.reduce((n, o) => n + (o.created ? 0 : 1) + o.absorbed.length, 0) + joined;
  ctx.log.debug({ articleId: article.id, groupId, storyId, claimsNew, merges }, 'mentions merged');
  return { stats: { claimsNew, merges }, next: [] };
}
