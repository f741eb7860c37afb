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

/** Words of a person's name that are printed in lower case ("Ludwig van Beethoven", "Osama bin Laden"). */
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'bin', 'al', 'da', 'del', 'der', 'la', 'le', 'du', 'di', 'ben', 'y']);

/** Nouns that describe a speaker without naming one, printed capitalised at a sentence's start ("Police said"). */
const GENERIC_SPEAKERS = new Set([
  'police', 'officials', 'official', 'authorities', 'government', 'ministry', 'company', 'firm', 'spokesman',
  'spokeswoman', 'spokesperson', 'statement', 'source', 'sources', 'report', 'prosecutors', 'investigators',
  'witnesses', 'witness', 'residents', 'experts', 'analysts', 'doctors', 'doctor', 'coroner', 'hospital', 'army',
  'military', 'navy', 'court', 'officers', 'officer', 'agency', 'department', 'office', 'campaign', 'the', 'a', 'an',
]);

/**
 * Whether a speaker as printed names no one in particular: a description ("police source", "the doctor", "Indian
 * government"), a generic noun capitalised at a sentence's start ("Police"), or words with a verb that no name
 * holds ("Mr. Trump was prompted to"). Such a speaker is a weaker identity than a name (a person's or an
 * organisation's: "Roskomnadzor" names one): the same words printed with a named speaker may be theirs.
 */
export function isWeakSpeaker(name: string | null): boolean {
  if (name === null) return false;
  const words = name.split(/\s+/);
  if (words.every((word) => GENERIC_SPEAKERS.has(word.toLowerCase()))) return true;
  return words.some((word) => /^\p{Ll}/u.test(word) && !NAME_PARTICLES.has(word));
}
