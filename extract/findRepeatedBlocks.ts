/** Paragraphs that repeat an earlier paragraph of the same text: a page that carries its wire copy twice. */

import type { TextAnalysis } from './analyzeText.ts';
import { textTokens } from './analyzeText.ts';

export interface TextRange {
  start: number;
  end: number;
}

/** Shorter paragraphs ("Reuters", "comments") repeat by nature and carry no claim worth collapsing. */
const MIN_BLOCK_CHARS = 40;

/**
 * The paragraphs (lines) of a text whose words, in any case and typography, repeat an earlier paragraph of the
 * same text, so that the page counts once.
 */
export function findRepeatedBlocks(analysis: TextAnalysis): TextRange[] {
  const seen = new Set<string>();
  const repeated: TextRange[] = [];
  const paragraph = /[^\n]+/g;
  for (let match = paragraph.exec(analysis.text); match !== null; match = paragraph.exec(analysis.text)) {
    const start = match.index;
    const end = start + match[0].length;
    const key = paragraphKey(textTokens(analysis, start, end).flatMap((t) => (t.word ? [t.text] : [])).join(' '));
    if (key.length < MIN_BLOCK_CHARS) continue;
    if (seen.has(key)) repeated.push({ start, end });
    else seen.add(key);
  }
  return repeated;
}

const paragraphKey = (words: string): string => words.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019`´]/g, "'");

/** Whether a span lies inside one of the ranges. */
export function isInside(ranges: readonly TextRange[], start: number): boolean {
  return ranges.some((r) => start >= r.start && start < r.end);
}
