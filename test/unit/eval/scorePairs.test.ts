import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FigurePair, MentionPair, MentionPairLabel, PairSide } from '../../eval/scorePairs.ts';
import { claimOfFigure, claimOfSide, scoreFigurePairs, scoreMentionPairs, storyOf, storySplit } from '../../eval/scorePairs.ts';

const side = (doc: string, start = 0, end = 10): PairSide => ({ doc, start, end, check: '0000000000' });
const pair = (label: MentionPairLabel, a: string, b: string): MentionPair => ({ a: side(a), b: side(b), label, speaker: 'X', story: 's' });

test('a side takes the mention overlapping it by half of the longer span, the largest overlap first', () => {
  const mentions = [
    { start: 0, end: 30, claimId: 'long' },
    { start: 8, end: 22, claimId: 'best' },
    { start: 40, end: 60, claimId: 'far' },
  ];
  // "long" shares 12 of its 30 characters, under half; "best" shares 12 of 14.
  assert.equal(claimOfSide({ start: 10, end: 22 }, mentions), 'best');
  // Both overlap by half of the longer span; "long" shares 20 characters, "best" 12.
  assert.equal(claimOfSide({ start: 0, end: 20 }, mentions), 'long');
});

test('a side inside a longer mention (a quote inside a statement) takes the shortest mention containing it; none is not found', () => {
  const mentions = [
    { start: 0, end: 200, claimId: 'statement' },
    { start: 50, end: 150, claimId: 'paragraph' },
  ];
  assert.equal(claimOfSide({ start: 60, end: 70 }, mentions), 'paragraph');
  assert.equal(claimOfSide({ start: 190, end: 260 }, mentions), null);
  assert.equal(claimOfSide({ start: 0, end: 10 }, []), null);
});

test('a figure side takes the number mention overlapping it most, even a shorter one inside it', () => {
  const numbers = [
    { start: 10, end: 21, claimId: '100m' },
    { start: 30, end: 33, claimId: 'other' },
  ];
  assert.equal(claimOfFigure({ start: 0, end: 27 }, numbers), '100m');
  assert.equal(claimOfFigure({ start: 40, end: 50 }, numbers), null);
});

test('recall per category counts pairs whose sides share a claim; precision counts merged pairs that are one statement', () => {
  const claims = new Map([
    ['v1a', 'c1'],
    ['v1b', 'c1'],
    ['v2a', 'c2'],
    ['v2b', 'c3'],
    ['p1a', 'c4'],
    ['p1b', 'c4'],
    ['d1a', 'c5'],
    ['d1b', 'c5'],
    ['d2a', 'c6'],
    ['d2b', 'c7'],
    ['v3a', 'c8'],
  ]);
  const pairs = [
    pair('verbatim', 'v1a', 'v1b'),
    pair('verbatim', 'v2a', 'v2b'),
    pair('verbatim', 'v3a', 'v3b'),
    pair('partial', 'p1a', 'p1b'),
    pair('different', 'd1a', 'd1b'),
    pair('different', 'd2a', 'd2b'),
  ];
  const s = scoreMentionPairs(pairs, (x) => claims.get(x.doc) ?? null);
  assert.deepEqual(s.byLabel.verbatim, { pairs: 3, found: 2, joined: 1 });
  assert.deepEqual(s.byLabel.partial, { pairs: 1, found: 1, joined: 1 });
  assert.deepEqual(s.byLabel.paraphrase, { pairs: 0, found: 0, joined: 0 });
  assert.deepEqual(s.byLabel.different, { pairs: 2, found: 2, joined: 1 });
  assert.equal(s.merged, 3);
  assert.equal(s.mergedRight, 2);
  assert.equal(s.sidesNotFound, 1);
  assert.deepEqual(
    s.missed.map((o) => o.pair.a.doc),
    ['v2a'],
  );
  assert.deepEqual(
    s.falseMerges.map((o) => o.pair.a.doc),
    ['d1a'],
  );
  assert.deepEqual(
    s.notFound.map((o) => [o.pair.a.doc, o.claimB]),
    [['v3a', null]],
  );
});

test('an unknown pair label is an error, not a silent category', () => {
  const bad = { ...pair('verbatim', 'a', 'b'), label: 'same' as MentionPairLabel };
  assert.throws(() => scoreMentionPairs([bad], () => 'c'), /pair label "same"/);
});

test('figure pairs: recall on pairs labelled the same figure, precision on merged pairs', () => {
  const figure = (label: 'same' | 'different', a: string, b: string): FigurePair => ({ a: side(a), b: side(b), label });
  const claims = new Map([
    ['s1a', 'n1'],
    ['s1b', 'n1'],
    ['s2a', 'n2'],
    ['s2b', 'n3'],
    ['d1a', 'n4'],
    ['d1b', 'n4'],
  ]);
  const f = scoreFigurePairs([figure('same', 's1a', 's1b'), figure('same', 's2a', 's2b'), figure('different', 'd1a', 'd1b'), figure('same', 's3a', 's3b')], (x) => claims.get(x.doc) ?? null);
  assert.deepEqual(f.same, { pairs: 3, found: 2, joined: 1 });
  assert.equal(f.merged, 2);
  assert.equal(f.mergedRight, 1);
  assert.equal(f.sidesNotFound, 2);
  assert.throws(() => scoreFigurePairs([figure('verbatim' as 'same', 'a', 'b')], () => 'c'), /figure pair label/);
});

test('a pair without a story takes its ECB+ topic or its earlier PolNeAR document; the split is stable per story', () => {
  assert.equal(storyOf({ a: side('ecbplus/37_4ecbplus'), b: side('ecbplus/37_11ecb') }), 'ecbplus/37');
  assert.equal(
    storyOf({ a: side('polnear/train/nyt_2016-02-09_rubio-is-tested.txt'), b: side('polnear/train/huff-post_2016-02-07_the-latest-gop.txt') }),
    'polnear/2016-02-07_the-latest-gop',
  );
  assert.equal(storyOf({ a: side('ecbplus/1_1ecb'), b: side('ecbplus/1_2ecb'), story: 'mine' }), 'mine');
  assert.equal(storySplit('ecbplus/37'), storySplit('ecbplus/37'));
  const splits = Array.from({ length: 300 }, (_, i) => storySplit(`story-${i}`));
  const heldOut = splits.filter((s) => s === 'held-out').length;
  assert.ok(heldOut > 70 && heldOut < 130, `about a third held out, got ${heldOut} of 300`);
});
