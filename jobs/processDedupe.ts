import { findNearDuplicates } from '../dedupe/findNearDuplicates.ts';
import { bandKeys, minhashSignature } from '../dedupe/minhash.ts';
import { tokenize } from '../dedupe/normalizeText.ts';
import * as store from '../store/index.ts';
import type { StageContext } from './context.ts';
import type { ArticleJobData, StageResult } from './jobTypes.ts';
import { mergeInBatch } from './mergeBatcher.ts';
import { placeStoryInBatch } from './placeStory.ts';
import { timeStep } from './stepTimer.ts';

/**
 * The dedupe stage: group the article with its near duplicates (wire copy), place it in its story, then
 * merge every unplaced mention of this version of it into canonical claims (with the other articles this process
 * merges meanwhile, in one transaction).
 */
export async function processDedupe(ctx: StageContext, data: ArticleJobData): Promise<StageResult> {
  const time = ctx.timeStep;
  const article = await timeStep(time, 'read_article', () => store.articles.get(ctx.db, data.articleId));
  if (article.contentHash !== data.contentHash) return { stats: {}, next: [] };
  const signature = minhashSignature(tokenize(article.text));
  const groupId = await timeStep(time, 'near_duplicates', () => groupNearDuplicates(ctx, article.id, signature));
  const storyId = await timeStep(time, 'placement', () => placeStoryInBatch(ctx.db, { ...article, groupId }));
  const unmerged = await timeStep(time, 'read_mentions', () => store.mentions.listUnmerged(ctx.db, article.id));
  // In a batch with the articles of this process's other dedupe jobs (MergeBatcher): one transaction for several.
  const outcomes = await mergeInBatch(ctx.db, unmerged, ctx.dedupe, { articleId: article.id, contentHash: article.contentHash }, time);
  const claimsNew = outcomes.filter((o) => o.created).length;
  const merges = outcomes.reduce((n, o) => n + (o.created ? 0 : 1) + o.absorbed.length, 0);
  ctx.log.debug({ articleId: article.id, groupId, storyId, claimsNew, merges }, 'mentions merged');
  return { stats: { claimsNew, merges }, next: [] };
}

/**
 * Groups an article with its near duplicates (wire copy), under the groups lock, its MinHash signature stored.
 * @returns its near-duplicate group.
 */
function groupNearDuplicates(ctx: StageContext, id: string, signature: number[]): Promise<string> {
  return ctx.db.transaction(async (tx) => {
    await store.articles.lockGroups(tx);
    const candidates = await store.articles.storeSignature(tx, id, bandKeys(signature));
    const groupIds = findNearDuplicates(signature, candidates).map((c) => c.groupId); // pure
    // Rewriting other articles' groups locks their rows, which placements lock too, several in a transaction: it
    // is done under the placements lock (taken after the groups lock, never before it), so neither waits for
    // rows the other holds while holding some itself. No article row is locked before that.
    if (store.articles.groupsOthers(id, groupIds)) await store.stories.lockPlacements(tx);
    return store.articles.joinGroups(tx, id, signature, groupIds);
  });
}
