/** Article metadata from a parsed page: meta tags, JSON-LD, then visible fallbacks. */

import type { CheerioAPI } from 'cheerio';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  language: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES = /(?:Article|BlogPosting|Report|WebPage|LiveBlogPosting)$/;

/** Read metadata before the page is cleaned: scripts hold the JSON-LD. */
export function readMetadata($: CheerioAPI, url: string): PageMetadata {
  const meta = (selector: string): string | null => clean($(selector).first().attr('content'));
  const ld = readJsonLd($);
  const title =
    meta('meta[property="og:title"]') ??
    meta('meta[name="twitter:title"]') ??
    clean(stringOf(ld?.headline)) ??
    clean($('title').first().text()) ??
    clean($('h1').first().text());
  const authorMeta = meta('meta[name="author"]') ?? meta('meta[name="byl"]') ?? meta('meta[name="parsely-author"]');
  const articleAuthor = meta('meta[property="article:author"]');
  const byline =
    authorMeta ??
    (articleAuthor !== null && !/^https?:/.test(articleAuthor) ? articleAuthor : null) ??
    authorOf(ld?.author) ??
    clean($('a[rel="author"]').first().text()) ??
    clean($('[itemprop="author"] [itemprop="name"]').first().text()) ??
    clean($('.byline, [class*="byline"], [class*="author-name"]').first().text());
  const published =
    meta('meta[property="article:published_time"]') ??
    meta('meta[itemprop="datePublished"]') ??
    meta('meta[name="pubdate"]') ??
    meta('meta[name="publishdate"]') ??
    meta('meta[name="parsely-pub-date"]') ??
    meta('meta[name="sailthru.date"]') ??
    meta('meta[name="date"]') ??
    meta('meta[name="dc.date"]') ??
    meta('meta[name="DC.date.issued"]') ??
    firstString(ld?.datePublished) ??
    clean($('[itemprop="datePublished"]').first().attr('datetime')) ??
    clean($('time[datetime]').first().attr('datetime'));
  const modified =
    meta('meta[property="article:modified_time"]') ??
    meta('meta[property="og:updated_time"]') ??
    meta('meta[itemprop="dateModified"]') ??
    meta('meta[name="last-modified"]') ??
    meta('meta[http-equiv="last-modified"]') ??
    firstString(ld?.dateModified) ??
    clean($('[itemprop="dateModified"]').first().attr('datetime')) ??
    clean($('[itemprop="dateModified"]').first().attr('content'));
  const canonical = clean($('link[rel="canonical"]').first().attr('href')) ?? meta('meta[property="og:url"]');
  const publisher = ld?.publisher;
  const siteName =
    meta('meta[property="og:site_name"]') ??
    (isObject(publisher) ? clean(stringOf(publisher.name)) : null) ??
    hostOf(url);
  const lang = clean($('html').attr('lang')) ?? meta('meta[http-equiv="content-language"]');
  return {
    title,
    byline: byline === null ? null : byline.replace(/^by\s+/i, '').replace(/\s+/g, ' ').trim() || null,
    publishedAt: toIso(published),
    modifiedAt: toIso(modified),
    canonicalUrl: resolveUrl(canonical, url),
    siteName,
    language: lang === null ? null : (lang.split(/[-_]/)[0]?.toLowerCase() ?? null),
  };
}

function clean(value: string | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
}

function stringOf(value: Json | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

// JSON-LD allows a list wherever a value may stand: `"datePublished": ["2024-05-01T10:00:00Z"]`.
function firstString(value: Json | undefined): string | null {
  if (Array.isArray(value)) return firstString(value[0]);
  return typeof value === 'string' ? clean(value) : null;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function authorOf(value: Json | undefined): string | null {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) {
    const names = value.map((v) => authorOf(v)).filter((v): v is string => v !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (isObject(value)) return clean(stringOf(value.name));
  return null;
}

function readJsonLd($: CheerioAPI): JsonObject | null {
  const found: JsonObject[] = [];
  $('script[type="application/ld+json"]').each((_, element) => {
    try {
      collect(JSON.parse($(element).text()) as Json, found, 0);
    } catch {
      // Broken JSON-LD is common; the other sources still apply.
    }
  });
  const typeOf = (o: JsonObject): string => [o['@type']].flat().filter((t) => typeof t === 'string').join(' ');
  // An article-typed object beats the WebPage that wraps it; one with a date or headline beats a stub.
  const dated = (o: JsonObject): boolean => o.datePublished !== undefined || o.headline !== undefined;
  const article = (o: JsonObject): boolean => ARTICLE_TYPES.test(typeOf(o)) && !/^WebPage$/.test(typeOf(o));
  return found.find((o) => article(o) && dated(o)) ?? found.find((o) => ARTICLE_TYPES.test(typeOf(o)) && dated(o)) ?? found.find((o) => ARTICLE_TYPES.test(typeOf(o))) ?? null;
}

function collect(value: Json, out: JsonObject[], depth: number): void {
  if (depth > 5) return;
  if (Array.isArray(value)) for (const item of value) collect(item, out, depth + 1);
  else if (isObject(value)) {
    out.push(value);
    const graph = value['@graph'];
    if (graph !== undefined) collect(graph, out, depth + 1);
  }
}

function toIso(value: string | null): string | null {
  if (value === null) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function resolveUrl(href: string | null, base: string): string | null {
  if (href === null) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

function hostOf(url: string): string | null {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host === '' ? null : host;
  } catch {
    return null;
  }
}
