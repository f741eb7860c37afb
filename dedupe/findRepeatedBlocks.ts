import { normalizeText } from './normalizeText.ts';

export interface TextRange {
  start: number;
  end: number;
}

/** Shorter paragraphs ("Reuters", "comments") repeat by nature and carry no claim worth collapsing. */
const MIN_BLOCK_CHARS = 40;

/**
 * Finds the paragraphs of a text that repeat an earlier paragraph of the same text (a page that carries
 * its wire copy twice), so that the page counts once. Paragraphs are separated by line breaks.
 */
export function findRepeatedBlocks(text: string): TextRange[] {
  const seen = new Set<string>();
  const repeated: TextRange[] = [];
  const paragraph = /[^\n]+/g;
  for (let match = paragraph.exec(text); match !== null; match = paragraph.exec(text)) {
    const key = normalizeText(match[0]);
    if (key.length < MIN_BLOCK_CHARS) continue;
    if (seen.has(key)) repeated.push({ start: match.index, end: match.index + match[0].length });
    else seen.add(key);
  }
  return repeated;
}

/** Whether a span lies inside one of the ranges. */
export function isInside(ranges: readonly TextRange[], start: number): boolean {
  return ranges.some((r) => start >= r.start && start < r.end);
}
