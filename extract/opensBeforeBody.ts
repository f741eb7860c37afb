/**
 * "Overall, the fund predicted", "Still, the agency said": whether a single word set off by a comma before "the" and a
 * noun of no person is a word opening the sentence rather than a name the description sets off. It must be a word
 * WordNet knows as an adjective or adverb and no first name; a person's description after it ("Long, the senator")
 * keeps the word as the name it may be.
 */
import { synsetOffsets } from '../wordnet.ts';
import { normaliseWord } from './cues.ts';
import { isFirstName } from './personGender.ts';
import { isPersonKind } from './wordnetNouns.ts';

export function opensBeforeBody(first: readonly string[], second: readonly string[]): boolean {
  const word = first[0] ?? '';
  const head = second[second.length - 1] ?? '';
  if (first.length !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(word) || isFirstName(word)) return false;
  if (second.length < 2 || second.length > 3 || normaliseWord(second[0] ?? '') !== 'the') return false;
  if (!second.slice(1).every((w) => /^\p{Ll}+$/u.test(w)) || isPersonKind(head)) return false;
  const lemma = word.toLowerCase();
  return synsetOffsets('adj', lemma).length > 0 || synsetOffsets('adv', lemma).length > 0;
}
