import { normalizeText } from './normalizeText.ts';

const TITLES = /^(mr|mrs|ms|miss|dr|prof|sir|dame|president|minister|senator|rep|gen|col|sen)\.?\s+/i;

/** The comparable form of a speaker's name: "Mr. Peskov" -> "peskov", "Dmitry Peskov" -> "dmitry peskov". */
export function speakerKey(name: string): string {
  let key = normalizeText(name.replace(/['’]s$/, ''));
  while (TITLES.test(key)) key = key.replace(TITLES, '');
  return key;
}

/** The last word of a speaker key ("dmitry peskov" -> "peskov"): the scope in which a speaker's quotes merge. */
export function surnameOf(key: string | null): string {
  if (key === null || key === '') return '';
  return key.slice(key.lastIndexOf(' ') + 1);
}

/** Whether a given name matches another: equal, or one is the other's initial ("d" and "dmitry"). */
const sameGivenName = (a: string, b: string) => a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));

/**
 * Whether two speaker keys can name the same speaker: the same surname, and every other word of the shorter
 * matching a word of the longer ("peskov" ~ "dmitry peskov" ~ "d peskov", not "ivan peskov"). Two unknown
 * speakers are compatible; a known and an unknown one are not.
 */
export function compatibleSpeakers(a: string | null, b: string | null): boolean {
  if (!a || !b) return !a && !b;
  if (a === b) return true;
  const wordsA = a.split(' ');
  const wordsB = b.split(' ');
  if (wordsA[wordsA.length - 1] !== wordsB[wordsB.length - 1]) return false;
  const [shorter, longer] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  const given = longer.slice(0, -1);
  return shorter.slice(0, -1).every((w) => given.some((g) => sameGivenName(w, g)));
}
