/**
 * `node --import tsx bench/minhash.ts [--texts 200] [--rounds 5] [--checks 3000] [--seed 7]`: times
 * minhashSignature on generated 800-1,500-word articles against the implementation it replaced (kept here as
 * referenceSignature, so the ratio comes from one run on one machine), after checking on random texts that
 * both give the same signatures and band keys. Exits non-zero on any difference.
 */
import { parseArgs } from 'node:util';
import { bandKeys, DEFAULT_MINHASH, minhashSignature } from '../dedupe/minhash.ts';
import type { MinHashOptions } from '../dedupe/minhash.ts';
import { tokenize } from '../dedupe/normalizeText.ts';
import { Random } from './random.ts';
import { buildVocabulary } from './vocabulary.ts';
import type { Vocabulary } from './vocabulary.ts';

import { referenceSignature } from './referenceMinhash.ts';

const FUNCTION_WORDS = [
  'the',
  'of',
  'to',
  'in',
  'and',
  'a',
  'said',
  'on',
  'that',
  'for',
  'with',
  'is',
  'was',
  'by',
];

/** An article-like text: Zipf-drawn words of one topic and the whole vocabulary, function words, punctuation. */
function writeText(random: Random, vocabulary: Vocabulary, words: number): string {
  const topic = random.pick(vocabulary.topics);
  const parts: string[] = [];
  for (let i = 0; i < words; i++) {
    const roll = random.next();
    let word: string;
    if (roll < 0.35) word = random.pick(FUNCTION_WORDS);
    else if (roll < 0.6) word = topic.nouns[random.zipf(topic.nouns.length)] as string;
    else if (roll < 0.7) word = topic.verbs[random.zipf(topic.verbs.length)] as string;
    else if (roll < 0.75) word = `${random.pick(vocabulary.firstNames)} ${random.pick(vocabulary.surnames)}`;
    else if (roll < 0.8) word = String(random.int(1, 2030));
    else word = vocabulary.nouns[random.zipf(vocabulary.nouns.length)] as string;
    parts.push(random.chance(0.07) ? `${word}.` : random.chance(0.05) ? `“${word},”` : word);
  }
  return parts.join(' ');
}

/** Short and odd texts too: empty, fewer words than a shingle, non-ASCII, repeated shingles. */
function writeOddText(random: Random, vocabulary: Vocabulary): string {
  const words = random.int(0, 60);
  const pool = random.chance(0.3)
    ? ['x', 'y', 'zürich', 'ça', '東京', '😀', 'é']
    : vocabulary.nouns.slice(0, 20);
  return Array.from({ length: words }, () => random.pick(pool)).join(' ');
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function check(random: Random, vocabulary: Vocabulary, count: number): void {
  const options: MinHashOptions[] = [
    DEFAULT_MINHASH,
    { shingle: 2, hashes: 64, bands: 16, rows: 4 },
    { shingle: 5, hashes: 20, bands: 5, rows: 4 },
  ];
  for (let n = 0; n < count; n++) {
    const text = random.chance(0.3)
      ? writeOddText(random, vocabulary)
      : writeText(random, vocabulary, random.int(1, 400));
    const tokens = tokenize(text);
    const option = n % 10 === 9 ? (options[1 + (n % 2)] as MinHashOptions) : DEFAULT_MINHASH;
    const expected = referenceSignature(tokens, option);
    const actual = minhashSignature(tokens, option);
    if (
      !sameNumbers(expected, actual) ||
      !sameNumbers(bandKeys(expected, option), bandKeys(actual, option))
    ) {
      throw new Error(
        `signatures differ for ${JSON.stringify(text.slice(0, 200))} (${tokens.length} tokens)`,
      );
    }
  }
}

/** Milliseconds per signature over the token lists, best of the rounds (the least disturbed by other load). */
function time(
  sign: (tokens: readonly string[]) => number[],
  texts: readonly string[][],
  rounds: number,
): number {
  let best = Infinity;
  let sink = 0;
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    for (const tokens of texts) sink += sign(tokens)[0] as number;
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6 / texts.length);
  }
  if (sink < 0) console.log(sink); // keeps the calls observable
  return best;
}

const { values } = parseArgs({
  options: {
    texts: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '5' },
    checks: { type: 'string', default: '3000' },
    seed: { type: 'string', default: '7' },
  },
});
const random = new Random(Number(values.seed));
const vocabulary = buildVocabulary(Number(values.seed));

check(random, vocabulary, Number(values.checks));
const texts = Array.from({ length: Number(values.texts) }, () =>
  tokenize(writeText(random, vocabulary, random.int(800, 1500))),
);
for (const tokens of texts) {
  if (!sameNumbers(referenceSignature(tokens), minhashSignature(tokens)))
    throw new Error('signatures differ on an article');
}
console.log(`${Number(values.checks) + texts.length} texts: identical signatures and band keys`);

const words = texts.reduce((sum, tokens) => sum + tokens.length, 0) / texts.length;
const rounds = Number(values.rounds);
const reference = time(referenceSignature, texts, rounds);
const current = time(minhashSignature, texts, rounds);
console.log(`${texts.length} articles of ${Math.round(words)} tokens on average, best of ${rounds} rounds`);
console.log(`reference ${reference.toFixed(3)} ms per signature`);
console.log(`current   ${current.toFixed(3)} ms per signature`);
console.log(
  `ratio new/old ${(current / reference).toFixed(4)} (${(reference / current).toFixed(1)}x faster)`,
);
