/** Every mention in an article's text: quotes, then figures, in text order. */

import type { ExtractedMention } from './types.ts';
import { extractQuotes } from './extractQuotes.ts';
import { extractFigures } from './extractFigures.ts';

/** Quotes and figures of `text`, sorted by start offset. */
export function extractMentions(text: string): ExtractedMention[] {
  const quotes = extractQuotes(text);
  const figures = extractFigures(text, quotes);
  return [...quotes, ...figures].sort((a, b) => a.start - b.start || a.end - b.end);
}
