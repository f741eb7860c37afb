import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  bandKeys,
  DEFAULT_MINHASH,
  estimateJaccard,
  minhashSignature,
  shingleHashes,
} from '../../../dedupe/minhash.ts';
import type { MinHashOptions } from '../../../dedupe/minhash.ts';
import { referenceShingleHashes, referenceSignature } from '../../../bench/referenceMinhash.ts';
import { tokenize } from '../../../dedupe/normalizeText.ts';

const words = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed}${(i * 7919) % 1000}`);

// The implementation before issue 7 (bench/referenceMinhash.ts): stored signatures were made by it, so
// the fast one must give the very same numbers.

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
