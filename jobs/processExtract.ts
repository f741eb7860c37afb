import { extractMentions } from '../extract/extractMentions.ts';
import * as store from '../store/index.ts';
import { makeId } from '../ids.ts';
import type { StageContext } from './context.ts';
import type { ArticleJobData, StageResult } from './jobTypes.ts';

/**
 * The extract stage: find the mentions of one version of an article (extractMentions: the same that
 * `claims extract` shows) and replace the article's stored mentions with them.
 */
export async function processExtract(ctx: StageContext, data: ArticleJobData): Promise<StageResult> {
  const article = await store.articles.get(ctx.db, data.articleId);
  // A newer version of the text has its own job; this one is stale.
  if (article.contentHash !== data.contentHash) return { stats: {}, next: [] };
  let mentions = 0;
  if (article.extractedHash !== article.contentHash) {
    // Off the event loop when the worker has threads: a transaction open meanwhile gets its next statement sent.
    const found = ctx.extractMentions ? await ctx.extractMentions(article.text) : extractMentions(article.text);
    mentions = found.mentions.length;
    await ctx.db.transaction(async (tx) => {
      // The version is marked extracted in the statement that stores its mentions (one round trip fewer).
      const touched = await store.mentions.replaceForArticle(tx, article.id, found.mentions, article.contentHash);
      await store.claims.refresh(tx, touched);
      await store.claims.pruneVariants(tx, touched);
    });
    ctx.log.debug({ articleId: article.id, mentions, dropped: found.dropped.length }, 'mentions extracted');
  }
  if (article.dedupedHash === article.contentHash) return { stats: { mentions }, next: [] };
  return {
    stats: { mentions },
    next: [{ queue: 'dedupe', id: makeId('dedupe', article.id, article.contentHash, data.runId ?? ''), data }],
  };
}
