/**
 * Whether a person the article names is a man or a woman, from what the article prints ("Mrs. Abedini", "the
 * spokeswoman") and then from the first name (gender-detection-from-name's lists): so that "she said" does not
 * resolve to the last man who spoke.
 */

import { getGender } from 'gender-detection-from-name';
import { escape } from './tokenize.ts';

export type Gender = 'male' | 'female';

const TITLE_GENDER: Readonly<Record<string, Gender>> = {
  mr: 'male', sir: 'male', lord: 'male', king: 'male', prince: 'male', monsieur: 'male', herr: 'male',
  mrs: 'female', ms: 'female', miss: 'female', lady: 'female', dame: 'female', queen: 'female',
  princess: 'female', madam: 'female', mme: 'female', mlle: 'female', frau: 'female',
};
// Role nouns that say who holds them; a woman may be "chairman", so only the marked forms count.
const ROLE_GENDER: Readonly<Record<string, Gender>> = {
  spokesman: 'male', spokeswoman: 'female', chairwoman: 'female', congresswoman: 'female', congressman: 'male',
  businesswoman: 'female', businessman: 'male', actress: 'female', actor: 'male', wife: 'female', husband: 'male',
  mother: 'female', father: 'male', daughter: 'female', son: 'male', sister: 'female', brother: 'male',
  widow: 'female', widower: 'male', girlfriend: 'female', boyfriend: 'male', grandmother: 'female',
  grandfather: 'male', aunt: 'female', uncle: 'male', niece: 'female', nephew: 'male', woman: 'female',
  man: 'male', girl: 'female', boy: 'male', councilwoman: 'female', councilman: 'male', policewoman: 'female',
  policeman: 'male', anchorwoman: 'female', anchorman: 'male', heiress: 'female', waitress: 'female',
};
const PRONOUN_GENDER: Readonly<Record<string, Gender>> = {
  he: 'male', him: 'male', his: 'male', он: 'male', він: 'male',
  she: 'female', her: 'female', она: 'female', вона: 'female',
};
const TITLED = /\b(Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame|King|Queen|Prince|Princess|Madam|Monsieur|Mme|Mlle|Herr|Frau)\.?[ \u00A0]+((?:\p{Lu}[\p{L}’'-]*[ \u00A0]+){0,3}\p{Lu}[\p{L}’'-]*)/gu;
// Capitalised words that open a sentence before a surname ("But Walz said"), no first name of another person.
const NOT_GIVEN: ReadonlySet<string> = new Set(['but', 'and', 'so', 'then', 'now', 'when', 'while', 'as', 'if', 'yet', 'still', 'also', 'meanwhile', 'however', 'the', 'said', 'says']);
const word = (w: string) => w.toLowerCase().replace(/[.’']s?$/u, '');
// First names the lists give the other gender than English news means by them ("Joan" is a man's in Catalan).
const ENGLISH_GIVEN: Readonly<Record<string, Gender>> = { joan: 'female' };
/** The gender a first name tells in English, or 'unknown'. */
const givenGender = (w: string): Gender | 'unknown' => ENGLISH_GIVEN[w.toLowerCase()] ?? getGender(w, 'en');

/** The gender a pronoun ("she", "он", "he’d", "she’ll") points at, or null for any other phrase. */
export function pronounGender(phrase: string): Gender | null {
  // A contracted auxiliary ("he’d say", "she’ll tell") leaves the pronoun's gender as it is.
  return PRONOUN_GENDER[phrase.trim().toLowerCase().replace(/^(he|she)['’](?:d|ll|s)$/, '$1')] ?? null;
}

/** The gender a title printed in a phrase tells ("Mrs. Clinton": female), or null when it prints none. */
export function titleGender(phrase: string): Gender | null {
  return phrase.split(/\s+/).map((w) => TITLE_GENDER[word(w)]).find((g) => g !== undefined) ?? null;
}

/** The gender a description's words tell ("the businesswoman", "her brother"), or null when none does. */
export function roleGender(role: string): Gender | null {
  return role.split(/\s+/).map((w) => ROLE_GENDER[word(w)]).find((g) => g !== undefined) ?? null;
}

/**
 * "Walz approaches it more diplomatically. She said ...": a sentence of a surname and lower-case words only (no one
 * else named in it, no one's else described by a gendered word or pronoun), and the next sentence opening on a pronoun that can only take the surname up.
 */
const SURNAME_THEN_PRONOUN = /(?:^|[.!?]["”’]?\s+|\n)(\p{Lu}[\p{Ll}’'-]+)((?:,?\s+[\p{Ll}’'-]+)+)\.\s+(She|He)\s/gu;

/**
 * A reader of the genders of the people a text names: by a title in the name, a gendered word in the role
 * ("spokeswoman"), the pronoun the text takes the surname up with ("Walz ... . She said"), the first name, and last
 * by the title the text prints with the surname anywhere ("Mrs. Abedini", unless it also prints "Mr. Abedini"); null
 * when nothing tells. With `textOnly`, the first name is not read: only what the text prints tells.
 */
export function genderReader(text: string): (name: string, role?: string | null, textOnly?: boolean) => Gender | null {
  const bySurname = new Map<string, Gender | 'both'>();
  for (const match of text.matchAll(TITLED)) {
    const gender = TITLE_GENDER[word(match[1] ?? '')];
    const surname = word(match[2]?.split(/[ \u00A0]+/).pop() ?? '');
    if (gender === undefined || surname === '') continue;
    const seen = bySurname.get(surname);
    bySurname.set(surname, seen === undefined || seen === gender ? gender : 'both');
  }
  const byPronoun = new Map<string, Gender | 'both'>();
  for (const match of text.matchAll(SURNAME_THEN_PRONOUN)) {
    const gender = PRONOUN_GENDER[(match[3] ?? '').toLowerCase()];
    const surname = word(match[1] ?? '');
    // "Smith’s wife ...", "Smith and his daughter ...": someone else the pronoun may take up.
    const others = (match[2] ?? '').split(/[\s,]+/).some((w) => ROLE_GENDER[word(w)] !== undefined || PRONOUN_GENDER[w] !== undefined);
    // "Ms. Khan wrote. She ...": the title tells already, and "Ms." must not pass to every Khan the text names.
    const titledHere = /\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Prof|St)\.\s*$/u.test(text.slice(Math.max(0, (match.index ?? 0) - 6), (match.index ?? 0) + 1));
    if (gender === undefined || /['’]s$/u.test(match[1] ?? '') || others || titledHere) continue;
    const seen = byPronoun.get(surname);
    byPronoun.set(surname, seen === undefined || seen === gender ? gender : 'both');
  }
  // A surname two people of the text share ("Khizr Khan", "Ghazala Khan") tells neither's gender.
  for (const surname of byPronoun.keys()) {
    const printed = new RegExp(String.raw`(\p{Lu}\p{Ll}+)[ \u00A0]+(?:\p{Lu}\.[ \u00A0]+)?${escape(surname.charAt(0).toUpperCase() + surname.slice(1))}(?!\p{L})`, 'gu');
    const given = new Set([...text.matchAll(printed)].map((m) => m[1] ?? '').filter((w) => !NOT_GIVEN.has(w.toLowerCase())));
    if (given.size >= 2) byPronoun.set(surname, 'both');
  }
  return (name, role, textOnly = false) => {
    const words = name.split(/\s+/).filter((w) => w !== '');
    // A title printed as part of the name ("Mrs. Smith"), then a gendered role word ("spokeswoman").
    const title = TITLE_GENDER[word(words[0] ?? '')];
    if (title !== undefined) return title;
    const byRole = roleGender(role ?? '');
    if (byRole !== null) return byRole;
    // The pronoun the text takes up the surname with, before the lists' reading of a first name that may be either.
    const taken = words.length >= 2 ? byPronoun.get(word(words[words.length - 1] ?? '')) : undefined;
    if (taken !== undefined && taken !== 'both') return taken;
    // "Navy spokesperson", "Police officials": a description ends on a lower-case noun, and a capitalised word before it
    // is a body's name, no first name ("Navy" read as a woman's).
    if (words.length >= 2 && /^\p{Ll}/u.test(words[words.length - 1] ?? '')) return null;
    // Then the first name: the first word before the surname that is one ("Public Defender Peter Lynch": Peter).
    // The lists guess a first name's gender; `textOnly` asks for what the text itself tells.
    const given = textOnly ? undefined : words.slice(0, -1).map((w) => (/^\p{Lu}\p{Ll}+$/u.test(w) ? givenGender(w) : 'unknown')).find((g) => g !== 'unknown');
    if (given !== undefined) return given;
    const titled = bySurname.get(word(words[words.length - 1] ?? ''));
    return titled === undefined || titled === 'both' ? null : titled;
  };
}

/** The gender a first name alone tells in English ("Kenneth": male), or null when the lists give none or both. */
export function givenNameGender(word: string): Gender | null {
  const gender = /^\p{Lu}\p{Ll}+$/u.test(word) ? givenGender(word) : 'unknown';
  return gender === 'male' || gender === 'female' ? gender : null;
}

/** Whether a capitalised word is a known first name ("John", "Hillary"; not "State" or "York"). */
export function isFirstName(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && getGender(word, 'en') !== 'unknown';
}
