/** An Article from a page's HTML: main text by content scoring, metadata from meta tags and JSON-LD. */

import * as cheerio from 'cheerio';
import type { Article } from './types.ts';
import { readMetadata } from './readMetadata.ts';
import { removeBoilerplate } from './removeBoilerplate.ts';
import { findMainText } from './findMainText.ts';
import { detectLanguage } from './detectLanguage.ts';
import { limitNesting } from './limitNesting.ts';
import { unwrapNestedDocuments } from './unwrapNestedDocuments.ts';

/** Extract the article in `html` fetched from `url`; never throws: garbage gives an empty text. */
export function extractArticle(html: string, url: string): Article {
  const empty: Article = { url, canonicalUrl: null, title: null, byline: null, publishedAt: null, modifiedAt: null, siteName: null, language: null, text: '' };
  if (typeof html !== 'string' || html.trim() === '') return empty;
  try {
    // htmlparser2 in HTML mode: much faster than parse5 and forgiving enough for news pages.
    const $ = cheerio.load(limitNesting(html), { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } });
    const metadata = readMetadata($, url);
    unwrapNestedDocuments($);
    removeBoilerplate($);
    const text = findMainText($, { description: metadata.description, authors: metadata.authors });
    return {
      url,
      canonicalUrl: metadata.canonicalUrl,
      title: metadata.title,
      byline: metadata.byline,
      authors: metadata.authors,
      publishedAt: metadata.publishedAt,
      modifiedAt: metadata.modifiedAt,
      siteName: metadata.siteName,
      language: metadata.language ?? detectLanguage(text),
      text,
    };
  } catch {
    // Pathological markup (stack depth, broken encodings) must not stop a crawl.
    return empty;
  }
}
