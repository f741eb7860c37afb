import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bandKeys, estimateJaccard, minhashSignature, shingleHashes } from '../../../dedupe/minhash.ts';
import { tokenize } from '../../../dedupe/normalizeText.ts';

const words = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed}${(i * 7919) % 1000}`);

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
});
