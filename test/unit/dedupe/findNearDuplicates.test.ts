import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findNearDuplicates, NEAR_DUPLICATE_JACCARD } from '../../../dedupe/findNearDuplicates.ts';
import { minhashSignature } from '../../../dedupe/minhash.ts';
import { tokenize } from '../../../dedupe/normalizeText.ts';

const STORY =
  'The water utility told residents on Tuesday to boil tap water before drinking it after tests found bacteria ' +
  'in two reservoirs, and said the advice would stay in place until at least Friday while crews flushed the mains.';
const signed = (text: string) => minhashSignature(tokenize(text));

test('the near duplicates of an article are the band candidates whose estimate reaches the threshold', () => {
  const candidates = [
    { id: 'a_copy', signature: signed(`${STORY} Reporting by the wire desk.`), groupId: 'a_first' },
    { id: 'a_other', signature: signed('The council approved the new harbour budget after a long debate on Monday.'), groupId: 'a_other' },
  ];
  const copies = findNearDuplicates(signed(STORY), candidates);
  assert.deepEqual(copies.map((c) => c.groupId), ['a_first']);
  assert.deepEqual(findNearDuplicates(signed(STORY), candidates, 1.01), [], 'no estimate reaches a threshold over 1');
  assert.equal(NEAR_DUPLICATE_JACCARD, 0.5);
});
