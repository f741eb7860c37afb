/** An Article from a plain-text file: headline line as title, lines as paragraphs. */

import type { Article } from './types.ts';
import { detectLanguage } from './detectLanguage.ts';
import { readTextMetadata } from './readTextMetadata.ts';

// One or two words are a section label ("SHARE", "World"), not a headline.
const MIN_TITLE_WORDS = 3;
const MAX_TITLE_WORDS = 20;
const MAX_TITLE_CHARS = 200;

/**
 * Build an Article from plain text; the first line is the title when it reads as a headline; a byline,
 * date or copyright credit printed on lines of their own is read as metadata when unambiguous.
 */
export function articleFromText(text: string, url: string): Article {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00A0]+/g, ' ').trim())
    .filter((line) => line !== '');
  let title: string | null = null;
  if (lines[0] !== undefined && readsAsHeadline(lines[0])) title = lines.shift() ?? null;
  const body = lines.join('\n\n');
  // The lines stay in the text: they are what the file printed, and the mentions' offsets point into it.
  const printed = readTextMetadata(lines);
  return {
    url,
    canonicalUrl: null,
    title,
    byline: printed.byline,
    publishedAt: printed.publishedAt,
    siteName: printed.outlet,
    language: detectLanguage(body),
    text: body,
  };
}

function readsAsHeadline(line: string): boolean {
  const words = line.split(/\s+/).length;
  if (words < MIN_TITLE_WORDS || words > MAX_TITLE_WORDS || line.length > MAX_TITLE_CHARS) return false;
  if (/^["'“‘«„”’]/.test(line)) return false;
  // A sentence-final period marks body copy; "?" and "!" headlines exist, so only "." counts.
  return !/\.["'”’»)]?$/.test(line) || /\b(?:U\.S|U\.K|Inc|Co|Jr|St)\.$/.test(line);
}
