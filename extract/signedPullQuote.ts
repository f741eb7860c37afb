/** The signer of a pull quote printed with its source's name on the line after it. */

import type { QuoteSpan } from './findQuoteSpans.ts';
import type { ResolvedSpeaker } from './resolveSpeakers.ts';

/**
 * The line after a pull quote's words: a person's name (two to four capitalised words), a comma, the body the person
 * speaks for, a full stop and the quote's closing mark, and nothing else ('Jane Roe, Harbour Institute."').
 */
const SIGNATURE =
  /^\s*\n\s*((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+),\s+(\p{Lu}[^\n"“”,]{1,80}?)\.?\s*["”]\s*(?:\n|$)/u;

/**
 * A quote left open at its paragraph's end and signed on the next line ('"We will rebuild the pier.\nJane Roe, Harbour
 * Institute."'), as some sites print a pull quote before the story repeats it, is the signer's: no cue names them, and
 * the quote before it is someone else's.
 */
export function signerOf(text: string, span: QuoteSpan): ResolvedSpeaker | null {
  if (/["”»]/.test(text[span.close - 1] ?? '')) return null;
  const signed = SIGNATURE.exec(text.slice(span.close, span.close + 200));
  if (signed === null) return null;
  return { speaker: signed[1] ?? null, speakerType: 'person', role: signed[2] ?? null };
}
