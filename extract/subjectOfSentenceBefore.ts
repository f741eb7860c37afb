/**
 * "“...,” Ann Roe said. ... This is not the race Mia Lund hoped to run. She acknowledges that ...": a sentence that opens
 * on "he" or "she" right after a sentence whose one person, of the pronoun's gender, is the subject of its verb there,
 * goes on about that person, not about the last person who spoke. Whom the pronoun means, and whom the next "she said"
 * means.
 */

import type { KnownName, NameIndex } from './buildNameIndex.ts';
import { personPrintedAs } from './buildNameIndex.ts';
import { AUXILIARIES, ORG_MARKERS, PERSON_NOUNS, normaliseWord } from './cues.ts';
import { isPersonKind } from './wordnetNouns.ts';
import { stripPossessive } from './tokenize.ts';
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

/** Where the sentences within reach before `offset` end, in the text's offsets. */
function sentenceEndsBefore(masked: string, offset: number): number[] {
  const from = Math.max(0, offset - REACH);
  return sentenceEnds(masked.slice(from, offset)).map((end) => from + end);
}

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
  const ends = sentenceEndsBefore(masked, offset);
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

/** A clause's subject printed as a person's name: after at most a fronted phrase and its comma, then an adverb at most. */
const NAMED_SUBJECT = /^(?:[^,;:§“”"]{1,60},\s+)?((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]+)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u;

/**
 * "Lund recently chaired the inquiry into the harbour. “...,” she said", when no person "she" may mean spoke or acted
 * before: the person printed in full (or by the surname of one printed in full) as the subject of a finite verb in
 * the sentence before the pronoun's, or in the one before that when that one's subject is no name ("the director was
 * taking few chances"), whose gender the text does not contradict; null when that subject is someone else, or when a
 * paragraph break comes between.
 */
export function subjectNamedBefore(
  masked: string,
  index: NameIndex,
  offset: number,
  wanted: Gender,
  genderOf: (name: string, role?: string | null) => Gender | null,
): KnownName | null {
  const from = Math.max(0, offset - REACH);
  const ends = [from, ...sentenceEndsBefore(masked, offset)];
  // The sentences before the pronoun's, latest first.
  for (let k = ends.length - 2; k >= Math.max(0, ends.length - 3); k -= 1) {
    const start = ends[k] ?? from;
    const sentence = masked.slice(start, ends[k + 1] ?? offset);
    // A paragraph break between them: the text may have moved on.
    if (masked.slice(start, offset).includes('\n\n')) return null;
    const m = NAMED_SUBJECT.exec(sentence);
    const printed = m?.[1];
    if (m === null || printed === undefined || !isFiniteVerb(m[2] ?? '')) {
      // Only a person's description ("the director", "The veteran") as the subject lets the sentence before it speak.
      if (describedSubject(sentence)) continue;
      return null;
    }
    // A full name whose first word no list holds ("Aung San Suu Kyi") is a person's too, printed as a subject so.
    const person = personPrintedAs(index, printed) ?? namePrintedAs(index, printed);
    if (person === null) return null;
    const gender = genderOf(person.name, person.role);
    return gender === null || gender === wanted ? person : null;
  }
  return null;
}

/** The entry of two or more capitalised words, none an organisation's, that ends with the words printed; else null. */
function namePrintedAs(index: NameIndex, printed: string): KnownName | null {
  const words = printed.split(/\s+/);
  const entries = index.get(normaliseWord(stripPossessive(words[words.length - 1] ?? ''))) ?? [];
  const named = entries.filter((e) => e.words.length >= 2 && e.name.endsWith(words.join(' ')) && e.words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ORG_MARKERS.has(normaliseWord(w))));
  return named.length === 1 ? (named[0] ?? null) : null;
}

/** Whether a sentence's subject is a person's description: "the", at most two words, a person noun, a finite verb. */
function describedSubject(sentence: string): boolean {
  const m = /^(?:[^,;:§“”"]{1,60},\s+)?[Tt]he\s+((?:[\p{Ll}-]+\s+){1,3})/u.exec(sentence);
  const words = (m?.[1] ?? '').trim().split(/\s+/);
  const verb = words.findIndex((w, k) => k > 0 && isFiniteVerb(w));
  const head = words[verb - 1] ?? '';
  return verb > 0 && (PERSON_NOUNS.has(head) || isPersonKind(head));
}
