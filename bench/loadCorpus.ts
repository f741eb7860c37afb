/** Loads a generated corpus into the store through its modules, as the extract stage would leave it. */
import { createHash } from 'node:crypto';
import * as store from '../store/index.ts';
import type { Db } from '../store/db.ts';
import type { BenchArticle, StatementFamily } from './generateCorpus.ts';
import { runPool } from './runPool.ts';

export interface LoadedCorpus {
  /** Articles in generation order (stories in publication order), with their mention counts. */
  articles: Array<{ articleId: string; contentHash: string; mentions: number }>;
  /** The truth of every stored mention, by mention id. */
  truth: Map<string, number>;
  /** For each true statement: the one it must stay apart from, and its family. */
  statements: Map<number, { near: number | null; family: StatementFamily }>;
  mentions: number;
}

/** Groups an iterable into arrays of `size`. */
function* batches<T>(items: Iterable<T>, size: number): Generator<{ index: number; items: T[] }> {
  let batch: T[] = [];
  let index = 0;
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield { index: index++, items: batch };
      batch = [];
    }
  }
  if (batch.length > 0) yield { index, items: batch };
}

/**
 * Stores articles and their mentions, many articles per transaction and a few transactions at once, so
 * that loading a million mentions takes minutes, not the commits of a million statements.
 */
export async function loadCorpus(
  db: Db,
  corpus: Iterable<BenchArticle>,
  options: { batch?: number; concurrency?: number; onProgress?: (mentions: number) => void } = {},
): Promise<LoadedCorpus> {
  const loaded: LoadedCorpus = { articles: [], truth: new Map(), statements: new Map(), mentions: 0 };
  const byBatch: Array<LoadedCorpus['articles']> = [];
  await runPool(batches(corpus, options.batch ?? 200), options.concurrency ?? 4, async ({ index, items: batch }) => {
    const stored = await db.transaction(async (tx) => {
      const out: LoadedCorpus['articles'] = [];
      for (const article of batch) {
        const contentHash = createHash('sha256').update(article.text).digest('hex').slice(0, 32);
        const { id } = await store.articles.upsert(tx, {
          url: article.url,
          canonicalUrl: article.url,
          title: article.title,
          byline: null,
          publishedAt: article.publishedAt,
          siteName: article.outlet,
          language: 'en',
          text: article.text,
          outlet: article.outlet,
          feedId: null,
          contentHash,
        });
        await store.mentions.replaceForArticle(tx, id, article.mentions);
        await store.articles.markExtracted(tx, id, contentHash);
        out.push({ articleId: id, contentHash, mentions: article.mentions.length });
      }
      return out;
    });
    // Recorded after the commit: the truth names only mentions that are in the database.
    batch.forEach((article, i) => {
      const { articleId } = stored[i] as LoadedCorpus['articles'][number];
      for (const m of article.mentions) {
        loaded.truth.set(store.mentions.mentionId(articleId, m), m.truth);
        if (!loaded.statements.has(m.truth)) loaded.statements.set(m.truth, { near: m.near, family: m.family });
      }
      loaded.mentions += article.mentions.length;
    });
    byBatch[index] = stored;
    options.onProgress?.(loaded.mentions);
  });
  // Batches finish out of order; the merge takes articles in the order they were generated (published).
  loaded.articles = byBatch.flat();
  return loaded;
}
