/** The article a page describes in its JSON-LD (schema.org), with the fields metadata reads from it. */

import type { CheerioAPI } from 'cheerio';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface JsonLdArticle {
  /** The headline or name; when both differ, the one the page's <title> repeats. */
  title: string | null;
  /** Each author's name as given (a string, a Person or an Organization), in order. */
  authors: string[];
  datePublished: string | null;
  dateModified: string | null;
  /** The publisher's name: the site's own name for itself. */
  publisherName: string | null;
}

const ARTICLE_TYPES = /(?:Article|BlogPosting|Report|WebPage|LiveBlogPosting)$/;

/** Read the page's JSON-LD before scripts are removed; null when it describes no article. */
export function readJsonLd($: CheerioAPI): JsonLdArticle | null {
  const found: JsonObject[] = [];
  $('script[type="application/ld+json"]').each((_, element) => {
    try {
      collect(JSON.parse(unwrap($(element).text())) as Json, found, 0);
    } catch {
      // Broken JSON-LD is common; the other sources still apply.
    }
  });
  const article = pickArticle(found);
  if (article === null) return null;
  const publisher = article.publisher;
  const publisherName = isObject(publisher) ? firstString(publisher.name) : null;
  return {
    title: titleOf(article, $('title').first().text(), publisherName),
    authors: namesOf(article.author),
    datePublished: firstString(article.datePublished),
    dateModified: firstString(article.dateModified),
    publisherName,
  };
}

// Pages wrap the JSON in CDATA or comment markers meant for old XHTML parsers.
function unwrap(text: string): string {
  return text
    .replace(/^\s*(?:<!--|\/\/)?\s*<!\[CDATA\[/, '')
    .replace(/(?:\/\/)?\s*\]\]>\s*(?:-->)?\s*$/, '')
    .replace(/^\s*<!--/, '')
    .replace(/-->\s*$/, '');
}

function pickArticle(found: JsonObject[]): JsonObject | null {
  const typeOf = (o: JsonObject): string => [o['@type']].flat().filter((t) => typeof t === 'string').join(' ');
  // An article-typed object beats the WebPage that wraps it; one with a date or headline beats a stub.
  const dated = (o: JsonObject): boolean => o.datePublished !== undefined || o.headline !== undefined;
  const article = (o: JsonObject): boolean => ARTICLE_TYPES.test(typeOf(o)) && !/^WebPage$/.test(typeOf(o));
  return (
    found.find((o) => article(o) && dated(o)) ??
    found.find((o) => ARTICLE_TYPES.test(typeOf(o)) && dated(o)) ??
    found.find((o) => ARTICLE_TYPES.test(typeOf(o))) ??
    null
  );
}

// Wikipedia's headline is a description ("Wikimedia list article") and its name the title: the <title> tells.
// A name that is the publisher's (Aktuálně.cz names its articles after itself) is no title.
function titleOf(article: JsonObject, pageTitle: string, publisherName: string | null): string | null {
  const headline = firstString(article.headline);
  const ownName = firstString(article.name);
  const name = ownName === publisherName ? null : ownName;
  if (headline !== null && name !== null && headline !== name) {
    if (pageTitle.includes(name) && !pageTitle.includes(headline)) return name;
  }
  return headline ?? name;
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

function namesOf(value: Json | undefined): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => namesOf(v));
  if (isObject(value)) return namesOf(value.name);
  const name = typeof value === 'string' ? clean(value) : null;
  return name === null ? [] : [name];
}

// JSON-LD allows a list wherever a value may stand: `"datePublished": ["2024-05-01T10:00:00Z"]`.
function firstString(value: Json | undefined): string | null {
  if (Array.isArray(value)) return firstString(value[0]);
  return typeof value === 'string' ? clean(value) : null;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clean(value: string): string | null {
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
}
