import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { hashKey } from '../../../dedupe/hashKey.ts';
import {
  bandKeys,
  DEFAULT_MINHASH,
  estimateJaccard,
  minhashSignature,
  shingleHashes,
} from '../../../dedupe/minhash.ts';
import type { MinHashOptions } from '../../../dedupe/minhash.ts';
import { tokenize } from '../../../dedupe/normalizeText.ts';

const words = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed}${(i * 7919) % 1000}`);

// The implementation before issue 7 (string shingles, `%` reductions): stored signatures were made by it, so
// the fast one must give the very same numbers.
const REFERENCE_PRIME = 2147483647;

function referenceShingleHashes(tokens: readonly string[], k: number): Set<number> {
  const hashes = new Set<number>();
  if (tokens.length === 0) return hashes;
  if (tokens.length < k) {
    hashes.add(hashKey(tokens.join(' ')) & 0x7fffffff);
    return hashes;
  }
  for (let i = 0; i + k <= tokens.length; i++)
    hashes.add(hashKey(tokens.slice(i, i + k).join(' ')) & 0x7fffffff);
  return hashes;
}

function referenceSignature(tokens: readonly string[], options: MinHashOptions = DEFAULT_MINHASH): number[] {
  let state = 0x2545f491;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % REFERENCE_PRIME;
  };
  const params = Array.from(
    { length: options.hashes },
    () => [(next() % (REFERENCE_PRIME - 1)) + 1, next()] as const,
  );
  const mulMod = (a: number, x: number) => {
    const high = ((a >>> 16) * x) % REFERENCE_PRIME;
    return (((high * 65536) % REFERENCE_PRIME) + (a & 0xffff) * x) % REFERENCE_PRIME;
  };
  const signature = new Array<number>(options.hashes).fill(REFERENCE_PRIME);
  for (const x of referenceShingleHashes(tokens, options.shingle)) {
    params.forEach(([a, b], i) => {
      const h = (mulMod(a, x) + b) % REFERENCE_PRIME;
      if (h < (signature[i] as number)) signature[i] = h;
    });
  }
  return signature;
}

/** Few distinct words, so shingles repeat; odd code units (accents, surrogate pairs, empty) too. */
const token = fc.oneof(
  fc.constantFrom('the', 'said', 'peskov', 'whatsapp', 'zürich', '東京', '😀', ''),
  fc.string({ maxLength: 6, unit: 'binary' }),
);

function trueJaccard(a: string[], b: string[]): number {
  const x = shingleHashes(a, 3);
  const y = shingleHashes(b, 3);
  const both = [...x].filter((h) => y.has(h)).length;
  return both / (x.size + y.size - both);
}

describe('minhash', () => {
  it('estimates the Jaccard similarity of shingle sets within a few points', () => {
    const base = words(300, 'w');
    const edited = [...base.slice(0, 200), ...words(100, 'z')];
    const estimate = estimateJaccard(minhashSignature(base), minhashSignature(edited));
    assert.ok(Math.abs(estimate - trueJaccard(base, edited)) < 0.12, `estimate ${estimate}`);
  });

  it('gives near duplicates shared band keys and unrelated texts none', () => {
    const a = tokenize('Kremlin spokesman Dmitry Peskov told reporters on Thursday that WhatsApp must comply with Russian law or leave the market entirely.');
    const b = tokenize('Kremlin spokesman Dmitry Peskov told reporters on Thursday that WhatsApp must comply with Russian law or leave the market.');
    const c = tokenize('Heavy rain flooded the lower town overnight and the river is expected to crest on Sunday afternoon.');
    const keysA = new Set(bandKeys(minhashSignature(a)));
    assert.ok(bandKeys(minhashSignature(b)).some((k) => keysA.has(k)));
    assert.equal(bandKeys(minhashSignature(c)).filter((k) => keysA.has(k)).length, 0);
  });

  it('is deterministic and typography-blind through tokenize', () => {
    const one = minhashSignature(tokenize('“We’ll keep users connected,” it said.'));
    const two = minhashSignature(tokenize('"We\'ll keep users connected," it said'));
    assert.deepEqual(one, two);
    assert.equal(estimateJaccard(one, two), 1);
  });

  it('has no band keys for an empty text', () => {
    assert.deepEqual(bandKeys(minhashSignature([])), []);
  });

  it('gives the same signatures, shingle sets and band keys as the reference implementation', () => {
    const options = fc.constantFrom<MinHashOptions>(
      DEFAULT_MINHASH,
      { shingle: 1, hashes: 16, bands: 4, rows: 4 },
      { shingle: 5, hashes: 24, bands: 6, rows: 4 },
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 120 }), options, (tokens, option) => {
        const expected = referenceSignature(tokens, option);
        const actual = minhashSignature(tokens, option);
        assert.deepEqual(actual, expected);
        assert.deepEqual(bandKeys(actual, option), bandKeys(expected, option));
        assert.deepEqual(
          shingleHashes(tokens, option.shingle),
          referenceShingleHashes(tokens, option.shingle),
        );
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('gives the same signature as the reference on a long article', () => {
    const text = Array.from(
      { length: 1200 },
      (_, i) => `w${(i * 7919) % 211} ${i % 13 === 0 ? 'said.' : ''}`,
    ).join(' ');
    const tokens = tokenize(text);
    assert.deepEqual(minhashSignature(tokens), referenceSignature(tokens));
  });
});
