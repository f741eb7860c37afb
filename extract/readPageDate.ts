/** A page's published and modified times, from the most trusted source that gives one. */

import type { Cheerio, CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { JsonLdArticle } from './readJsonLd.ts';

export interface PageDates {
  /** ISO 8601 in UTC (the page's own offset applied), or null. */
  publishedAt: string | null;
  modifiedAt: string | null;
}

const PUBLISHED_META = [
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[property="dc:date"]',
];
const MODIFIED_META = [
  'meta[itemprop="dateModified"]',
  'meta[name="last-modified"]',
  'meta[http-equiv="last-modified"]',
  'meta[name="dcterms.modified"]',
];

/**
 * Dates in the order of trust: JSON-LD, OpenGraph (article:*), the page's <time> of publication, other meta
 * tags, then (published only) a date in the URL's path.
 */
export function readPageDate($: CheerioAPI, url: string, ld: JsonLdArticle | null): PageDates {
  // The page's meta tags found once, not once for each of the selectors below (each a walk of the whole document).
  let metas: Cheerio<Element> | null = null;
  const meta = (selectors: readonly string[]): string | null => {
    for (const selector of selectors) {
      metas ??= $('meta');
      const found = toIso(metaContent($, metas, selector));
      if (found !== null) return found;
    }
    return null;
  };
  const publishedAt =
    toIso(ld?.datePublished ?? null) ??
    meta(['meta[property="article:published_time"]', 'meta[property="og:published_time"]']) ??
    toIso(timeOf($, 'datePublished')) ??
    meta(PUBLISHED_META) ??
    // Any <time> on the page last: a sidebar's or a comment's may come first.
    toIso($('time[datetime]').first().attr('datetime') ?? null) ??
    dateInUrl(url);
  const modifiedAt =
    toIso(ld?.dateModified ?? null) ??
    meta(['meta[property="article:modified_time"]', 'meta[property="og:updated_time"]']) ??
    toIso(timeOf($, 'dateModified')) ??
    meta(MODIFIED_META);
  return { publishedAt, modifiedAt };
}

// Attribute selectors are case-sensitive on names like "DC.date.issued": compare lower-cased.
function metaContent($: CheerioAPI, metas: Cheerio<Element>, selector: string): string | null {
  const match = /^meta\[([\w-]+)="([^"]+)"\]$/.exec(selector);
  if (match === null) return null;
  const [, attribute = '', value = ''] = match;
  const element = metas
    .filter((_, el) => ($(el).attr(attribute) ?? '').toLowerCase() === value.toLowerCase())
    .first();
  return element.attr('content') ?? null;
}

// The page's own time of publication: itemprop'd first, then a <time pubdate>, then the first <time> in the article.
function timeOf($: CheerioAPI, itemprop: 'datePublished' | 'dateModified'): string | null {
  const marked = $(`[itemprop="${itemprop}"]`).first();
  const value = marked.attr('datetime') ?? marked.attr('content');
  if (value !== undefined) return value;
  if (itemprop === 'dateModified') return null;
  return (
    $('time[pubdate][datetime]').first().attr('datetime') ??
    $('article time[datetime], main time[datetime]').first().attr('datetime') ??
    null
  );
}

/** A date in the URL's path (/2024/05/01/, /2024-05-01-, /20240501/), as midnight UTC; null when there is none. */
export function dateInUrl(url: string): string | null {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = /(?:^|\/)((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(pathname);
  if (match === null) return null;
  return toIso(`${match[1]}-${match[2]}-${match[3]}`);
}

/**
 * ISO 8601 in UTC from a printed time; a time without a zone is read as UTC (not as this machine's zone),
 * so that the same page gives the same instant anywhere.
 */
export function toIso(value: string | null): string | null {
  if (value === null) return null;
  let text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(text)) text = `${text.replace(' ', 'T')}Z`;
  const time = Date.parse(text);
  // Years far from now are placeholders ("0001-01-01", the epoch), not publication times.
  if (Number.isNaN(time)) return null;
  const year = new Date(time).getUTCFullYear();
  return year < 1971 || year > 2100 ? null : new Date(time).toISOString();
}
