/** An Article from a plain-text file: headline line as title, lines as paragraphs. */

import type { Article } from './types.ts';
import { detectLanguage } from './detectLanguage.ts';
import { readTextMetadata } from './readTextMetadata.ts';

// One or two words are a section label ("SHARE", "World"), not a headline.
const MIN_TITLE_WORDS = 3;
const MAX_TITLE_WORDS = 20;
const MAX_TITLE_CHARS = 200;
// Labels passed over above a headline: at most two lines, as a section name and a share button.
const MAX_LABELS_ABOVE_TITLE = 2;

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
  // A share button's or a section's label printed above the headline ("SHARE", "World News") is passed over.
  let first = 0;
  while (first < MAX_LABELS_ABOVE_TITLE && readsAsLabel(lines[first] ?? '.')) first += 1;
  const headline = lines[first];
  if (headline !== undefined && readsAsHeadline(headline, lines[first + 1])) title = lines.splice(first, 1)[0] ?? null;
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

/** A line that ends on an abbreviation's full stop ("... in the U.S.", "... at 9 a.m.", "Acme Corp."), not a sentence's. */
const ABBREVIATION_END = /(?:\b(?:\p{L}\.){2,}|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St|Bros|Dept|Gov|Sen|Rep|No|vs)\.)$/u;

/** A dateline ("MOSCOW, Feb 12 -", "KYIV (Reuters) -") or a byline ("By Jane Roe"): what opens a story under its headline. */
const STORY_OPENING = /^(?:By\s+\p{Lu}|\p{Lu}[\p{Lu}\s.'-]+(?:,[^\n]{0,40}?)?(?:\s*\([^)]{1,40}\))?\s*[-–—]\s)/u;

/** Every word of four letters or more capitalised, three at least: headline case, which a lede sentence is not. */
function inHeadlineCase(line: string): boolean {
  const long = line.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word.replace(/^["'“‘(]+/, '')));
  return long.length >= 3 && long.every((word) => /^\p{Lu}/u.test(word.replace(/^["'“‘(]+/, '')));
}

/** One or two words with no sentence punctuation: a section label or a button ("SHARE", "World News"). */
function readsAsLabel(line: string): boolean {
  return line.split(/\s+/).length < MIN_TITLE_WORDS && line.length <= 40 && !/[.!?:;,"“”]/.test(line);
}

function readsAsHeadline(line: string, next: string | undefined): boolean {
  const words = line.split(/\s+/).length;
  if (words < MIN_TITLE_WORDS || words > MAX_TITLE_WORDS || line.length > MAX_TITLE_CHARS) return false;
  if (/^["'“‘«„”’]/.test(line)) return false;
  // A sentence-final period marks body copy; "?" and "!" headlines exist, so only "." counts. Yet some headlines
  // end on one: an abbreviation's, one in headline case, or one the story's dateline or byline follows.
  if (!/\.["'”’»)]?$/.test(line)) return true;
  if (ABBREVIATION_END.test(line) || inHeadlineCase(line)) return true;
  // One sentence only: a line of two sentences is a lede paragraph.
  return next !== undefined && STORY_OPENING.test(next) && !/[.!?]["'”’]?\s+\p{Lu}/u.test(line.slice(0, -1));
}
