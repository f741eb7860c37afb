/** Joint speakers ("Newport and Harter", "Tom Smith and his wife Ann Lee"): the words that name the first of them. */

import { ORG_MARKERS, normaliseWord } from './cues.ts';
import { isCapitalised } from './tokenize.ts';
import { organisationName } from './organisationName.ts';
import { synsetOffsets } from '../wordnet.ts';

const PREPOSITIONS = /^(?:of|for|from|at|in|on|with|by|to)$/;

/**
 * The words of a speaker phrase up to the "and" that joins two named speakers, when the name run `from` (to the end)
 * follows "and" (or "and his wife"); null when the phrase names one speaker or one organisation ("Fish and Wildlife
 * Service", "Ways and Means Committee"). The labelling rules name joint speakers by the first-named.
 */
export function firstOfJoint(words: readonly string[], from: number): string[] | null {
  let and = from - 1;
  while (and > 0 && from - and <= 3 && words[and] !== 'and' && /^\p{Ll}/u.test(words[and] ?? '')) and -= 1;
  if (and <= 0 || words[and] !== 'and' || !isCapitalised(words[and - 1] ?? '')) return null;
  const before = words.slice(0, and);
  // "Popular Christian and corporate speaker Lance Orvell": capitalised adjectives joined to the role's own adjectives
  // describe one speaker.
  if (from - and > 1 && before.every((w) => synsetOffsets('adj', w.toLowerCase()).length > 0)) return null;
  const joined = [...before, ...words.slice(and + 1)];
  // "the Bank of England and the Treasury", "the Ministry of Defence and Mr Smith": a body's whole name before "and"
  // that does not go on over it ("the Department of Health and Human Services" does) is the first of two.
  if (organisationName(before) !== null && organisationName(words) === null) return before;
  if (joined.some((w) => ORG_MARKERS.has(normaliseWord(w)) || PREPOSITIONS.test(w))) return null;
  return before;
}
