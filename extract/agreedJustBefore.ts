/**
 * A quote with no cue after a sentence in which its speaker only agrees, or only goes on with their words: "Ana Ruiz
 * agreed. “...”", "Ana Ruiz continued her sharp remarks. “...”".
 */

import type { TextAnalysis } from './analyzeText.ts';
import { lookupName } from './buildNameIndex.ts';
import { parseSpeakerPhrase } from './parseSpeakerPhrase.ts';
import type { ResolvedSpeaker } from './resolveSpeakers.ts';

/**
 * A sentence of a name (a possessive body before it allowed: "Tarnby College's Ana Ruiz") and a verb of agreeing or
 * disagreeing alone, or of going on with their own words ("continued his remarks", "resumed her testimony"), right
 * before the quote's opening mark.
 */
const AGREEING =
  /(?:^|[.!?]["”’]?\s+|\n)((?:\p{Lu}[\p{L}’'.-]*\s+){0,5}\p{Lu}[\p{L}’'-]*)\s+(?:also\s+)?(?:agreed|agrees|concurred|concurs|disagreed|disagrees|demurred|dissented|(?:continued|continues|resumed|resumes)\s+(?:his|her|their)\s+(?:\p{Ll}+\s+){0,2}(?:remarks|comments|criticism|critique|testimony|speech|answer|response|rant|tirade))\.\s*["“«„]?$/u;

/**
 * "“...,” said Tom Roe.\n\nTarnby College's Ana Ruiz agreed. “...”": the quote after a sentence that only says a
 * person agrees is that person's, not the quote's before it; the name in full as the text prints it (a surname alone
 * only for a person the text names in full). Null when the
 * words between `from` and the quote at `open` are no such sentence.
 */
export function agreedJustBefore(analysis: TextAnalysis, open: number, from: number): ResolvedSpeaker | null {
  const printed = AGREEING.exec(analysis.text.slice(Math.max(from, open - 200), open))?.[1];
  const phrase = printed === undefined ? null : parseSpeakerPhrase(printed);
  if (phrase === null || phrase.name === null || phrase.refersTo !== null) return null;
  const full = lookupName(analysis.names, phrase.name.split(/\s+/).pop() ?? '');
  const known = full !== null && full.name.endsWith(phrase.name);
  // A surname alone ("Howard continued ...") is the person the text named in full with it.
  if (phrase.type !== 'person' && !(known && full.person)) return null;
  const name = known ? full.name : phrase.name;
  return { speaker: name, speakerType: 'person', role: phrase.role };
}
