/** Article metadata from a parsed page: meta tags and JSON-LD (dates and authors: JSON-LD first), then visible fallbacks. */

import type { CheerioAPI } from 'cheerio';
import { dropSiteName } from './dropSiteName.ts';
import { isBylineLabel, joinAuthors, readAuthors } from './readAuthors.ts';
import { readJsonLd } from './readJsonLd.ts';
import { readPageDate } from './readPageDate.ts';

export interface PageMetadata {
  title: string | null;
  /** The authors' names joined (", ", or "; " when a name holds a comma), or null. */
  byline: string | null;
  /** Each author's name, in the page's order. */
  authors: string[];
  publishedAt: string | null;
  modifiedAt: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  language: string | null;
  /** The page's summary of itself (og:description, description), which a template often prints as the standfirst. */
  description: string | null;
}

// Meta names as pages write them: "DC.title", "dc:title", a property holding several names ("x:title dc:title").
const TITLE_KEYS = ['dc:title', 'dcterm:title', 'og:title', 'twitter:title', 'parsely-title', 'title'];
const AUTHOR_KEYS = ['dc:creator', 'dcterm:creator', 'author', 'byl', 'parsely-author', 'sailthru.author', 'article:author'];
const AUTHOR_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]',
  '[itemprop="author"]',
  'a[rel="author"]',
  '[class*="byline" i], [id*="byline" i], [class*="author-name" i]',
];
const AUTHOR_SELECTOR_UNION = AUTHOR_SELECTORS.join(', ');
const HOST_WORDS = /^(?:www|com|org|net|co|ac|gov|edu|news)$/;

/** Read metadata before the page is cleaned: scripts hold the JSON-LD. */
export function readMetadata($: CheerioAPI, url: string): PageMetadata {
  const metas = readMetaTags($);
  const meta = (keys: readonly string[]): string | null => keys.map((k) => metas.get(k)?.[0]).find((v) => v !== undefined) ?? null;
  const ld = readJsonLd($);
  const authors = readPageAuthors($, ld?.authors ?? [], AUTHOR_KEYS.map((k) => metas.get(k) ?? []));
  const siteName = siteNameOf(meta(['og:site_name']), ld?.publisherName ?? null);
  const rawTitle = meta(TITLE_KEYS) ?? ld?.title ?? clean($('title').first().text()) ?? clean($('h1').first().text());
  const dates = readPageDate($, url, ld);
  const canonical = clean($('link[rel="canonical"]').first().attr('href')) ?? meta(['og:url']);
  const lang = clean($('html').attr('lang')) ?? meta(['content-language']);
  const knownNames = [siteName, meta(['og:site_name']), meta(['application-name']), meta(['twitter:site']), ...hostWords(url)];
  return {
    // The author on a personal site is its name: "Post | Code | Nicolas Perriault".
    title: rawTitle === null ? null : dropSiteName(rawTitle, [...knownNames, authors.length === 1 ? (authors[0] ?? null) : null]),
    byline: joinAuthors(authors),
    authors,
    publishedAt: dates.publishedAt,
    modifiedAt: dates.modifiedAt,
    canonicalUrl: resolveUrl(canonical, url),
    siteName: siteName ?? hostOf(url),
    language: lang === null ? null : (lang.split(/[-_]/)[0]?.toLowerCase() ?? null),
    description: meta(['og:description', 'description', 'twitter:description', 'dc:description']),
  };
}

/**
 * og:site_name is the site's name for itself, the JSON-LD publisher often a company's ("Daily Example Ltd"); but
 * an og:site_name that is the publisher's name plus a tagline ("Aktuálně.cz - Víte, co se právě děje") gives way.
 */
function siteNameOf(ogSiteName: string | null, publisherName: string | null): string | null {
  if (ogSiteName === null) return publisherName;
  if (publisherName !== null && ogSiteName.length > publisherName.length && ogSiteName.startsWith(`${publisherName} `)) return publisherName;
  return ogSiteName;
}

/**
 * The first source that gives a name: JSON-LD, meta tags (every tag of one name: a paper's `DC.Creator` per
 * author), then the page's visible byline.
 */
function readPageAuthors($: CheerioAPI, fromLd: readonly string[], fromMeta: readonly (readonly string[])[]): string[] {
  const ld = distinct(fromLd.flatMap((a) => readAuthors(a)));
  if (ld.length > 0) return ld;
  for (const values of fromMeta) {
    const names = distinct(values.flatMap((value) => readAuthors(value)));
    if (names.length > 0) return names;
  }
  // One walk of the document for every selector, then each selector's elements (in the page's order) tried in turn.
  const bylines = $(AUTHOR_SELECTOR_UNION)
    .filter((_, el) => !$(el).is('li') && $(el).closest('nav, [role="navigation"]').length === 0)
    .toArray();
  for (const selector of AUTHOR_SELECTORS) {
    // A menu's "Bylines" item (a section of the site) is no byline.
    const elements = bylines.filter((el) => $(el).is(selector));
    for (const element of elements) {
      // A copy with its line breaks as spaces: "Nathan Willis<br/>March 25" must not read "WillisMarch".
      const copy = $(element).clone();
      copy.find('br').replaceWith(' ');
      const names = readAuthors(copy.text());
      if (names.length > 0) return names;
      // A button ("Follow Author") or an empty box before the byline is passed over; other text ends the search
      // here, so that a commenter's name further down is not taken for the author's.
      if (!isBylineLabel(copy.text())) break;
    }
  }
  return [];
}

// The same name once, in its first spelling: a page that repeats its author in two tags has one author.
function distinct(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The attributes that name a meta tag, the first winning over the later for one name. */
const META_NAME_ATTRIBUTES = ['property', 'name', 'itemprop', 'http-equiv'];

/**
 * Every meta tag's contents under each of its names, lower-cased, "DC." read as "dc:", in the page's order (the
 * first is the value; several authors each have a tag); a `property` (RDFa, as OpenGraph and Dublin Core define
 * them) wins over a `name`.
 */
function readMetaTags($: CheerioAPI): Map<string, string[]> {
  // One walk of the document: each attribute's names gathered apart, then merged in the attributes' order.
  const byAttribute = META_NAME_ATTRIBUTES.map(() => new Map<string, string[]>());
  $('meta').each((_, element) => {
    const attributes = 'attribs' in element ? element.attribs : {};
    META_NAME_ATTRIBUTES.forEach((attribute, i) => {
      const names = attributes[attribute];
      if (names === undefined) return;
      const content = clean(attributes.content);
      if (content === null) return;
      const own = byAttribute[i]!;
      const keys = names
        .toLowerCase()
        .split(/\s+/)
        .filter((k) => k !== '')
        .map((k) => k.replace(/^(dc|dcterms?)\./, (_, prefix: string) => `${prefix === 'dcterms' ? 'dcterm' : prefix}:`));
      for (const key of keys) own.set(key, [...(own.get(key) ?? []), content]);
    });
  });
  const found = new Map<string, string[]>();
  for (const own of byAttribute) for (const [key, values] of own) if (!found.has(key)) found.set(key, values);
  return found;
}

function clean(value: string | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
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

// The words of a host that can name its site in a title: "bbc" of www.bbc.co.uk, "wikipedia" of en.wikipedia.org.
function hostWords(url: string): string[] {
  const labels = (hostOf(url) ?? '').split('.').slice(0, -1);
  return labels.filter((label) => label.length >= 3 && !HOST_WORDS.test(label));
}
