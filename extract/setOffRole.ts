/** A role set off by a comma next to a name: "said Jane Roe, senior analyst at Firm", "said a city spokesman, Jane Roe". */

import { getGender } from 'gender-detection-from-name';
import { PERSON_NOUNS, ROLE_WORDS, normaliseWord } from './cues.ts';
import { isCapitalised, isPossessive } from './tokenize.ts';
import type { Token } from './tokenize.ts';

const MAX_ROLE_WORDS = 6;
/** Words that end the head of a role and open what it is a role of: "analyst at Firm", "manager of the unit". */
const ROLE_OF = /^(?:at|of|for|with|in|on|to)$/i;
/** Lower-case particles inside a person's name ("Abdel Aziz al - Hilu", "Ludwig van Beethoven"). */
const NAME_PARTICLES = /^(?:al|el|bin|ibn|de|del|della|da|di|van|von|der|den|le|la|du|dos|das)$/;

/**
 * Whether the words from `at` are a role without an article: lower-case words whose last one, before a preposition,
 * a comma or the end, is a person's role ("principal analyst at Firm", "group vice president for research at Firm",
 * "general manager of its unit"). Such a run after a name and its comma describes the name, it reports nothing.
 */
export function opensBareRole(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (k < tokens.length && k - at < MAX_ROLE_WORDS) {
    const token = tokens[k];
    if (token === undefined || !token.word || !/^\p{Ll}/u.test(token.text) || ROLE_OF.test(token.text)) break;
    k += 1;
  }
  if (k === at) return false;
  const after = tokens[k];
  if (after !== undefined && after.word && !ROLE_OF.test(after.text)) return false;
  return isRoleNoun(tokens[k - 1]?.text ?? '');
}

export const isRoleNoun = (word: string): boolean => {
  const normal = normaliseWord(word);
  return PERSON_NOUNS.has(normal) || ROLE_WORDS.has(normal);
};

/**
 * "a Sudanese government spokesman, Jane Roe", "one of the rebel leaders, Jane Roe", "Acme's regional director, Jane
 * Roe": a description headed by a person's role, then the name it describes set off by a comma. Returns the index just
 * past the name (the name ends at punctuation or at the end of the tokens), or -1 when the words from `at` are not such
 * a pair.
 */
export function describedThenNamed(tokens: readonly Token[], at: number): number {
  let k = at;
  // "one of the rebel leaders": one member of a described group.
  const oneOf =
    normaliseWord(tokens[k]?.text ?? '') === 'one' && normaliseWord(tokens[k + 1]?.text ?? '') === 'of';
  if (oneOf) k += 2;
  // "Acme's regional director, Jane Roe": a capitalised owner's possessive determines the role as an article does.
  const owner = isCapitalised(tokens[k]?.text ?? '') && isPossessive(tokens[k]?.text ?? '');
  // "another Twitter user, Jane Roe", "one resident, Jane Roe": one more of several people, whom the name set off
  // right after the description picks out.
  if (!/^(?:a|an|the|its|his|her|their|another|one)$/i.test(tokens[k]?.text ?? '') && !owner) return -1;
  const open = k;
  while (k < tokens.length && tokens[k]?.word === true && k - open <= MAX_ROLE_WORDS) k += 1;
  if (tokens[k]?.text !== ',' || k - open < 2) return -1;
  const head = tokens[k - 1]?.text ?? '';
  const singular = oneOf ? head.replace(/s$/, '') : head;
  if (!/^\p{Ll}/u.test(head) || !(isRoleNoun(head) || isRoleNoun(singular))) return -1;
  return nameSetOff(tokens, k + 1);
}

/**
 * Where a person's name set off by a comma ends, from `from` ("Rabie A. Atti", "Abdel Aziz al - Hilu"): at least two
 * capitalised words, with particles and spaced hyphens inside it, up to punctuation or the end, and read as a person
 * (not a dateline's place); -1 when the words there are no such name.
 */
export function nameSetOff(tokens: readonly Token[], from: number): number {
  let end = from;
  let capitalised = 0;
  while (end < tokens.length) {
    const token = tokens[end];
    if (token === undefined) break;
    if (token.word && isCapitalised(token.text)) capitalised += 1;
    else if (
      !(token.word && NAME_PARTICLES.test(token.text)) &&
      !(token.text === '-' && isCapitalised(tokens[end + 1]?.text ?? '') && tokens[end + 1]?.word === true)
    )
      break;
    end += 1;
  }
  const after = tokens[end];
  if (capitalised < 2 || (after !== undefined && after.word)) return -1;
  return looksLikePersonName(tokens.slice(from, end)) ? end : -1;
}

/**
 * Where a name ends that a role leads to from `at` ("former TV network anchor Jane Roe": lower-case words or an
 * initialism ending on a person's role, then capitalised words), before `limit`; -1 when the words are no such role.
 */
export function nameAfterRole(tokens: readonly Token[], at: number, limit: number): number {
  let k = at;
  while (
    k < limit &&
    k - at < MAX_ROLE_WORDS &&
    tokens[k]?.word === true &&
    (/^\p{Ll}/u.test(tokens[k]?.text ?? '') || /^\p{Lu}{2,4}$/u.test(tokens[k]?.text ?? ''))
  )
    k += 1;
  if (k === at || !isRoleNoun(tokens[k - 1]?.text ?? '') || !/^\p{Ll}/u.test(tokens[k - 1]?.text ?? ''))
    return -1;
  let end = k;
  while (end < limit && tokens[end]?.word === true && isCapitalised(tokens[end]?.text ?? '')) end += 1;
  return end > k ? end : -1;
}

/**
 * Whether capitalised words read as a person's name rather than a place after a dateline comma ("said a company
 * spokesman, New York."): an initial, a particle or three words and more, or a first name the name lists know.
 */
function looksLikePersonName(words: readonly Token[]): boolean {
  if (words.some((t) => /^\p{Lu}\.$/u.test(t.text) || NAME_PARTICLES.test(t.text) || t.text === '-')) return true;
  if (words.filter((t) => t.word).length >= 3) return true;
  return getGender(words[0]?.text ?? '') !== 'unknown';
}
