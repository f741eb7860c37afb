/**
 * An organisation or a product named by its initials in one printing and in full in another ("IE 7" / "version 7 of
 * Internet Explorer", "the FBI" / "the Federal Bureau of Investigation"): one name to a reader, two to a comparison
 * of words. An acronym is read as a name only when the other printing, or the names around the two (their story's),
 * print a name of capitalised words whose initials it is: "IE" alone is no name to expand.
 */

import { isGuardToken } from './compareTexts.ts';
import { isStopWord } from './nlp.ts';

/** An acronym as printed: two to six capitals standing alone ("IE", "USGS"; not "I", not "McDonald"). */
const ACRONYM = /(?<![\p{L}\p{N}'’.-])\p{Lu}{2,6}(?![\p{L}\p{N}'’-])/gu;

/** A name as printed: capitalised words in a row, with "of", "and", "for", "the" between them ("Bureau of Investigation"). */
const NAME_RUN = /\p{Lu}[\p{L}'’]*(?:\s+(?:(?:of|and|for|the|on)\s+)*\p{Lu}[\p{L}'’]*)+/gu;

/** What a word of a name gives its initials: its capitals when it is an acronym itself ("US" of "US Geological Survey"), else its first letter. */
const initialsOfWord = (word: string): string => (/^\p{Lu}{2,}$/u.test(word) ? word : /^\p{Lu}/u.test(word) ? (word[0] ?? '') : '');

/**
 * The run of a name's capitalised words whose initials spell `acronym` ("Internet Explorer" in "Microsoft Internet
 * Explorer" for "IE"), two words at least, as printed; null when none does.
 */
function spelledBy(acronym: string, name: string): string | null {
  const words = name.split(/\s+/u);
  for (let start = 0; start < words.length; start++) {
    if (initialsOfWord(words[start] ?? '') === '') continue;
    let initials = '';
    for (let end = start; end < words.length && initials.length < acronym.length; end++) {
      initials += initialsOfWord(words[end] ?? '');
      const capitalised = words.slice(start, end + 1).filter((word) => initialsOfWord(word) !== '').length;
      if (initials === acronym && capitalised >= 2) return words.slice(start, end + 1).join(' ');
    }
  }
  return null;
}

/** The names a text prints (NAME_RUN), and those given `around` it. */
const namesIn = (text: string, around: readonly string[]): string[] => [...(text.match(NAME_RUN) ?? []), ...around];

/**
 * A printing with each acronym it prints spelt out as the name it stands for, when `other` (another printing) or the
 * names `around` the two print that name in full and `other` does not print the acronym itself: "the flaw exists in IE
 * 7" against "the flaw exists in version 7 of Internet Explorer" reads "the flaw exists in Internet Explorer 7". The
 * text itself when it holds no such acronym. A function word or a negation in capitals ("WE", "NOT") is never an acronym.
 */
export function spellOutAcronyms(text: string, other: string, around: readonly string[] = []): string {
  if (!/\p{Lu}{2}/u.test(text)) return text;
  let names: string[] | null = null;
  return text.replace(ACRONYM, (acronym) => {
    // A word shouted in capitals ("NOT", "WE") is the word: a negation spelt out as a name would lose its guard.
    if (isStopWord(acronym.toLowerCase()) || isGuardToken(acronym.toLowerCase())) return acronym;
    if (new RegExp(`(?<![\\p{L}\\p{N}])${acronym}(?![\\p{L}\\p{N}])`, 'u').test(other)) return acronym;
    names ??= namesIn(other, around);
    for (const name of names) {
      const spelled = spelledBy(acronym, name);
      if (spelled !== null) return spelled;
    }
    return acronym;
  });
}
