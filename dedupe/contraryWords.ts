/**
 * Words that make a near wording say something else: antonyms ("fair" / "unfair", "buy" / "sell", "men" / "women",
 * by WordNet's antonymy, or a negative prefix on a word WordNet knows: "unaffordable" / "affordable") and a lone
 * swap of two sister terms in one slot ("the night shift" / "the day shift", "the first round" / "the second round").
 * A paraphrase keeps such a word; a sibling statement of one speaker changes it. Words are lower-case words of
 * substance (rewordedAssertion.ts, decideMerge.ts).
 */
import { boundedMemo } from '../boundedMemo.ts';
import type { WordnetPos } from '../wordnet.ts';
import { synsetAt, synsetOffsets } from '../wordnet.ts';
import { kindsOfOneThing } from './sameKindOfThing.ts';
import { nounLemma, sensesOf, unmatchedWords, wordsMatch } from './synonyms.ts';

/** Beyond this many pairs of words asked about the memo starts again: a worker's memory stays flat. */
const PAIR_MEMO_LIMIT = 50_000;

/** How many words' senses are remembered (contrastSenses). */
const WORD_MEMO_LIMIT = 50_000;

/**
 * The senses a word's antonyms are read by: its first senses in each part of speech (synonyms.ts sensesOf: an
 * irregular verb's lemma's too, "sold": "sell"), with those of "man" for "men" ("women": "woman"), which the
 * detachment rules do not reach from so short a word. A rare sense makes no antonym ("new" is "early" of potatoes).
 * Remembered.
 */
const contrastSenses = boundedMemo(WORD_MEMO_LIMIT, (word): ReadonlySet<string> => {
  const senses = new Set(sensesOf(word));
  if (word.endsWith('men')) for (const sense of sensesOf(`${word.slice(0, -3)}man`)) senses.add(sense);
  return senses;
});

/** A sense as synonyms.ts prints it ("adj:960366") as its part of speech and offset. */
const parseSense = (sense: string): [WordnetPos, number] => {
  const [pos, offset] = sense.split(':');
  return [pos as WordnetPos, Number(offset)];
};

/** The senses WordNet gives as antonyms of a sense ('!': "unfair" of "fair", "woman" of "man"). */
function antonymSensesOf(sense: string): string[] {
  const [pos, offset] = parseSense(sense);
  return synsetAt(pos, offset)
    .pointers.filter((p) => p.symbol === '!')
    .map((p) => `${p.pos}:${p.offset}`);
}

/** Whether WordNet reads two words as antonyms by their first senses (contrastSenses), remembered. */
const antonymous = boundedMemo(PAIR_MEMO_LIMIT, (pair): boolean => {
  const [a = '', b = ''] = pair.split(' ');
  const sensesB = contrastSenses(b);
  return [...contrastSenses(a)].some((sense) =>
    antonymSensesOf(sense).some((antonym) => sensesB.has(antonym)),
  );
});

/** Negative prefixes ("unfair", "inaccurate", "impossible", "illegal", "irregular", "dishonest", "nonbinding"). */
const NEGATIVE_PREFIX = /^(?:non-?|un|in|im|il|ir|dis)(?=[a-z]{3})/;

/** A gloss that says its word is the negation of another ("not fair; marked by injustice"). */
const NEGATING_GLOSS = /^(?:not|lacking|without)\b/;

/**
 * Whether `prefixed` is `other` with a negative prefix (NEGATIVE_PREFIX) on a word WordNet knows that matches it
 * (one stem, a shared sense: "unaffordable" / "affordable"), and reads as its negation: WordNet lacks the prefixed
 * word, or glosses one of its senses as a negation ("not ...", "lacking ..."). A prefixed word WordNet knows
 * otherwise is a word of its own ("invaluable", "discover", "income").
 */
function negatedByPrefix(prefixed: string, other: string): boolean {
  const match = NEGATIVE_PREFIX.exec(prefixed);
  if (match === null) return false;
  const stem = prefixed.slice(match[0].length);
  if (sensesOf(stem).length === 0 || !wordsMatch(stem, other)) return false;
  const senses = contrastSenses(prefixed);
  return (
    senses.size === 0 ||
    [...senses].some((sense) => {
      const [pos, offset] = parseSense(sense);
      return NEGATING_GLOSS.test(synsetAt(pos, offset).gloss);
    })
  );
}

/** Whether two words say opposite things: WordNet antonyms (antonymous), or one the other negated by a prefix (negatedByPrefix). */
export function contrary(a: string, b: string): boolean {
  if (a === b) return false;
  return antonymous(a < b ? `${a} ${b}` : `${b} ${a}`) || negatedByPrefix(a, b) || negatedByPrefix(b, a);
}

/**
 * Whether word i of `wordsA` and word j of `wordsB` stand in one slot: the word of substance before each, or the one
 * after, match ("the rota is fair to nurses" / "the rota is unfair to nurses"), or each printing has that word alone.
 * Two words in other slots belong to other parts of a report in words of its own ("swept the elections, taking the
 * largest block" / "the vote for mayor followed the elections"), whatever WordNet links them by.
 */
function sameSlot(wordsA: readonly string[], i: number, wordsB: readonly string[], j: number): boolean {
  if (wordsA.length === 1 && wordsB.length === 1) return true;
  const neighbours = (step: number) => {
    const [x, y] = [wordsA[i + step], wordsB[j + step]];
    return x !== undefined && y !== undefined && wordsMatch(x, y);
  };
  return neighbours(-1) || neighbours(1);
}

/**
 * Whether antonyms at word i of `wordsA` and word j of `wordsB` tell one event from its other side: a word before
 * each stands after the other ("the council will sell the depot to a builder" / "a builder will buy the depot from
 * the council"), as the two parties of a sale, a loan or a gift trade places around its converse verbs.
 */
function converse(wordsA: readonly string[], i: number, wordsB: readonly string[], j: number): boolean {
  const crosses = (before: readonly string[], after: readonly string[]) =>
    before.some((x) => after.some((y) => wordsMatch(x, y)));
  return crosses(wordsA.slice(0, i), wordsB.slice(j + 1)) && crosses(wordsB.slice(0, j), wordsA.slice(i + 1));
}

/**
 * How many words of one printing no word of the other matches are contrary to such a word of the other in the same
 * slot (sameSlot: "the rota is fair" / "the rota is unfair": one) and not its converse (converse), each word paired
 * once. An odd count turns the assertion into its opposite, as one negation more does; an even one ("unfair" for
 * "not fair" with a negation each way) does not.
 */
export function contraryCount(wordsA: readonly string[], wordsB: readonly string[]): number {
  const onlyB = new Set(unmatchedWords(wordsB, wordsA));
  const onlyA = new Set(unmatchedWords(wordsA, wordsB));
  const used = new Set<number>();
  let count = 0;
  for (const [i, word] of wordsA.entries()) {
    if (!onlyA.has(word)) continue;
    const j = wordsB.findIndex(
      (other, k) =>
        !used.has(k) &&
        onlyB.has(other) &&
        contrary(word, other) &&
        sameSlot(wordsA, i, wordsB, k) &&
        !converse(wordsA, i, wordsB, k),
    );
    if (j < 0) continue;
    used.add(j);
    count += 1;
  }
  return count;
}

/**
 * How many of a noun's first senses its sister terms are read by: "gun" and "knife" are two weapons by their second
 * ("gun" is first a weapon, "knife" first an edge tool), where swapsKind reads the first only. Further senses make
 * near-synonyms sisters ("commotion" and "noise", by their third).
 */
const SISTER_SENSES = 2;

/** The adjective senses of "ordinal", of which WordNet's ordinals ("first", "second", "2nd") are satellites. */
const ordinalHeads = boundedMemo(
  1,
  (): ReadonlySet<string> => new Set(synsetOffsets('adj', 'ordinal').map((offset) => `adj:${offset}`)),
);

/** Whether a word is an ordinal by one of its adjective senses ("first", "third"): a satellite of WordNet's "ordinal" ('&'). */
const isOrdinal = (word: string) => {
  const heads = ordinalHeads('');
  return [...contrastSenses(word)].some((sense) => {
    const [pos, offset] = parseSense(sense);
    if (pos !== 'adj') return false;
    const synset = synsetAt(pos, offset);
    return (
      synset.satellite && synset.pointers.some((p) => p.symbol === '&' && heads.has(`${p.pos}:${p.offset}`))
    );
  });
};

/**
 * Whether two words are sister terms: two kinds of one close kind of thing by their first senses ("morning" and
 * "evening", "north" and "south"; sameKindOfThing.ts kindsOfOneThing) or two ordinals ("first" and "second").
 */
const sisters = boundedMemo(PAIR_MEMO_LIMIT, (pair): boolean => {
  const [a = '', b = ''] = pair.split(' ');
  return kindsOfOneThing(a, b, SISTER_SENSES) || (isOrdinal(a) && isOrdinal(b));
});

/**
 * Whether two printings differ by one word each, two sister terms (sisters) in one slot: the word of substance
 * before each, or the one after, match ("nurses on the night shift get a rise" / "nurses on the day shift get a
 * rise"). A report in words of its own that changes more words varies its detail, and the other guards decide.
 */
export function swapsSister(wordsA: readonly string[], wordsB: readonly string[]): boolean {
  const [onlyA, onlyB] = [unmatchedWords(wordsA, wordsB), unmatchedWords(wordsB, wordsA)];
  if (onlyA.length !== 1 || onlyB.length !== 1) return false;
  const [a = '', b = ''] = [onlyA[0], onlyB[0]];
  if (!sameSlot(wordsA, wordsA.indexOf(a), wordsB, wordsB.indexOf(b))) return false;
  const [lemmaA, lemmaB] = [nounLemma(a) ?? a, nounLemma(b) ?? b];
  return sisters(lemmaA < lemmaB ? `${lemmaA} ${lemmaB}` : `${lemmaB} ${lemmaA}`);
}

/**
 * Whether two near printings say something else by their words: an odd count of antonyms swapped (contraryCount)
 * or a sister term swapped in its slot (swapsSister). For printings whose negations agree (compareTexts guards those).
 */
export const saysOtherwise = (wordsA: readonly string[], wordsB: readonly string[]) =>
  contraryCount(wordsA, wordsB) % 2 === 1 || swapsSister(wordsA, wordsB);
