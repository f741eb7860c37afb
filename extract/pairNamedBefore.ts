/** Who a plural description of people ("Both men said", "the founders insisted") is: the two people named just before. */

import type { KnownName, NameIndex } from './buildNameIndex.ts';
import { lookupName } from './buildNameIndex.ts';
import { sentenceEnds } from './resolveRole.ts';
import { isPersonPlural } from './wordnetNouns.ts';

/** How far back the pair may be printed: the description's sentence and the two before it. */
const SENTENCES_BACK = 3;
const REACH = 500;

/**
 * A person's name as printed: a title and a surname, or two capitalised words or more (initials among them). A single
 * word is no pair's member (a bare surname is someone written about), so "on the island of Lesbos, Ann Lee, 25, and
 * her husband, Tom Lee" pairs the two names, not the place.
 */
const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}[\p{L}’'-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}’'-]+))*|(?:\p{Lu}\.\s+)*\p{Lu}[\p{L}’'-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}’'-]+))+)`;
/**
 * Two names joined by "and", the first perhaps described between commas ("Ann Lee, head of X, a think tank, and Tom
 * Roe"), the second perhaps after a tie to the first ("Ann Lee, 25, and her husband, Tom Roe").
 */
const PAIR = new RegExp(
  String.raw`(?<![\p{L}’'-])(${NAME})(?:(?:,[^,.;:§]{1,90}){1,2},)?\s+and\s+(?:(?:his|her)\s+\p{Ll}+(?:\s+\p{Ll}+)?,?\s+)?(${NAME})(?![\p{L}’'-])`,
  'gu',
);

/**
 * "Both men", "the two founders", "the progressive heavyweights": a determiner and lower-case words (a capitalised
 * modifier allowed, "the Acme founders") ending on a plural of persons, the phrase's head.
 */
export function isPluralOfPeople(raw: string, head: string | null): boolean {
  const words = raw.trim().split(/\s+/);
  if (head === null || words.length < 2 || words.length > 4 || words[words.length - 1] !== head) return false;
  if (!/^(?:the|both|these|those)$/i.test(words[0] ?? '')) return false;
  // "the couple", "the pair": two people in one noun.
  return /^(?:men|women|couple|pair|duo)$/.test(head) || isPersonPlural(head);
}

/**
 * The first of two people the text names as a pair ("Mr. Lee and Mr. Roe", "Ann Lee, head of the fund, and Tom
 * Roe") in the sentence of `offset` or the two before it, the latest such pair, both known people printed with a title
 * or in full; their full name, else null.
 */
export function pairNamedBefore(masked: string, offset: number, index: NameIndex): KnownName | null {
  const from = Math.max(0, offset - REACH);
  const window = masked.slice(from, offset);
  const ends = sentenceEnds(window);
  const start = ends.length >= SENTENCES_BACK ? (ends[ends.length - SENTENCES_BACK] ?? 0) : 0;
  const pairs = [...window.slice(start).matchAll(PAIR)];
  const last = pairs[pairs.length - 1];
  if (last === undefined) return null;
  // Each printed with a title or in full ("Mr. Lee", "Ann Lee"): bare surnames ("both Trump and Sanders are ...") are
  // people written about, not a pair the text introduces.
  if (![last[1], last[2]].every((name) => /\s/.test(name ?? ''))) return null;
  const person = (name: string): KnownName | null => lookupName(index, name.split(/\s+/).pop() ?? '');
  const first = person(last[1] ?? '');
  const second = person(last[2] ?? '');
  return first !== null && second !== null && first.name !== second.name ? first : null;
}
