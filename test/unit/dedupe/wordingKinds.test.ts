import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { quoteKeys } from '../../../dedupe/candidateKeys.ts';
import { DEFAULT_MERGE_OPTIONS, joinByWords } from '../../../dedupe/decideMerge.ts';
import { tokenize } from '../../../dedupe/normalizeText.ts';
import type { CandidateHit, MentionToPlace } from '../../../dedupe/planMerges.ts';
import { planMerges, variantHash } from '../../../dedupe/planMerges.ts';
import { wordingKinds } from '../../../dedupe/wordingKinds.ts';
import { closeWordnet } from '../../../wordnet.ts';

after(closeWordnet);

const QUOTE =
  'If the corporation sticks to an uncompromising position and shows itself unready to align with Russian legislation, then there is no chance';
const TYPOGRAPHY =
  'If the corporation sticks to an uncompromising position and shows itself unready to align with Russian legislation, then there is no chance.';
const PART = 'shows itself unready to align with Russian legislation, then there is no chance';
const REPORTED =
  'there was a possibility of reaching an agreement if Meta entered into dialogue with the Russian authorities and complied with the law';
const REWORDED = 'if Meta engages in dialogue and aligns with local laws, an agreement could be possible';

describe('joining by words, not by content', () => {
  test('the same words, a part, small edits join by words; one statement reworded does not', () => {
    assert.ok(joinByWords(QUOTE, TYPOGRAPHY));
    assert.ok(joinByWords(QUOTE, PART));
    assert.ok(!joinByWords(REPORTED, REWORDED));
    // "the deaths were a reminder" and "they come as a reminder": the same words of substance, other words.
    assert.ok(
      !joinByWords(
        'they come as a reminder that climbers need to use extreme caution',
        'the deaths were a reminder that climbers needed to use extreme caution',
      ),
    );
  });
});

describe("the kinds of a claim's wordings", () => {
  test('the largest group joined by words is verbatim, the others reworded', () => {
    assert.deepEqual(wordingKinds([REWORDED, QUOTE, PART, TYPOGRAPHY]), [
      'reworded',
      'verbatim',
      'verbatim',
      'verbatim',
    ]);
    assert.deepEqual(wordingKinds([QUOTE]), ['verbatim']);
  });

  test('a tie goes to the group of the longest wording, whatever the order', () => {
    assert.deepEqual(wordingKinds([REWORDED, REPORTED]), ['reworded', 'verbatim']);
    assert.deepEqual(wordingKinds([REPORTED, REWORDED]), ['verbatim', 'reworded']);
  });

  test('the kinds do not depend on the order of the wordings', () => {
    const texts = [QUOTE, REWORDED, PART, REPORTED, TYPOGRAPHY];
    const expected = new Map(texts.map((t, i) => [t, wordingKinds(texts)[i]]));
    for (let shift = 1; shift < texts.length; shift++) {
      const rotated = [...texts.slice(shift), ...texts.slice(0, shift)].reverse();
      wordingKinds(rotated).forEach((kind, i) =>
        assert.equal(kind, expected.get(rotated[i] ?? ''), rotated[i]),
      );
    }
  });
});

describe('planning a merge writes every wording of a changed claim with its kind', () => {
  test('a reworded statement joining a stored claim of its speaker: the stored variant is written again as verbatim', () => {
    const stored = { text: REPORTED, speakerKey: 'dmitry peskov', entities: [] as string[] };
    const hit: CandidateHit = {
      id: 'c_0000',
      kind: 'quote',
      value: null,
      unit: null,
      shared: [],
      variants: [{ hash: variantHash(stored), ...stored }],
    };
    const mention: MentionToPlace = {
      mentionId: 'm_2',
      subject: {
        kind: 'statement',
        text: REWORDED,
        speakerKey: 'peskov',
        value: null,
        unit: null,
        entities: [],
        storyId: 's_1',
      },
      speakerId: 's_peskov',
      speakerKey: 'peskov',
      keys: quoteKeys(tokenize(REWORDED)),
      hits: [hit],
    };
    const plan = planMerges([mention], DEFAULT_MERGE_OPTIONS);
    assert.deepEqual(
      plan.writes.placements.map((p) => p.claimId),
      ['c_0000'],
    );
    const written = new Map(plan.writes.variants.map((v) => [v.text, v.wording]));
    assert.deepEqual(Object.fromEntries(written), { [REPORTED]: 'verbatim', [REWORDED]: 'reworded' });
  });
});
