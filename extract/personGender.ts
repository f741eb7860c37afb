/**
 * Whether a person the article names is a man or a woman, from what the article prints ("Mrs. Abedini", "the
 * spokeswoman") and then from the first name (gender-detection-from-name's lists): so that "she said" does not
 * resolve to the last man who spoke.
 */

import { getGender } from 'gender-detection-from-name';

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
const word = (w: string) => w.toLowerCase().replace(/[.’']s?$/u, '');
// First names the lists give the other gender than English news means by them ("Joan" is a man's in Catalan).
const ENGLISH_GIVEN: Readonly<Record<string, Gender>> = { joan: 'female' };
/** The gender a first name tells in English, or 'unknown'. */
const givenGender = (w: string): Gender | 'unknown' => ENGLISH_GIVEN[w.toLowerCase()] ?? getGender(w, 'en');

/** The gender a pronoun ("she", "он") points at, or null for any other phrase. */
export function pronounGender(phrase: string): Gender | null {
  return PRONOUN_GENDER[phrase.trim().toLowerCase()] ?? null;
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
 * A reader of the genders of the people a text names: by a title in the name, a gendered word in the role
 * ("spokeswoman"), the first name, and last by the title the text prints with the surname anywhere ("Mrs.
 * Abedini", unless it also prints "Mr. Abedini"); null when nothing tells.
 */
export function genderReader(text: string): (name: string, role?: string | null) => Gender | null {
  const bySurname = new Map<string, Gender | 'both'>();
  for (const match of text.matchAll(TITLED)) {
    const gender = TITLE_GENDER[word(match[1] ?? '')];
    const surname = word(match[2]?.split(/[ \u00A0]+/).pop() ?? '');
    if (gender === undefined || surname === '') continue;
    const seen = bySurname.get(surname);
    bySurname.set(surname, seen === undefined || seen === gender ? gender : 'both');
  }
  return (name, role) => {
    const words = name.split(/\s+/).filter((w) => w !== '');
    // A title printed as part of the name ("Mrs. Smith"), then a gendered role word ("spokeswoman").
    const title = TITLE_GENDER[word(words[0] ?? '')];
    if (title !== undefined) return title;
    const byRole = roleGender(role ?? '');
    if (byRole !== null) return byRole;
    // Then the first name: the first word before the surname that is one ("Public Defender Peter Lynch": Peter).
    const given = words.slice(0, -1).map((w) => (/^\p{Lu}\p{Ll}+$/u.test(w) ? givenGender(w) : 'unknown')).find((g) => g !== 'unknown');
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
