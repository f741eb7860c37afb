/** An organisation's name that runs on through "of", "for" or "on" ("the Institute for Fiscal Studies", "Bank of America", "the Council on Foreign Relations"). */

import { ORG_MARKERS, normaliseWord } from './cues.ts';
import { isCommonWord, isPlaceName } from './wordnetNouns.ts';

const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
/** A place or host after the name: "... at Cornell University in New York". */
const WHERE = /^(?:at|in)$/;
const JURISDICTION = /^(?:state|federal|city|county|provincial|national|regional|municipal|local)$/;

/**
 * "the Roper Center for Public Opinion Research at Cornell University": a capitalised name whose last word marks an
 * organisation ("Center", "Institute", "Ministry", "Bank"), "of" or "for" and more capitalised words, then at most
 * where it is: the organisation is the whole name up to its place, not the last capitalised words. Null otherwise.
 */
export function organisationName(words: readonly string[]): string | null {
  const joined = joinedName(words);
  if (joined !== null) return joined;
  let k = /^the$/i.test(words[0] ?? '') ? 1 : 0;
  // "the state Department of Health", "a federal Bureau of Prisons": a jurisdiction in lower case is no part of the name.
  if (JURISDICTION.test(words[k] ?? '') && capitalised(words[k + 1] ?? '')) k += 1;
  const open = k;
  while (k < words.length && capitalised(words[k] ?? '')) k += 1;
  if (
    k === open ||
    !isOrgMarker(words[k - 1] ?? '') ||
    !/^(?:of|for|on)$/.test(words[k] ?? '')
  )
    return null;
  let end = k + 1;
  while (end < words.length && capitalised(words[end] ?? '')) end += 1;
  if (end === k + 1) return null;
  end = commonWordsAfterAnd(words, end, k + 1);
  // "the Ministry on Monday": a day or a month after "on" dates the saying, it names nothing.
  if (words[k] === 'on' && /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.?$/.test(words[k + 1] ?? '')) return null;
  // Only a place may follow: "at Cornell University in New York".
  if (
    end < words.length &&
    !(
      WHERE.test(words[end] ?? '') &&
      words.slice(end + 1).every((w) => capitalised(w) || WHERE.test(w) || /^the$/i.test(w))
    )
  )
    return null;
  return words.slice(open, end).join(' ');
}

/** A word that marks an organisation, or its plural ("Center", "Centers", "Ministry"). */
function isOrgMarker(word: string): boolean {
  const lower = normaliseWord(word);
  return ORG_MARKERS.has(lower) || (/s$/.test(lower) && ORG_MARKERS.has(lower.slice(0, -1)));
}

/** The most capitalised words after "and" that may go on an organisation's name. */
const MAX_JOINED_WORDS = 3;

/**
 * "the Department of Health and Human Services", "the Centers for Disease Control and Prevention": after the words
 * following "of" or "for", "and" and one to three capitalised common words (nouns or adjectives WordNet lists) go on
 * the same name, to its end or a place after it. Not a second name ("Bank of America and Wells Fargo", "the Ministry
 * of Defence and Mr Smith", "the Bank of England and Treasury"): the end of the name, `end` when nothing goes on.
 */
function commonWordsAfterAnd(words: readonly string[], end: number, named: number): number {
  // "the Bank of England and Treasury": a body named for a place is whole, what follows "and" is a second body.
  if (words[end] !== 'and' || isPlaceName(words.slice(named, end).join(' '))) return end;
  let last = end + 1;
  while (last < words.length && capitalised(words[last] ?? '')) last += 1;
  const joined = words.slice(end + 1, last);
  // "Foreign Office", "Resolution Foundation": a word that marks an organisation names a second one.
  if (joined.length === 0 || joined.length > MAX_JOINED_WORDS || joined.some((w) => ORG_MARKERS.has(normaliseWord(w)))) return end;
  // A common word printed as a word, not initials ("FBI").
  if (!joined.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isCommonWord(w))) return end;
  return last === words.length || WHERE.test(words[last] ?? '') ? last : end;
}

/** Makers that are people, not companies: "the policy maker", "a film maker". */
const PERSON_MAKERS = new Set([
  'policy',
  'decision',
  'film',
  'movie',
  'peace',
  'trouble',
  'rule',
  'law',
  'king',
  'match',
  'deal',
  'rain',
  'mischief',
  'noise',
  'change',
  'history',
  'money',
  'game',
  'play',
]);

/**
 * "the chip maker", "the world's top phone maker": a maker of a product is a company (WordNet knows only the person
 * sense of "maker"); a maker of policy, films or peace is a person.
 */
export function isCompanyMaker(description: string): boolean {
  const words = description.toLowerCase().split(/\s+/);
  const product = words[words.length - 2] ?? '';
  return words[words.length - 1] === 'maker' && /^\p{Ll}+$/u.test(product) && !PERSON_MAKERS.has(product);
}

/**
 * "the world's top chip maker", "the country's second-largest bank": a possessive and a superlative describe the one
 * organisation or person the story is about, however many words the description takes.
 */
export function identifiesOne(words: readonly string[]): boolean {
  return (
    /^(?:world|country|nation|state|region|city|industry)['’]s$/i.test(words[0] ?? '') &&
    /(?:est|^top|^leading)$/i.test(words[1] ?? '')
  );
}

/**
 * "Kestonia's Meteorology and Geophysics Agency", "the Fish and Wildlife Service": capitalised words joined by "and"
 * that end on an organisation's word are one name (after a possessive or "the"), not two speakers; else null.
 */
function joinedName(words: readonly string[]): string | null {
  const open = /^the$/i.test(words[0] ?? '') || /['’]s$/.test(words[0] ?? '') ? 1 : 0;
  const name = words.slice(open);
  const and = name.indexOf('and');
  if (and < 1 || and === name.length - 1 || !ORG_MARKERS.has(normaliseWord(name[name.length - 1] ?? '')))
    return null;
  return name.every((w, i) => i === and || capitalised(w)) ? name.join(' ') : null;
}
