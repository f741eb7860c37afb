/** A phrase the attribution rules read (a speaker as printed) with the stretch of the text it comes from. */

import type { Token } from './tokenize.ts';

export interface PrintedPhrase {
  /** The words as the rules read them: single spaces between words, an appositive joined with ", ". */
  text: string;
  /** UTF-16 offsets of the stretch of the text that holds those words (its first word to its last). */
  start: number;
  end: number;
}

/** The phrase of `tokens` (offsets into the text) read as `text`; null when there are no tokens. */
export function printedTokens(tokens: readonly Token[], text: string): PrintedPhrase | null {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined || last === undefined) return null;
  return { text, start: first.start, end: last.end };
}

/**
 * Two phrases read as one, "name, description": the stretch covers both, whichever comes first in the text
 * ("the White House spokesman, Josh Earnest" is read "Josh Earnest, the White House spokesman").
 */
export function joinPrinted(name: PrintedPhrase, described: PrintedPhrase | null): PrintedPhrase {
  if (described === null) return name;
  return { text: `${name.text}, ${described.text}`, start: Math.min(name.start, described.start), end: Math.max(name.end, described.end) };
}

/**
 * Where a speaker phrase is printed: the stretch of `subject`, narrowed the way parseSpeakerPhrase trims the
 * phrase it keeps as printed (spaces and commas at either end).
 */
export function speakerPosition(text: string, subject: PrintedPhrase): { speakerStart: number; speakerEnd: number } {
  let start = subject.start;
  let end = subject.end;
  while (start < end && /[\s,]/.test(text[start] ?? '')) start += 1;
  while (end > start && /[\s,]/.test(text[end - 1] ?? '')) end -= 1;
  return { speakerStart: start, speakerEnd: end };
}
