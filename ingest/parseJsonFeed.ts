/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org), read by hand: rss-parser only knows XML. */
import { FeedParseError } from './errors.ts';
import { isoDate, resolveLink } from './feedValues.ts';
import type { FeedEntry, ParsedFeed } from './types.ts';

/** Parses a JSON Feed. Throws FeedParseError for invalid JSON or a document without `items`. */
export function parseJsonFeed(json: string, baseUrl: string): ParsedFeed {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (cause) {
    throw new FeedParseError(baseUrl, 'invalid JSON', { cause });
  }
  if (!isRecord(data) || !Array.isArray(data.items)) {
    throw new FeedParseError(baseUrl, 'JSON without an items array');
  }
  return {
    title: stringOf(data.title),
    link: resolveLink(stringOf(data.home_page_url), baseUrl),
    entries: data.items.filter(isRecord).map((item) => toEntry(item, baseUrl)),
  };
}

function toEntry(item: Record<string, unknown>, baseUrl: string): FeedEntry {
  // 1.1 replaced `author` with an `authors` array; feeds in the wild carry either.
  const authors = Array.isArray(item.authors) ? item.authors : [item.author];
  const firstAuthor: unknown = authors.find(isRecord);
  const id = item.id;
  return {
    url: resolveLink(stringOf(item.url) ?? stringOf(item.external_url), baseUrl),
    guid: typeof id === 'number' ? String(id) : stringOf(id),
    title: stringOf(item.title),
    author: isRecord(firstAuthor) ? stringOf(firstAuthor.name) : null,
    publishedAt: isoDate(stringOf(item.date_published), stringOf(item.date_modified)),
    contentHtml: stringOf(item.content_html),
    summary: stringOf(item.summary) ?? stringOf(item.content_text),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
