/**
 * "“...,” Ann Roe said. ... This is not the race Mia Lund hoped to run. She acknowledges that ...": a sentence that opens
 * on "he" or "she" right after a sentence whose one person, of the pronoun's gender, is the subject of its verb there,
 * goes on about that person, not about the last person who spoke. Whom the pronoun means, and whom the next "she said"
 * means.
 */

import type { KnownName, NameIndex } from './buildNameIndex.ts';
import { AUXILIARIES } from './cues.ts';
import type { Gender } from './personGender.ts';
import { onlyPersonPrinted } from './recentlyNamedPerson.ts';
import { escape, sentenceEnds } from './resolveRole.ts';

/** A finite verb right after a name: a past form in "-ed", a present one in "-s", or an auxiliary. */
const isFiniteVerb = (word: string): boolean =>
  (/^\p{Ll}{2,}(?:ed|[^s’'u]s)$/u.test(word) &&
    !/^(?:this|thus|his|hers|its|ours|yours|theirs|whereas|perhaps)$/.test(word)) ||
  AUXILIARIES.has(word);

/** A pronoun of each gender in the sentence before: someone else's sentence, about whom "he" goes on. */
const PRONOUNS: Readonly<Record<Gender, RegExp>> = {
  male: /\b(?:he|him|his|himself)\b/i,
  female: /\b(?:she|her|hers|herself)\b/i,
};

/** How far back the two sentences are searched. */
const REACH = 1500;

/**
 * The one person printed in the sentence before the one holding `offset`, as the subject of a verb, when that sentence
 * opens on the pronoun `pronoun` of gender `wanted` and the person is known to be of that gender; else null.
 */
export function subjectOfSentenceBefore(
  masked: string,
  index: NameIndex,
  offset: number,
  wanted: Gender,
  genderOf: (name: string, role?: string | null) => Gender | null,
): KnownName | null {
  const from = Math.max(0, offset - REACH);
  const ends = sentenceEnds(masked.slice(from, offset)).map((end) => from + end);
  const open = ends[ends.length - 1];
  const previous = ends[ends.length - 2];
  if (open === undefined || previous === undefined) return null;
  if (!new RegExp(`^${wanted === 'male' ? 'He' : 'She'}\\s+\\p{Ll}`, 'u').test(masked.slice(open, offset)))
    return null;
  // A paragraph break between them: the text may have moved on.
  if (masked.slice(previous, open).includes('\n')) return null;
  const person = onlyPersonPrinted(masked, index, open, 1);
  if (person === null || genderOf(person.name, person.role) !== wanted) return null;
  const surname = person.words[person.words.length - 1] ?? '';
  const sentence = masked.slice(previous, open);
  // "... it may be clear whether Trump will be the nominee by his state's turn, he noted. He said": the sentence before
  // was already about the one the pronoun goes on meaning.
  if (PRONOUNS[wanted].test(sentence)) return null;
  // "the Christian Monitor Breakfast" is an event's name, however it is shaped.
  if (new RegExp(`\\b[Tt]he\\s+${escape(person.name)}`, 'u').test(sentence)) return null;
  const subject = new RegExp(`(?<!\\p{L})${escape(surname)}\\s+(\\p{Ll}+)`, 'gu');
  return [...sentence.matchAll(subject)].some((m) => isFiniteVerb(m[1] ?? '')) ? person : null;
}
