/** The generated corpus's words and names: syllable-built, deterministic for a seed, with Zipf-skewed use. */
import { Random } from './random.ts';

/** Content words of one topic: the statements of a story draw most of their words here. */
export interface Topic {
  nouns: string[];
  verbs: string[];
  adjectives: string[];
}

export interface Vocabulary {
  nouns: string[];
  verbs: string[];
  adjectives: string[];
  firstNames: string[];
  surnames: string[];
  /** Single-word organisation names, disjoint from surnames so that no alias joins a person and a company. */
  orgWords: string[];
  places: string[];
  outletWords: string[];
  topics: Topic[];
}

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pr', 'r', 's',
  'sh', 'st', 't', 'tr', 'v', 'w', 'z', 'qu', 'pl'];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'io'];
const CODAS = ['', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'rk'];

/** English function words the grammar uses, plus guard words: generated words must never equal them. */
export const RESERVED = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'and', 'but', 'or', 'so', 'is', 'are', 'be', 'we', 'i', 'it', 'they',
  'our', 'this', 'that', 'there', 'will', 'can', 'must', 'should', 'would', 'have', 'has', 'no', 'not', 'never',
  'none', 'nor', 'without', 'do', 'dont', 'for', 'with', 'by', 'at', 'as', 'from', 'about', 'more', 'than', 'over',
  'some', 'end', 'per', 'cent', 'percent', 'million', 'billion', 'thousand', 'hundred', 'one', 'two', 'ten', 'half',
  'dozen', 'bn', 'mn', 'm', 'k', 'always', 'because', 'mr', 'ms', 'mrs', 'dr', 'prof', 'sir', 'gen', 'col', 'sen',
  'rep', 'dame', 'miss', 'group', 'bank', 'energy', 'motors', 'airlines', 'times', 'post', 'news', 'daily',
]);

function makeWords(random: Random, count: number, taken: Set<string>, syllables: [number, number]): string[] {
  const words: string[] = [];
  while (words.length < count) {
    let word = '';
    const n = random.int(syllables[0], syllables[1]);
    for (let i = 0; i < n; i++) word += random.pick(ONSETS) + random.pick(NUCLEI) + random.pick(CODAS);
    if (word.length < 3 || taken.has(word) || RESERVED.has(word)) continue;
    taken.add(word);
    words.push(word);
  }
  return words;
}

const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** Builds the vocabulary and its topics from a seed. */
export function buildVocabulary(seed: number, topicCount = 300): Vocabulary {
  const random = new Random(seed ^ 0x5eed);
  const taken = new Set<string>();
  const nouns = makeWords(random, 4000, taken, [1, 2]);
  const verbs = makeWords(random, 1200, taken, [1, 2]);
  const adjectives = makeWords(random, 800, taken, [2, 2]);
  const firstNames = makeWords(random, 600, taken, [2, 2]).map(capitalize);
  const surnames = makeWords(random, 3000, taken, [2, 2]).map(capitalize);
  const orgWords = makeWords(random, 1500, taken, [2, 2]).map(capitalize);
  const places = makeWords(random, 400, taken, [2, 2]).map(capitalize);
  const outletWords = makeWords(random, 1500, taken, [2, 2]).map(capitalize);
  const topics: Topic[] = Array.from({ length: topicCount }, () => ({
    nouns: random.distinctZipf(nouns.length, 30, 0.9).map((i) => nouns[i] as string),
    verbs: random.distinctZipf(verbs.length, 12, 0.9).map((i) => verbs[i] as string),
    adjectives: random.distinctZipf(adjectives.length, 8, 0.9).map((i) => adjectives[i] as string),
  }));
  return { nouns, verbs, adjectives, firstNames, surnames, orgWords, places, outletWords, topics };
}
