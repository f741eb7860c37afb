/**
 * Who "she" is when the last person written about is a man (or "he" when a woman): a person of the pronoun's gender
 * printed in full in the pronoun's sentence or the two before, though not as a subject ("When Tom Hale visited his
 * editor Ann Roe, he left notes. “It was fun,” she recalled"), rather than one of that gender who spoke long before.
 */

import type { KnownName, NameIndex } from './buildNameIndex.ts';
import { isFirstName } from './personGender.ts';
import { escape, sentenceEnds } from './resolveRole.ts';
import type { Gender } from './personGender.ts';

// A word of a person's name: "No." of a quote's "No. You tell me" is none.
const NAME_WORD = /^\p{Lu}[\p{Ll}’'-]+$/u;

/** The longest printing searched within the window's stretch of text (a longer one is searched in the whole text). */
const MAX_NAME_LENGTH = 200;

/** Where the sentence `before` sentences ahead of the one holding `offset` starts (sentence ends as resolveRole reads them). */
function windowStart(masked: string, offset: number, before: number): number {
  const from = Math.max(0, offset - 2000);
  // A quote closing its sentence ("Joel sings, “Don't go changing.” With Trump, ...") ends it, though masked.
  const stretch = masked.slice(from, offset);
  const quoteEnds = [...stretch.matchAll(/§\s+(?=\p{Lu}\p{Ll}+\s+\p{Ll})/gu)].map((m) => (m.index ?? 0) + m[0].length);
  const ends = [...sentenceEnds(stretch), ...quoteEnds].sort((a, b) => a - b).map((end) => from + end);
  return ends[ends.length - 1 - before] ?? from;
}

/**
 * Where `window` last prints `surname` after a title of gender `wanted` ("there is the possibility that Mrs. Clinton
 * ... “...,” she said"), -1 when it does not: such a printing names the person of that gender as surely as the full
 * name.
 */
function titledAt(window: string, surname: string, wanted: Gender): number {
  if (!window.includes(surname)) return -1;
  const titles = wanted === 'female' ? '(?:Mrs|Ms|Miss)' : 'Mr';
  const matches = [...window.matchAll(new RegExp(`\\b${titles}\\.?\\s+${escape(surname)}(?!\\p{L})`, 'gu'))];
  return matches[matches.length - 1]?.index ?? -1;
}

/**
 * The one person of gender `wanted` printed in full within the pronoun's sentence and the two before it, later than
 * `rival` (the latest person of that gender the text showed speaking or acting) was last printed; null when none or
 * several are.
 */
export function recentlyNamedPerson(
  masked: string,
  index: NameIndex,
  offset: number,
  wanted: Gender,
  genderOf: (name: string, role?: string | null) => Gender | null,
  rival: string | null,
): KnownName | null {
  const start = windowStart(masked, offset, 2);
  // Every search below looks for a printing that starts in [start, offset]: in this stretch only, so that a page of
  // many names costs the window's length per name, never the page's (a name ends at most MAX_NAME_LENGTH on).
  const region = masked.slice(start, offset + MAX_NAME_LENGTH);
  const at = (printed: string): number => (printed.length > MAX_NAME_LENGTH ? masked.lastIndexOf(printed, offset) : start + region.lastIndexOf(printed, offset - start));
  const rivalAt = rival === null ? -1 : at(rival.split(/\s+/).pop() ?? rival);
  // "Groberg spoke about Bernie Sanders' fans. “...,” he said": one of the gender printed this near is still in play.
  if (rivalAt >= start) return null;
  const found = new Map<string, KnownName>();
  const window = masked.slice(start, offset);
  let others = 0;
  for (const list of index.values()) {
    for (const entry of list) {
      if (!entry.person || entry.words.length < 2) continue;
      const surname = entry.words[entry.words.length - 1] ?? entry.name;
      // Neither the name nor its surname printed in the window: the entry plays no part (and its gender is not asked).
      if (!region.includes(surname) && surname.length <= MAX_NAME_LENGTH) continue;
      const gender = genderOf(entry.name, entry.role);
      // "Groberg ... “...,” he said": a person printed by surname alone whose gender does not contradict is a rival.
      const surnameAt = at(surname);
      if (gender !== wanted || !isFirstName(entry.words[0] ?? '')) {
        if (
          gender === null &&
          surnameAt >= start &&
          entry.name !== rival &&
          entry.words.every((w) => NAME_WORD.test(w))
        )
          others += 1;
        continue;
      }
      if (at(entry.name) >= start || titledAt(window, surname, wanted) >= 0) found.set(entry.name, entry);
      else if (surnameAt >= start && entry.name !== rival) others += 1;
    }
  }
  const [only] = found.values();
  if (found.size !== 1 || others > 0 || only === undefined) return null;
  // "Walz approaches it ... She said she would rather elect Ann Roe. “...,” she said": a pronoun of that gender before
  // the name already points at someone else.
  const surname = only.words[only.words.length - 1] ?? only.name;
  const before = masked.slice(start, Math.max(masked.lastIndexOf(only.name, offset), start + titledAt(window, surname, wanted)));
  return (wanted === 'male' ? /\b(?:he|him|his)\b/i : /\b(?:she|her|hers)\b/i).test(before) ? null : only;
}

/**
 * "Talks with Mourinho's agents went on. The Portuguese boss had been out of work. The 56-year-old said": the one
 * person printed (in full or by surname) in the phrase's sentence and the `before` sentences ahead of it; null when
 * none or several are.
 */
export function onlyPersonPrinted(
  masked: string,
  index: NameIndex,
  offset: number,
  before: number,
): KnownName | null {
  const start = windowStart(masked, offset, before);
  const window = masked.slice(start, offset);
  const found = new Map<string, KnownName>();
  for (const list of index.values()) {
    for (const entry of list) {
      // "Manchester United" has a person's shape, not a first name.
      if (!entry.person || entry.words.length < 2 || !entry.words.every((w) => NAME_WORD.test(w))) continue;
      if (!entry.strongPerson && !isFirstName(entry.words[0] ?? '')) continue;
      const surname = entry.words[entry.words.length - 1] ?? '';
      // "the Statehouse" names no "Indiana Statehouse" as a person: a word after "the" is a thing's name.
      if (window.includes(surname) && new RegExp(`(?<![Tt]he\\s)(?<!\\p{L})${surname}(?!\\p{L})`, 'u').test(window)) found.set(entry.name, entry);
    }
  }
  return found.size === 1 ? ([...found.values()][0] ?? null) : null;
}

/**
 * Whether anyone the index holds as a person other than `name` (by any shape, "Ghazala Khan" whose first name no list
 * holds, or "Melanie" alone) is printed in the sentence of `offset` and the `before` sentences ahead of it.
 */
export function otherPersonPrinted(masked: string, index: NameIndex, offset: number, before: number, name: string): boolean {
  const window = masked.slice(windowStart(masked, offset, before), offset);
  for (const list of index.values()) {
    for (const entry of list) {
      if (!entry.person || entry.name === name) continue;
      const surname = entry.words[entry.words.length - 1] ?? entry.name;
      if (window.includes(surname) && new RegExp(`(?<![Tt]he\\s)(?<!\\p{L})${escape(surname)}(?!\\p{L})`, 'u').test(window)) return true;
    }
  }
  return false;
}
