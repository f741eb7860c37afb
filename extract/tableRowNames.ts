import type { TextAnalysis } from './analyzeText.ts';
import { textTokens } from './analyzeText.ts';
import { findEntities } from './findEntities.ts';
import type { SentenceSpan } from './splitSentences.ts';

/**
 * "1 sack, 1 TFL, 1 QH.": a sentence that is only a list of counts, each a number and what it counts, is a stat line.
 * Printed after the start of its line, it continues a table's or a box score's row.
 */
const STAT_LINE = /^\d[\d.,]*\s+[^\d,.;!?]+(?:,\s*\d[\d.,]*\s+[^\d,.;!?]+)*\.?$/u;

/** An initialism a number counts in its sentence ("1 TFL", "3 QH", "43 RBIs"): a column of the row, not a name. */
export const countedInitialisms = (sentence: string): Set<string> =>
  new Set([...sentence.matchAll(/\d\s+(\p{Lu}{2,5})s?\b/gu)].map((m) => m[1] ?? ''));

/** How far back a table's row may begin before its stat line: a row is a short line, never a paragraph. */
const MAX_ROW_BEFORE = 300;

/**
 * The names a stat line's figures are about: those printed earlier on its row ("DL Jane Roe 57 77% 3 tackles (3
 * combined). 1 sack, 1 QH." is Jane Roe's), less initialisms of a position or a column ("DL", "QH"); null when `span`
 * is no stat line after the start of its line, the line began more than MAX_ROW_BEFORE characters before it (prose,
 * or a page printed as one line, whose every stat line would otherwise read the page before it), or the row names no one.
 */
export function tableRowNames(analysis: TextAnalysis, span: SentenceSpan): string[] | null {
  if (!STAT_LINE.test(span.text.trim())) return null;
  const from = Math.max(0, span.start - MAX_ROW_BEFORE);
  const newline = analysis.text.slice(from, span.start).lastIndexOf('\n');
  if (newline === -1 && from > 0) return null;
  const lineStart = from + newline + 1;
  if (analysis.text.slice(lineStart, span.start).trim() === '') return null;
  const names = findEntities(textTokens(analysis, lineStart, span.start), analysis.known).filter(
    (name) => !/^\p{Lu}{1,5}$/u.test(name),
  );
  return names.length > 0 ? names : null;
}
