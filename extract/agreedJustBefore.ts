/** A quote with no cue after a sentence in which its speaker only agrees: "Ana Ruiz agreed. “...”". */

import type { TextAnalysis } from './analyzeText.ts';
import { lookupName } from './buildNameIndex.ts';
import { parseSpeakerPhrase } from './parseSpeakerPhrase.ts';
import type { ResolvedSpeaker } from './resolveSpeakers.ts';

/**
 * A sentence of a name (a possessive body before it allowed: "Tarnby College's Ana Ruiz") and a verb of agreeing or
 * disagreeing alone, right before the quote's opening mark.
 */
const AGREEING =
  /(?:^|[.!?]["”’]?\s+|\n)((?:\p{Lu}[\p{L}’'.-]*\s+){0,5}\p{Lu}[\p{L}’'-]*)\s+(?:also\s+)?(?:agreed|agrees|concurred|concurs|disagreed|disagrees|demurred|dissented)\.\s*["“«„]?$/u;

/**
 * "“...,” said Tom Roe.\n\nTarnby College's Ana Ruiz agreed. “...”": the quote after a sentence that only says a
 * person agrees is that person's, not the quote's before it; the name in full as the text prints it. Null when the
 * words between `from` and the quote at `open` are no such sentence.
 */
export function agreedJustBefore(analysis: TextAnalysis, open: number, from: number): ResolvedSpeaker | null {
  const printed = AGREEING.exec(analysis.text.slice(Math.max(from, open - 200), open))?.[1];
  const phrase = printed === undefined ? null : parseSpeakerPhrase(printed);
  if (phrase === null || phrase.name === null || phrase.type !== 'person' || phrase.refersTo !== null)
    return null;
  const full = lookupName(analysis.names, phrase.name.split(/\s+/).pop() ?? '');
  const name = full !== null && full.name.endsWith(phrase.name) ? full.name : phrase.name;
  return { speaker: name, speakerType: 'person', role: phrase.role };
}
