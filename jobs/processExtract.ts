import { findRepeatedBlocks, isInside } from '../dedupe/findRepeatedBlocks.ts';
import { extractMentions } from '../extract/extractMentions.ts';
import { withTopic } from '../extract/topicEntities.ts';
import * as store from '../store/index.ts';
import { makeId } from '../store/ids.ts';
import type { StageContext } from './context.ts';
import type { ArticleJobData, StageResult } from './jobTypes.ts';

/**
 * The extract stage: find the quotes and figures of one version of an article, leaving out blocks that
 * repeat earlier in the same page, and replace the article's stored mentions with them.
 */
export async function processExtract(ctx: StageContext, data: ArticleJobData): Promise<StageResult> {
  const article = await store.articles.get(ctx.db, data.articleId);
  // A newer version of the text has its own job; this one is stale.
  if (article.contentHash !== data.contentHash) return { stats: {}, next: [] };
  let mentions = 0;
  if (article.extractedHash !== article.contentHash) {
    const repeated = findRepeatedBlocks(article.text);
    const found = withTopic(extractMentions(article.text), article.text).filter((m) => !isInside(repeated, m.start));
    mentions = found.length;
    await ctx.db.transaction(async (tx) => {
      const touched = await store.mentions.replaceForArticle(tx, article.id, found);
      await store.claims.refresh(tx, touched);
      await store.claims.pruneVariants(tx, touched);
      await store.articles.markExtracted(tx, article.id, article.contentHash);
    });
    ctx.log.debug({ articleId: article.id, mentions }, 'mentions extracted');
  }
  if (article.dedupedHash === article.contentHash) return { stats: { mentions }, next: [] };
  return {
    stats: { mentions },
    next: [{ queue: 'dedupe', id: makeId('dedupe', article.id, article.contentHash, data.runId ?? ''), data }],
  };
}
