import { articleFromText } from '../extract/articleFromText.ts';
import { extractArticle } from '../extract/extractArticle.ts';
import type { Article } from '../extract/types.ts';
import { contentFingerprint } from '../dedupe/contentFingerprint.ts';
import { fetchDocument } from '../ingest/fetchDocument.ts';
import { parseFeed } from '../ingest/parseFeed.ts';
import { parseOpml } from '../ingest/parseOpml.ts';
import type { FeedEntry, RawDocument } from '../ingest/types.ts';
import * as store from '../store/index.ts';
import type { StageContext } from './context.ts';
import type { FetchJobData, FollowUp, StageResult } from './jobTypes.ts';
import { addStats, emptyStats } from './jobTypes.ts';
import { makeId } from '../store/ids.ts';

/** The outlet of an article: what the page says, else the feed's, else the web host. */
function outletOf(article: Article, fallback: string | null | undefined): string | null {
  if (article.siteName) return article.siteName;
  if (fallback) return fallback;
  const url = new URL(article.url);
  return url.protocol.startsWith('http') ? url.hostname.replace(/^www\./, '') : null;
}

/** The job that fetches an article page reached through a feed: one per URL. */
export const fetchFollowUp = (data: FetchJobData): FollowUp<'fetch'> => ({
  queue: 'fetch',
  id: makeId('fetch', data.url),
  data,
});

/** Stores an article and asks for its extraction (keyed by its content, so unchanged text is skipped). */
async function storeArticle(
  ctx: StageContext,
  article: Article,
  source: { feedId?: string | null; outlet?: string | null },
): Promise<StageResult> {
  const contentHash = contentFingerprint(article.text);
  const result = await store.articles.upsert(ctx.db, {
    ...article,
    outlet: outletOf(article, source.outlet),
    feedId: source.feedId ?? null,
    contentHash,
  });
  ctx.log.debug({ articleId: result.id, url: article.url, created: result.created }, 'article stored');
  return {
    stats: result.created ? { articlesNew: 1 } : { articlesSeen: 1 },
    next: [
      {
        queue: 'extract',
        id: makeId('extract', result.id, contentHash),
        data: { articleId: result.id, contentHash },
      },
    ],
  };
}

/** An article from a feed entry that carries its full text; entry metadata fills what the HTML lacks. */
function articleFromEntry(entry: FeedEntry & { contentHtml: string }, url: string): Article {
  const article = extractArticle(entry.contentHtml, url);
  return {
    ...article,
    url,
    canonicalUrl: url,
    title: entry.title ?? article.title,
    byline: entry.author ?? article.byline,
    publishedAt: entry.publishedAt ?? article.publishedAt,
  };
}

async function processFeed(ctx: StageContext, doc: RawDocument, data: FetchJobData): Promise<StageResult> {
  const feed = await parseFeed(doc.body, doc.url);
  const feedId = await store.feeds.upsertFetched(ctx.db, {
    url: doc.url,
    title: feed.title,
    siteUrl: feed.link,
    outlet: data.outlet ?? feed.title,
  });
  const outlet = data.outlet ?? feed.title;
  const stats = addStats(emptyStats(), { feeds: 1 });
  const next: FollowUp[] = [];
  for (const entry of feed.entries) {
    const url = entry.url ?? (entry.guid ? `urn:guid:${entry.guid}` : null);
    if (!url) continue;
    if (entry.contentHtml) {
      const stored = await storeArticle(ctx, articleFromEntry({ ...entry, contentHtml: entry.contentHtml }, url), {
        feedId,
        outlet,
      });
      addStats(stats, stored.stats);
      next.push(...stored.next);
    } else if (entry.url) {
      next.push(fetchFollowUp({ url: entry.url, feedId, outlet }));
    }
  }
  return { stats, next };
}

/** Handles one document, fetched or read from a file: a feed, an OPML list, a page or a text article. */
export async function processDocument(ctx: StageContext, doc: RawDocument, data: FetchJobData): Promise<StageResult> {
  switch (doc.kind) {
    case 'feed':
      return processFeed(ctx, doc, data);
    case 'opml':
      return { stats: {}, next: parseOpml(doc.body).map((feed) => fetchFollowUp({ url: feed.url, outlet: feed.title })) };
    case 'html':
      return storeArticle(ctx, extractArticle(doc.body, doc.url), data);
    case 'text':
      return storeArticle(ctx, articleFromText(doc.body, doc.url), data);
  }
}

/**
 * The fetch stage: fetch a URL through the guarded client (or take the document a local file gave) and
 * store what it holds.
 * @throws FetchError, UnsafeUrlError, FeedParseError (jobs/ decides which are permanent).
 */
export async function processFetch(ctx: StageContext, data: FetchJobData): Promise<StageResult> {
  if (data.document) return processDocument(ctx, data.document, data);
  const result = await fetchDocument(data.url, ctx.fetch);
  if (result.status === 'not-modified') return { stats: {}, next: [] };
  return processDocument(ctx, result.document, data);
}
