/**
 * "Workers objected to the plan. They also said ...": a sentence that opens on a plural description of people ("Workers",
 * "Local residents", "Many union members") followed by its verb is about that group, whom "they" in the next sentence
 * means rather than the last body that spoke.
 */

import { boundedMemo } from '../boundedMemo.ts';
import { lookupName } from './buildNameIndex.ts';
import type { NameIndex } from './buildNameIndex.ts';
import { parseSpeakerPhrase } from './parseSpeakerPhrase.ts';
import type { SpeakerPhrase } from './parseSpeakerPhrase.ts';
import { PERSON_NOUNS } from './cues.ts';
import { isCapitalised } from './tokenize.ts';
import type { Token } from './tokenize.ts';
import { isPersonPlural } from './wordnetNouns.ts';
import { synsetOffsets } from '../wordnet.ts';

/**
 * A plural of people: WordNet's, or one of a role noun that WordNet reads as a word of its own ("aides"), or "people"
 * itself (which WordNet holds as a noun of its own, not as the plural of "person").
 */
const peoplePlural = (word: string): boolean =>
  isPersonPlural(word) || /^people$/i.test(word) || (/^\p{Ll}{3,}s$/u.test(word) && PERSON_NOUNS.has(word.slice(0, -1)));

/** The most words such a description runs to, its head included ("Many local union members"). */
const MAX_WORDS = 4;

/** Words that may open the sentence before its subject ("But some strategists say"). */
const OPENERS = /^(?:but|and|yet|so|still|now|instead|meanwhile|also|even)$/i;

/** Words after the head that show it is no clause's subject ("Workers in the plant", "workers who", "workers and"). */
const NOT_A_VERB =
  /^(?:who|whom|whose|which|that|where|and|or|of|in|on|at|to|for|from|with|by|as|than|like|such|including)$/;

/**
 * Words no such description holds: a conjunction or a pronoun makes it a group of someone's ("She and her defenders",
 * "his aides"), which other rules read; a preposition makes the people a noun's complement ("Opinions among older
 * people are divided").
 */
const NOT_IN_DESCRIPTION =
  /^(?:and|or|nor|but|he|she|they|we|i|you|it|his|her|their|its|our|my|your|who|which|that|among|of|in|on|at|for|from|with|by|about|to)$/i;

/** Words that count the people of a description ("Several Cruz associates", "many union members"). */
const QUANTIFIERS = /^(?:many|some|most|few|several|all|both|two|three|four|five)$/i;

/** Words that open a description in lower case wherever they stand ("Many workers" is "many workers"). */
const COMMON_OPENERS =
  /^(?:the|many|some|most|few|several|other|others|all|both|local|these|those|more|two|three|four|five)$/i;

/**
 * The plural description of people that opens the clause at token `at` and is its subject (a lower-case verb follows
 * its head), as a description phrase ("workers", "local residents"); null when the clause opens otherwise, or on a
 * name the text prints ("Clinton supporters" is about Clinton's people, not a group the text names so).
 */
export function pluralSubjectAt(
  tokens: readonly Token[],
  at: number,
  names: NameIndex,
  text = '',
): SpeakerPhrase | null {
  const first = OPENERS.test(tokens[at]?.text ?? '') ? at + 1 : at;
  const words: string[] = [];
  for (let k = first; k < tokens.length && k < first + MAX_WORDS; k += 1) {
    const token = tokens[k];
    if (token === undefined || !token.word || NOT_IN_DESCRIPTION.test(token.text)) return null;
    // Only the sentence's first word may be capitalised, and then not as a name the text prints elsewhere, unless it is
    // the plural noun itself ("Workers" of a text that names the Communications Workers of America).
    const capital = isCapitalised(token.text);
    // "McConnell aides acknowledged ...": a name the text prints, right before the plural, is whose people they are.
    // Not a verb of the name's ("Hassan touts her record": a tout is a person too).
    const plural = tokens[k + 1]?.text ?? '';
    // "Several Cruz associates": after a quantifier opening the description, a plural of people is that (a verb's "-s"
    // form cannot follow "several").
    const counted = k === first + 1 && QUANTIFIERS.test(tokens[first]?.text ?? '');
    const owner = capital && (k === first || counted) && /^\p{Ll}/u.test(plural) && peoplePlural(plural) && (counted || synsetOffsets('verb', plural.slice(0, -1)).length === 0);
    if (capital && !owner && (k > first || (lookupName(names, token.text) !== null && !isPersonPlural(token.text))))
      return null;
    if (!capital && !/^\p{Ll}[\p{Ll}-]*$/u.test(token.text)) return null;
    const next = tokens[k + 1];
    const head =
      peoplePlural(token.text) &&
      next !== undefined &&
      next.word &&
      /^\p{Ll}+$/u.test(next.text) &&
      !NOT_A_VERB.test(next.text) &&
      !isPersonPlural(next.text);
    words.push(
      capital && !(head && k === first) && !COMMON_OPENERS.test(token.text)
        ? token.text
        : token.text.toLowerCase(),
    );
    if (!head) continue;
    const printed = words.filter((w, j) => !(j === 0 && w === 'the')).join(' ');
    const phrase = parseSpeakerPhrase(printed);
    const ok =
      phrase !== null &&
      phrase.type === 'person' &&
      phrase.refersTo === null &&
      phrase.head === token.text.toLowerCase();
    if (!ok) return null;
    // "Liberals say ...": a plural the text prints capitalised inside a sentence too is a proper one (a party's
    // members), read in lower case but shown as printed.
    const opening = tokens[first]?.text ?? '';
    // "several Cruz associates": the owner's name inside keeps its capital.
    const shown = isCapitalised(opening) && printedProper(text, opening) ? printed.replace(opening.toLowerCase(), opening) : /\p{Lu}/u.test(printed) ? printed : null;
    return { ...phrase, groupSubject: true, ...(shown === null ? {} : { shown }) };
  }
  return null;
}

/**
 * Whether `word`, or its singular or adjective ("Liberal", "Democratic" for "Democrats"), is printed capitalised inside
 * a sentence of `text`, after a lower-case word, a number or a comma and before no other capitalised word ("as the
 * Liberals did", "a veteran Liberal strategist"; not "the Liberal Party" nor "Communications Workers"): a proper word,
 * not one a sentence's opening capitalised.
 */
function printedProper(text: string, word: string): boolean {
  return properPrinting(word).test(text);
}

/** How many words' patterns printedProper keeps. */
const PROPER_PRINTING_MEMO_LIMIT = 1000;

/** The pattern printedProper looks for, made once a word (a handful of plural subjects recur over every article). */
const properPrinting = boundedMemo(PROPER_PRINTING_MEMO_LIMIT, (word: string): RegExp => {
  const stem = word.replace(/s$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const before = `(?:(?<![\\p{L}\\p{N}’'-])[\\p{Ll}\\p{N}][\\p{L}\\p{N}’'-]*[,;]?|[,;])`;
  return new RegExp(`${before}\\s+${stem}(?:s|ic)?\\b(?![-\\s]+\\p{Lu})`, 'u');
});
