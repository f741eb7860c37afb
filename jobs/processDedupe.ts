import { bandKeys, estimateJaccard, minhashSignature, NEAR_DUPLICATE_JACCARD } from '../dedupe/minhash.ts';
import { tokenize } from '../dedupe/normalizeText.ts';
import * as store from '../store/index.ts';
import type { StageContext } from './context.ts';
import type { ArticleJobData, StageResult } from './jobTypes.ts';
import { mergeMention } from './mergeMention.ts';

/**
 * The dedupe stage: group the article with its near duplicates (wire copy), then merge every unplaced
 * mention of this version of it into canonical claims.
 */
export async function processDedupe(ctx: StageContext, data: ArticleJobData): Promise<StageResult> {
  const article = await store.articles.get(ctx.db, data.articleId);
  if (article.contentHash !== data.contentHash) return { stats: {}, next: [] };
  const signature = minhashSignature(tokenize(article.text));
  const groupId = await ctx.db.transaction((tx) =>
    store.articles.groupNearDuplicates(tx, article.id, {
      signature,
      bands: bandKeys(signature),
      threshold: NEAR_DUPLICATE_JACCARD,
      similarity: estimateJaccard,
    }),
  );
  let claimsNew = 0;
  let merges = 0;
  for (const mention of await store.mentions.listUnmerged(ctx.db, article.id)) {
    const outcome = await mergeMention(ctx.db, mention, ctx.dedupe);
    if (!outcome) continue;
    if (outcome.created) claimsNew++;
    else merges++;
    merges += outcome.absorbed.length;
  }
  await store.articles.markDeduped(ctx.db, article.id, article.contentHash);
  ctx.log.debug({ articleId: article.id, groupId, claimsNew, merges }, 'mentions merged');
  return { stats: { claimsNew, merges }, next: [] };
}
