import { extractMentions } from '../extract/extractMentions.ts';
import * as store from '../store/index.ts';
import type { StoredMention } from '../store/mentions.ts';
import { makeId } from '../ids.ts';
import { timeStep } from './stepTimer.ts';
import type { StageContext } from './context.ts';
import type { ArticleJobData, CarriedArticle, StageResult } from './jobTypes.ts';

/**
 * The extract stage: find the mentions of one version of an article (extractMentions: the same that
 * `claims extract` shows) and replace the article's stored mentions with them. `carried` is the article as the
 * fetch stage of the same job stored it, when it carries the article on (jobs/carryArticle.ts): then it is not read.
 */
export async function processExtract(ctx: StageContext, data: ArticleJobData, carried?: CarriedArticle): Promise<StageResult> {
  const article = carried?.article ?? (await store.articles.get(ctx.db, data.articleId));
  // A newer version of the text has its own job; this one is stale.
  if (article.contentHash !== data.contentHash) return { stats: {}, next: [] };
  let mentions = 0;
  let unmerged: StoredMention[] | undefined;
  if (article.extractedHash !== article.contentHash) {
    // Off the event loop when the worker has threads: a transaction open meanwhile gets its next statement sent.
    const found = await timeStep(ctx.timeStep, 'extract_mentions', async () =>
      ctx.extractMentions ? ctx.extractMentions(article.text) : extractMentions(article.text),
    );
    mentions = found.mentions.length;
    // A first extraction replaces nothing: one statement, no transaction (null: mentions were stored meanwhile).
    if (article.extractedHash === null) {
      unmerged = (await store.mentions.insertFirstExtraction(ctx.db, article.id, found.mentions, article.contentHash)) ?? undefined;
    }
    unmerged ??= await ctx.db.transaction(async (tx) => {
      // The version is marked extracted in the statement that stores its mentions (one round trip fewer).
      const { touched, stored } = await store.mentions.replaceForArticle(tx, article.id, found.mentions, article.contentHash);
      await store.claims.refresh(tx, touched);
      await store.claims.pruneVariants(tx, touched);
      return stored;
    });
    ctx.log.debug({ articleId: article.id, mentions, dropped: found.dropped.length }, 'mentions extracted');
  }
  if (article.dedupedHash === article.contentHash) return { stats: { mentions }, next: [] };
  const dedupe = { queue: 'dedupe' as const, id: makeId('dedupe', article.id, article.contentHash, data.runId ?? ''), data };
  // What this job stored goes on in memory: the dedupe stage would read exactly these rows.
  const normalized = carried?.normalized === undefined ? {} : { normalized: carried.normalized };
  const extracted = unmerged ? { carried: { article: { ...article, extractedHash: article.contentHash }, unmerged, ...normalized } } : {};
  return { stats: { mentions }, next: [{ ...dedupe, ...extracted }] };
}
