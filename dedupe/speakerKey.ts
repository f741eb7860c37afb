import { nounSenses, nounSynset, synsetAt, synsetOffsets } from '../wordnet.ts';
import { isKindOfPerson } from './sameKindOfThing.ts';
import { isStopWord, stemWord } from './nlp.ts';
import { normalizeText } from './normalizeText.ts';

const TITLES = /^(mr|mrs|ms|miss|dr|prof|sir|dame|president|minister|senator|rep|gen|col|sen)\.?\s+/i;

/**
 * A generational suffix after a name ("Jr.", "Sr.", "II", "III", "IV"), which outlets print or leave out. A numeral
 * only after a first name and a surname: after one name it is a regnal number ("Henry IV"), part of the name.
 */
const SUFFIX = /\s+(?:jr|sr)$|(?<=\S\s+\S+)\s+(?:ii|iii|iv)$/;

/**
 * The comparable form of a speaker's name: "Mr. Peskov" -> "peskov", "Dmitry Peskov" -> "dmitry peskov",
 * "Martin Luther King Jr." -> "martin luther king" (a suffix would otherwise stand for the surname).
 */
export function speakerKey(name: string): string {
  let key = normalizeText(name.replace(/['’]s$/, ''));
  while (TITLES.test(key)) key = key.replace(TITLES, '');
  return key.replace(SUFFIX, '');
}

/** The last word of a speaker key ("dmitry peskov" -> "peskov"): the scope in which a speaker's quotes merge. */
export function surnameOf(key: string | null): string {
  if (key === null || key === '') return '';
  return key.slice(key.lastIndexOf(' ') + 1);
}

/**
 * A given name as it sounds, for names transliterated two ways ("Karolos" / "Carolos", "Dmitry" / "Dmitri",
 * "Stephan" / "Stefan"): a hard "c" (before a, o, u, l, r or k) as "k", "ph" as "f", a final "y" as "i", a doubled
 * letter once. Names that differ otherwise ("Andrea" / "Andrew", "Maria" / "Mario") stay two.
 */
const soundOf = (name: string) =>
  name
    .replace(/ph/g, 'f')
    .replace(/c(?=[aoulrk])/g, 'k')
    .replace(/y$/, 'i')
    .replace(/(\p{L})\1/gu, '$1');

/** Fewest letters a given name must have to be matched by its sound (soundOf): initials and short forms are not. */
const SOUND_LENGTH = 4;

/**
 * Whether a given name matches another: equal, one is the other's initial ("d" and "dmitry"), or one name spelt
 * two ways that sound alike (soundOf).
 */
const sameGivenName = (a: string, b: string) =>
  a === b ||
  (a.length === 1 && b.startsWith(a)) ||
  (b.length === 1 && a.startsWith(b)) ||
  (Math.min(a.length, b.length) >= SOUND_LENGTH && soundOf(a) === soundOf(b));

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

/** The nouns WordNet says an adjective pertains to ("egyptian" -> "egypt", "french" -> "france"), lower case. */
function pertainsTo(adjective: string): ReadonlySet<string> {
  const nouns = new Set<string>();
  for (const offset of synsetOffsets('adj', adjective)) {
    for (const pointer of synsetAt('adj', offset).pointers) {
      if (pointer.symbol !== '\\' || pointer.pos !== 'noun') continue;
      const words = synsetAt('noun', pointer.offset).words;
      for (const word of pointer.target > 0 ? [words[pointer.target - 1] ?? ''] : words) nouns.add(word.toLowerCase());
    }
  }
  return nouns;
}

/** A description's word without a possessive ("egypt's" -> "egypt"). */
const withoutPossessive = (word: string) => word.replace(/['’]s$|['’]$/u, '');

/**
 * Whether two descriptions of a body ("egyptian ministry", "egypt's communications ministry") can be one: the same
 * head noun, and every other word of the shorter a word of the longer, a possessive left out, or the adjective of
 * its place ("egyptian" / "egypt's", "french" / "france's") as WordNet relates them. As compatibleSpeakers reads
 * descriptions, a word the longer adds narrows it; a place of another country ("israel's ministry") keeps them two.
 */
export function describeOneBody(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const [wordsA, wordsB] = [a.split(' ').map(withoutPossessive), b.split(' ').map(withoutPossessive)];
  if (wordsA.at(-1) !== wordsB.at(-1)) return false;
  const [shorter, longer] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  const others = longer.slice(0, -1);
  const place = (adjective: string, noun: string) => pertainsTo(adjective).has(noun);
  return shorter
    .slice(0, -1)
    .every((w) => others.some((o) => o === w || place(w, o) || place(o, w)));
}

/** Letters two given names must begin with alike to be one name and its short form ("Alexis" and "Alexandros", "Chris" and "Christopher"). */
const SHORT_FORM_PREFIX = 4;

/**
 * A word read as a given name that names no one: an adverb that opened the sentence ("Ironically Nichols said"),
 * which WordNet knows as an adverb and not as a noun (a name such as "Kelly" or "Hardy" is a noun there too).
 */
const isNoName = (word: string) => word.length > 3 && synsetOffsets('adv', word).length > 0 && synsetOffsets('noun', word).length === 0;

/**
 * Whether two speaker keys that compatibleSpeakers keeps apart may still name one person printed two ways: the
 * same surname, and every given name of one matching one of the other, as compatibleSpeakers matches them or by
 * a short form ("alexis grigoropoulos" and "alexandros grigoropoulos"), a word that names no one left out
 * ("ironically nichols" and "brian nichols"); or one of them the other's given name printed alone (givenNameAlone:
 * "charlie" and "charlie kafoury"). Such speakers are not known to be one, nor shown to be two.
 */
export function mayNameOnePerson(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const wordsA = a.split(' ');
  const wordsB = b.split(' ');
  if (givenNameAlone(wordsA, wordsB) || givenNameAlone(wordsB, wordsA)) return true;
  if (wordsA.at(-1) !== wordsB.at(-1)) return false;
  const givenA = wordsA.slice(0, -1).filter((w) => !isNoName(w));
  const givenB = wordsB.slice(0, -1).filter((w) => !isNoName(w));
  const [shorter, longer] = givenA.length <= givenB.length ? [givenA, givenB] : [givenB, givenA];
  const alike = (x: string, y: string) =>
    sameGivenName(x, y) || (x.length >= SHORT_FORM_PREFIX && y.length >= SHORT_FORM_PREFIX && x.slice(0, SHORT_FORM_PREFIX) === y.slice(0, SHORT_FORM_PREFIX));
  return shorter.every((w) => longer.some((g) => alike(w, g)));
}

/** Fewest letters a given name printed alone must have to be read as the given name of a full name (givenNameAlone). */
const GIVEN_NAME_ALONE = 3;

/**
 * Whether `alone`, a speaker printed by one word only, is the given name of `full`, a name of two words or more
 * ("Charlie" of "Kafoury's son, Charlie" and "Charlie Kafoury"; "Hillary" and "Hillary Clinton"): the first word of
 * the full name, GIVEN_NAME_ALONE letters or more, not a word that names no one. Not the surname, which
 * compatibleSpeakers already matches.
 */
function givenNameAlone(alone: readonly string[], full: readonly string[]): boolean {
  const [word] = alone;
  return alone.length === 1 && full.length >= 2 && word !== undefined && word.length >= GIVEN_NAME_ALONE && word === full[0] && !isNoName(word);
}

/** Words of a role that tie it to no place or body ("the mayor of", "former chief"). */
const ROLE_FILLERS = new Set(['the', 'a', 'an', 'of', 'for', 'in', 'at', 'from', 'former', 'acting', 'interim', 'then']);

/**
 * A role's words in two parts: its office (kinds of person, "mayor", "secretary", and abbreviations, "Lt.", "Gov."),
 * as stems; and the names of the place or body it is of ("Springfield", "Acme"), lower case: other capitalised
 * words, leaving out those WordNet knows as adjectives ("Democratic", "Indian"), which describe a holder without
 * placing the office. Other words say neither (a description's "who feigned illness for decades"). `words`: every
 * word of the role, lower case.
 */
function roleParts(role: string): { office: Set<string>; names: Set<string>; words: Set<string> } {
  const office = new Set<string>();
  const names = new Set<string>();
  const words = new Set<string>();
  for (const printed of role.match(/\p{L}[\p{L}'’.-]*/gu) ?? []) {
    const word = printed.replace(/['’]s$|['’.]+$/u, '').toLowerCase();
    words.add(word);
    if (word === '' || ROLE_FILLERS.has(word)) continue;
    const person = isKindOfPerson(word) || isKindOfPerson(word.replace(/s$/, ''));
    if (printed.endsWith('.') || person) office.add(stemWord(word));
    else if (/^\p{Lu}/u.test(printed) && synsetOffsets('adj', word).length === 0) names.add(word);
  }
  return { office, names, words };
}

/**
 * Whether two roles printed with one surname show two people: one office ("mayor", "police Lt.") of two places or
 * bodies ("mayor of Springfield" / "mayor of Shelbyville", "Troy police Lt." / "Harlow police Lt."). Each role names
 * a place or body (roleParts) that no word of the other names, and they share a word of their office. Roles of two
 * offices ("Indiana Gov." / "vice presidential nominee") or a role without a place ("Mayor") show nothing.
 */
export function rolesOfTwoHolders(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const [partsA, partsB] = [roleParts(a), roleParts(b)];
  if (partsA.names.size === 0 || partsB.names.size === 0) return false;
  if ([...partsA.names].some((w) => partsB.words.has(w)) || [...partsB.names].some((w) => partsA.words.has(w))) return false;
  if (abbreviatesBody(a, b) || abbreviatesBody(b, a)) return false;
  return [...partsA.office].some((w) => partsB.office.has(w));
}

/** Words that may stand inside a body's name without giving it an initial ("Bureau of Investigation" is BI of FBI). */
const NAME_JOINERS = new Set(['of', 'and', 'the', 'for', '&']);

/**
 * Whether a role prints a body by its initials that the other role spells out ("OSP Lt." / "Oregon State Police Lt.",
 * "LAPD Sgt." / "Los Angeles Police Department Sgt."): an upper-case word of two to six letters of `short` is the
 * initials of consecutive capitalised words of `long` (joiners such as "of" skipped). Then the two name one body.
 */
function abbreviatesBody(short: string, long: string): boolean {
  const acronyms = (short.match(/\p{L}[\p{L}.]*/gu) ?? [])
    .map((w) => w.replace(/\./g, ''))
    .filter((w) => /^\p{Lu}{2,6}$/u.test(w))
    .map((w) => w.toLowerCase());
  if (acronyms.length === 0) return false;
  const runs: string[] = [];
  let initials = '';
  for (const printed of long.match(/[\p{L}&][\p{L}'’.-]*/gu) ?? []) {
    if (/^\p{Lu}/u.test(printed)) initials += printed[0]!.toLowerCase();
    else if (!NAME_JOINERS.has(printed.toLowerCase())) {
      runs.push(initials);
      initials = '';
    }
  }
  runs.push(initials);
  return acronyms.some((acronym) => runs.some((run) => run.includes(acronym)));
}

/** Words of a description that say how a source spoke, not who it is ("the statement", "a spokesman"). */
const DESCRIPTION_FILLERS = new Set(['the', 'a', 'an', 'its', 'statement', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials']);

/** Words of a description that leave its source unnamed on purpose: such a source is nobody who is named. */
const ANONYMOUS = new Set(['source', 'sources', 'anonymous', 'unnamed', 'insider', 'insiders']);

/**
 * Whether a described speaker ("police", "the prime minister", "Kraft statement") is a named speaker's role as
 * the article printed it ("Troy police Lt.", "Prime Minister", "Kraft spokeswoman"): every word of the description
 * that names a body or an office is a word of the role, as stems. A description of a source kept anonymous
 * ("a police source") names nobody, and one of fillers only ("officials") says too little.
 */
export function describesRole(description: string | null, role: string | null | undefined): boolean {
  if (!description || !role) return false;
  const words = description.split(' ').filter((w) => !DESCRIPTION_FILLERS.has(w));
  if (words.length === 0 || words.some((w) => ANONYMOUS.has(w))) return false;
  const roleStems = new Set(normalizeText(role).replace(/'s\b/g, '').split(' ').map(stemWord));
  return words.every((w) => roleStems.has(stemWord(w)));
}

/** Words of a role that say its bearer speaks for the body named before them ("Acme spokeswoman", "Acme's chief executive"). */
const SPEAKS_FOR = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'rep', 'statement', 'official', 'chief', 'executive', 'ceo', 'chairman', 'chairwoman', 'president', 'press', 'secretary', 'director', 'head']);

/**
 * Whether a role prints its bearer as speaking for a named body ("Kraft Foods" and "Kraft Food's", "Acme" and "Acme
 * spokeswoman"): the role opens on the body's words (as stems, a possessive left out) and goes on with at most two
 * words of speaking for it (SPEAKS_FOR), so that a role read from a headline ("Donald Trump Finally Endorses House
 * Speaker") or an office of a place ("Indiana Gov.") does not.
 */
export function speaksFor(body: string | null, role: string | null | undefined): boolean {
  if (!body || !role) return false;
  const bodyWords = body.split(' ');
  const roleWords = normalizeText(role).replace(/'s\b|'/g, '').split(' ').filter((w) => w !== '');
  if (officeOfBody(bodyWords, roleWords)) return true;
  if (roleWords.length < bodyWords.length || !bodyWords.every((w, i) => stemWord(w) === stemWord(roleWords[i] ?? ''))) return false;
  const rest = roleWords.slice(bodyWords.length);
  return rest.length <= 2 && rest.every((w) => SPEAKS_FOR.has(w));
}

/** Whether a role's words after the preposition at `at` are an article at most and the body's words to its end (as stems). */
function endsOnBody(roleWords: readonly string[], at: number, bodyWords: readonly string[]): boolean {
  const rest = roleWords.slice(roleWords[at + 1] === 'the' ? at + 2 : at + 1);
  return rest.length === bodyWords.length && bodyWords.every((w, i) => stemWord(w) === stemWord(rest[i] ?? ''));
}

/** Prepositions that print a person as one of a body's people after their work ("researcher with Acme", "analyst at Globex"). */
const MEMBER_OF: ReadonlySet<string> = new Set(['with', 'at', 'from']);

/** Most words of a role before MEMBER_OF's preposition ("senior security researcher with Acme"). */
const MEMBER_WORDS = 3;

/**
 * Whether a role prints its bearer as one of a named body's people without making them its voice ("researcher with
 * Acme Labs", "analyst at Globex"): at most MEMBER_WORDS words, then "with", "at" or "from", an article at most and
 * the body's words to the role's end (as stems). An outlet may give such a person's words to the body ("Acme Labs
 * said"): the two are not known to be one source (speaksFor), nor shown to be two.
 */
export function belongsTo(body: string | null, role: string | null | undefined): boolean {
  if (!body || !role) return false;
  const bodyWords = body.split(' ');
  const roleWords = normalizeText(role).replace(/'s\b|'/g, '').split(' ').filter((w) => w !== '');
  const at = roleWords.findIndex((w) => MEMBER_OF.has(w));
  if (at < 1 || at > MEMBER_WORDS) return false;
  return endsOnBody(roleWords, at, bodyWords);
}

/** Offices whose bearer speaks for the body printed after them with "of" or "for" ("controller of BBC Drama"): SPEAKS_FOR's and a department's head. */
const OFFICES_OF: ReadonlySet<string> = new Set([...SPEAKS_FOR, 'controller']);

/**
 * Whether a role prints its bearer's office before the body it speaks for, joined by "of" or "for" ("controller of
 * BBC Drama Commissioning", "spokeswoman for the Harlow Trust"): at most two words, all of OFFICES_OF, then the
 * preposition, an article at most and the body's words to the role's end (as stems). An office of another kind
 * ("governor of Harlow", "son of Ann Lee") or of a body the role narrows ("director of Acme in Europe") does not.
 */
function officeOfBody(bodyWords: readonly string[], roleWords: readonly string[]): boolean {
  const at = roleWords.findIndex((w) => w === 'of' || w === 'for');
  if (at < 1 || at > 2 || !roleWords.slice(0, at).every((w) => OFFICES_OF.has(w))) return false;
  return endsOnBody(roleWords, at, bodyWords);
}

/** Most words of a role that key its bearer's printings with the bodies it names (roleBodyWords). */
const ROLE_BODY_WORDS = 3;

/**
 * The words of a role that may name a body its bearer speaks for or is described by ("FBI Director": fbi; "Harlow
 * police Lt.": harlow, police), lower case, possessives dropped: no word of speaking for it (SPEAKS_FOR), filler
 * or function word, no word of the bearer's own name (`key`), at most ROLE_BODY_WORDS. A body's printings are
 * keyed under its surname (the last word of its key: "fbi", "police"), so its bearer's printings keyed under these
 * words meet them (merging decides: speaksFor, describesRole).
 */
export function roleBodyWords(role: string | null | undefined, key: string | null): string[] {
  if (!role) return [];
  const own = new Set((key ?? '').split(' '));
  const words = normalizeText(role)
    .replace(/'s\b|'/g, '')
    .split(' ')
    .filter((w) => /\p{L}{2}/u.test(w) && !SPEAKS_FOR.has(w) && !DESCRIPTION_FILLERS.has(w) && !isStopWord(w) && !own.has(w));
  return [...new Set(words)].slice(0, ROLE_BODY_WORDS);
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
  if (isPeopleOfAKind(words)) return true;
  return words.some((word) => /^\p{Ll}/u.test(word) && !NAME_PARTICLES.has(word));
}

/**
 * "The Indians say", "Americans believe": one capitalised plural of a kind of person that WordNet knows ("Indian",
 * "Democrat"), a people or a party printed as the speaker, which describes whoever spoke for it and names no one.
 */
function isPeopleOfAKind(words: readonly string[]): boolean {
  const [word, ...rest] = words[0]?.toLowerCase() === 'the' ? words.slice(1) : words;
  if (word === undefined || rest.length > 0 || !/^\p{Lu}\p{Ll}+s$/u.test(word) || /ss$/.test(word)) return false;
  // "Adams", "Roberts", "Peters": a surname whose singular WordNet knows first as one person ("Adam") names someone.
  const singular = word.slice(0, -1).toLowerCase();
  const [first] = nounSenses(singular) ?? [];
  return first !== undefined && !nounSynset(first).instance && isKindOfPerson(singular);
}
