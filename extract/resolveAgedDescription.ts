/**
 * Who "the 46-year-old" or "the 61-year-old engineer" is: news writing gives a person's age as a fresh description
 * of the person just written about, never as a name, so the age itself is nobody's name.
 */

import type { SpeakerPhrase } from './parseSpeakerPhrase.ts';
import { roleGender } from './personGender.ts';
import { sentencesBetween } from './resolveRole.ts';
import { onlyPersonPrinted } from './recentlyNamedPerson.ts';
import type { RoleContext, RoleHolder } from './resolveRole.ts';

/** "the 46-year-old", "The bespectacled, 71-year-old diplomat": a definite description that gives an age. */
const DEFINITE_AGE = /^the\s+(?:[\p{L}’'-]+,?\s+){0,2}\d+[- ]year[- ]old\b/iu;

/**
 * The person the sentence before was about, when the phrase is a definite description by age and its noun, if any,
 * does not give the other gender ("the 30-year-old woman" is not "Tomas Verrin"); else null. An indefinite one ("a
 * 29-year-old man said") introduces someone new and is left to the caller.
 */
export function resolveAgedDescription(
  phrase: SpeakerPhrase,
  offset: number,
  context: RoleContext,
): RoleHolder | null {
  if (!DEFINITE_AGE.test(phrase.raw)) return null;
  const near = context.previous !== null && sentencesBetween(context.masked, context.previous.offset, offset) <= 1;
  const previous = near ? context.previous : printedBefore(offset, context);
  if (previous === null) return null;
  const wanted = roleGender(phrase.raw.toLowerCase());
  const theirs = context.genderOf(previous.known.speaker, previous.known.role);
  if (wanted !== null && theirs !== null && wanted !== theirs) return null;
  return previous.known;
}

/** The one person printed in the two sentences before, when no event before named a person. */
function printedBefore(offset: number, context: RoleContext): RoleContext['previous'] {
  const only = onlyPersonPrinted(context.masked, context.index, offset, 2);
  return only === null ? null : { offset, known: { speaker: only.name, speakerType: 'person', role: only.role } };
}
