/**
 * What kind of thing a common noun names, from WordNet (../wordnet.ts: a binary search of the sorted noun
 * index and one read of the synset): a person ("official",
 * "pastor"), a group or an organisation ("police", "government", "jury"), a thing that never speaks ("timing",
 * "rationale", "election"), something else (a statement, a book, an artifact), or null when WordNet has no such noun. Answers are kept, so each word is looked up once.
 */
import { boundedMemo } from '../boundedMemo.ts';
import { nounSenses, nounSynset, synsetOffsets } from '../wordnet.ts';

export { closeWordnet } from '../wordnet.ts';

export type NounKind = 'person' | 'group' | 'thing' | 'other';

/** WordNet's lexicographer files of people and of groups (noun.person, noun.group). */
const PERSON_FILE = 18;
const GROUP_FILE = 14;
/**
 * Lexicographer files of what never speaks: acts, animals, attributes, the body, cognition (a rationale, an
 * idea), events, feelings, food, locations, motives, natural objects, phenomena, plants, possessions,
 * processes, relations, shapes, states, substances, times. Not communication (a statement, an ad,
 * a book speak for who issued them), quantities ("53 percent said", "half said": of people), artifacts or the top nouns.
 */
const THING_FILES = new Set([4, 5, 7, 8, 9, 11, 12, 13, 15, 16, 17, 19, 20, 21, 22, 24, 25, 26, 27, 28]);
/** How many of a noun's senses count, most frequent first: a rare sense ("issue": offspring) does not. */
const SENSES = 2;

/** Beyond this many words asked about the memo starts again, so that a long-lived worker's memory stays flat. */
const WORD_MEMO_LIMIT = 50_000;

function kindOfLemma(lemma: string): NounKind | null {
  const offsets = nounSenses(lemma);
  if (offsets === null) return null;
  const lexFiles = offsets.slice(0, SENSES).map((offset) => nounSynset(offset).lexFile);
  if (lexFiles.includes(PERSON_FILE)) return 'person';
  if (lexFiles.includes(GROUP_FILE)) return 'group';
  return lexFiles.every((file) => THING_FILES.has(file)) ? 'thing' : 'other';
}

/** The forms a plural may come from ("residents" -> "resident", "parties" -> "party", "witnesses" -> "witness"). */
function singulars(word: string): string[] {
  const forms: string[] = [];
  if (/ies$/.test(word)) forms.push(`${word.slice(0, -3)}y`);
  if (/(?:s|x|z|ch|sh)es$/.test(word)) forms.push(word.slice(0, -2));
  if (/s$/.test(word) && !/ss$/.test(word)) forms.push(word.slice(0, -1));
  if (/men$/.test(word)) forms.push(`${word.slice(0, -3)}man`);
  // The plurals that change the vowel: "feet", "teeth", "geese".
  if (/ee(?:t|th|se)$/.test(word)) forms.push(word.replace(/ee(?=t|th|se$)/, 'oo'));
  return forms;
}

/** What kind of thing an English common noun names (see the module comment); null when WordNet lacks it. */
export function nounKind(word: string): NounKind | null {
  return kindOfWord(word.toLowerCase().replace(/\s+/g, '_'));
}

/**
 * Whether WordNet's commonest senses of a word (as printed, not a plural) name a kind of person ("advocate",
 * "democrat", "agent"), not a named one: "Herman" (a bandleader) and "James" (a philosopher) are instances, so a
 * first name is not taken for a role.
 */
export function isPersonKind(word: string): boolean {
  const offsets = nounSenses(word.toLowerCase());
  if (offsets === null) return false;
  return offsets.slice(0, SENSES).some((offset) => {
    const synset = nounSynset(offset);
    return synset.lexFile === PERSON_FILE && !synset.instance;
  });
}

/**
 * Whether WordNet's commonest senses of a word name a kind of thing ("police", "authority", "center"), not only
 * named ones: a surname such as "Feinstein" or "James" (philosophers, an outlaw) is no common noun.
 */
export function isCommonNoun(word: string): boolean {
  const offsets = nounSenses(word.toLowerCase());
  return offsets !== null && offsets.slice(0, SENSES).some((offset) => !nounSynset(offset).instance);
}

/**
 * Whether a word is an English common word WordNet lists as a noun (its plural too) or an adjective, not only as a
 * named one: "Prevention", "Human", "Services", "Economic" are; "Fargo", "FBI", "Smith" are not.
 */
export function isCommonWord(word: string): boolean {
  const lemma = word.toLowerCase();
  if (!/^\p{L}+$/u.test(lemma)) return false;
  return [lemma, ...singulars(lemma)].some((form) => isCommonNoun(form)) || synsetOffsets('adj', lemma).length > 0;
}

/**
 * Whether a lower-case word is the plural of a person noun ("producers", "senators", "councilwomen"): not itself a
 * noun WordNet lists (a name such as "Thomas" or "Hughes" is one), with a singular that names a person.
 */
export function isPersonPlural(word: string): boolean {
  const lemma = word.toLowerCase();
  if (!/^[a-z]{4,}$/.test(lemma) || kindOfLemma(lemma) !== null) return false;
  return singulars(lemma).some((form) => kindOfLemma(form) === 'person');
}

/** WordNet's lexicographer file of places (noun.location: "Inner Mongolia", "Los Angeles", "New Jersey"). */
const LOCATION_FILE = 15;

/**
 * Whether a proper name is a place in all of WordNet's commonest senses ("Inner Mongolia", "Hong Kong"), so never an
 * organisation's or a person's name ("European Union", "Red Cross" are groups).
 */
export function isPlaceName(name: string): boolean {
  const offsets = nounSenses(name.toLowerCase().replace(/\s+/g, '_'));
  return offsets !== null && offsets.slice(0, SENSES).every((offset) => nounSynset(offset).lexFile === LOCATION_FILE);
}

/**
 * Whether a common noun's commonest sense is a place ("state", "city", "region"): a place's name may be what it means.
 * Not "department", a part of an organisation first and a French region only second.
 */
export function isPlaceNoun(word: string): boolean {
  const first = (nounSenses(word.toLowerCase()) ?? [])[0];
  return first !== undefined && nounSynset(first).lexFile === LOCATION_FILE;
}

/** WordNet's lexicographer file of quantities, units of measure among them (noun.quantity: "mile", "ton", "km", "dollar"). */
const QUANTITY_FILE = 23;

/**
 * Whether a noun, or the singular of its plural, names a unit of measure in its commonest senses ("miles", "km",
 * "tons", "feet"), not a thing that is counted ("people", "ships").
 */
export function isUnitOfMeasure(word: string): boolean {
  const lemma = word.toLowerCase();
  return [lemma, ...singulars(lemma)].some((form) => (nounSenses(form) ?? []).slice(0, SENSES).some((offset) => nounSynset(offset).lexFile === QUANTITY_FILE));
}

const kindOfWord = boundedMemo(WORD_MEMO_LIMIT, (lemma): NounKind | null => {
  let kind = kindOfLemma(lemma);
  for (const form of kind === null ? singulars(lemma) : []) {
    kind = kindOfLemma(form);
    if (kind !== null) break;
  }
  return kind;
});

/**
 * A role's last word, when no list holds it ("agent", "quarterback", "screenwriter"): a lower-case kind of person that
 * is no adjective too, since "several senior (Democrats)", "newly formed super (PAC)", "Germany's liberal" are not roles.
 */
export const isRoleNounWord = (word: string): boolean => /^\p{Ll}+$/u.test(word) && isPersonKind(word) && synsetOffsets('adj', word).length === 0;
