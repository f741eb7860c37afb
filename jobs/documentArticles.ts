/** The one way from a fetched or read document to the articles it carries: for ingest and preview alike. */

import { articleFromText } from '../extract/articleFromText.ts';
import { extractArticle } from '../extract/extractArticle.ts';
import type { Article } from '../extract/types.ts';
import { parseFeed } from '../ingest/parseFeed.ts';
import type { FeedEntry, ParsedFeed, RawDocument } from '../ingest/types.ts';

/** The article of a page or a plain-text file. */
export function pageArticle(doc: RawDocument & { kind: 'html' | 'text' }): Article {
  return doc.kind === 'html' ? extractArticle(doc.body, doc.url) : articleFromText(doc.body, doc.url);
}

/** A feed entry with the address it is known by, and its article when the entry carries its full text. */
export interface LocatedEntry {
  entry: FeedEntry;
  /** The entry's link, else `urn:guid:` and its GUID. */
  url: string;
  /** Null for a link-only entry: its page is fetched. */
  article: Article | null;
}

/** The entries of a feed that can be located (a link or a GUID), each with the article it carries, if any. */
export function feedEntries(feed: ParsedFeed): LocatedEntry[] {
  return feed.entries.flatMap((entry) => {
    const url = entry.url ?? (entry.guid ? `urn:guid:${entry.guid}` : null);
    if (url === null) return [];
    return [{ entry, url, article: entry.contentHtml ? entryArticle(entry.contentHtml, entry, url) : null }];
  });
}

/** An article from a feed entry's own HTML (its full text, or its summary); the entry's metadata fills what the HTML lacks. */
export function entryArticle(html: string, entry: Pick<FeedEntry, 'title' | 'author' | 'publishedAt'>, url: string): Article {
  const article = extractArticle(html, url);
  return {
    ...article,
    url,
    canonicalUrl: url,
    title: entry.title ?? article.title,
    byline: entry.author ?? article.byline,
    authors: entry.author ? [entry.author] : article.authors,
    publishedAt: entry.publishedAt ?? article.publishedAt,
  };
}

/**
 * The articles a document carries itself, as ingest stores them: a page's or a text file's, a feed's
 * full-text entries (its link-only entries, OPML lists and sitemaps lead to other documents instead).
 * @throws FeedParseError
 */
export async function documentArticles(doc: RawDocument, options: { maxFeedEntries: number }): Promise<Article[]> {
  switch (doc.kind) {
    case 'html':
    case 'text':
      return [pageArticle({ ...doc, kind: doc.kind })];
    case 'feed': {
      const feed = await parseFeed(doc.body, doc.url, { maxEntries: options.maxFeedEntries });
      return feedEntries(feed).flatMap((e) => (e.article ? [e.article] : []));
    }
    case 'opml':
    case 'sitemap':
      return [];
  }
}
