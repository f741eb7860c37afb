import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { contrary, contraryCount, swapsSister } from '../../../dedupe/contraryWords.ts';
import { rewordedAssertion } from '../../../dedupe/rewordedAssertion.ts';
import { decideMerge } from '../../../dedupe/decideMerge.ts';
import type { ClaimCandidate, MergeSubject } from '../../../dedupe/decideMerge.ts';
import { closeWordnet } from '../../../wordnet.ts';

after(closeWordnet);

describe('contrary words (WordNet antonymy, negative prefixes)', () => {
  test('antonyms by their first senses, inflected or irregular', () => {
    assert.ok(contrary('fair', 'unfair'));
    assert.ok(contrary('buy', 'sell'));
    assert.ok(contrary('bought', 'sold'), 'irregular pasts read as their verbs');
    assert.ok(contrary('men', 'women'), '"men" read as "man"');
    assert.ok(contrary('rise', 'fall'));
  });

  test('a negative prefix on a word WordNet knows, when WordNet lacks the prefixed word or glosses it as a negation', () => {
    assert.ok(contrary('unaffordable', 'affordable'));
    assert.ok(contrary('nonbinding', 'binding'));
    assert.ok(!contrary('invaluable', 'valuable'), 'a prefixed word of its own');
    assert.ok(!contrary('discover', 'cover'));
    assert.ok(!contrary('income', 'come'));
  });

  test('synonyms and unrelated words are not contrary', () => {
    assert.ok(!contrary('fair', 'just'));
    assert.ok(!contrary('hard', 'difficult'));
    assert.ok(!contrary('said', 'told'));
    assert.ok(!contrary('fair', 'fair'));
  });
});

describe('contraryCount: antonyms in one slot', () => {
  test('counts an antonym whose neighbour matches, not one elsewhere in a report of its own', () => {
    assert.equal(contraryCount(['rota', 'fair', 'nurses'], ['rota', 'unfair', 'nurses']), 1);
    assert.equal(
      contraryCount(['prices', 'rose', 'spring'], ['harvest', 'failed', 'prices', 'fell', 'autumn']),
      1,
    );
    assert.equal(
      contraryCount(['prices', 'rose', 'spring'], ['harvest', 'fell', 'short', 'prices', 'climbed']),
      0,
    );
  });

  test('a converse told from the other side (the parties trade places) is no contrary', () => {
    const sold = ['council', 'sell', 'depot', 'builder'];
    assert.equal(contraryCount(sold, ['builder', 'buy', 'depot', 'council']), 0);
    assert.equal(contraryCount(sold, ['council', 'buy', 'depot', 'builder']), 1);
  });
});

describe('swapsSister: a lone swap of sister terms in one slot', () => {
  test('two kinds of one close kind by their first two senses, or two ordinals', () => {
    assert.ok(swapsSister(['nurses', 'night', 'shift'], ['nurses', 'day', 'shift']));
    assert.ok(swapsSister(['guard', 'carried', 'gun'], ['guard', 'carried', 'knife']));
    assert.ok(swapsSister(['first', 'round', 'talks'], ['second', 'round', 'talks']));
  });

  test('not near-synonyms WordNet sets apart by a later sense, not a swap out of its slot, not two words changed', () => {
    assert.ok(!swapsSister(['heard', 'commotion', 'outside'], ['heard', 'noise', 'outside']));
    assert.ok(!swapsSister(['night', 'nurses', 'paid'], ['paid', 'extra', 'day']));
    assert.ok(!swapsSister(['nurses', 'night', 'shift', 'rise'], ['nurses', 'day', 'shift', 'bonus']));
  });
});

describe('rewordings that swap a contrary word or a sister term', () => {
  const same: Array<[string, string]> = [
    ['the new rota is fair to the nurses on the ward', 'the new rota is just to the nurses on the ward'],
    [
      'the council will sell the old depot to a local builder next spring',
      'a local builder will buy the old depot from the council next spring',
    ],
    [
      'the new rota is not fair to the nurses on the ward',
      'the new rota is unfair to the nurses on the ward',
    ],
    [
      'nurses on the night shift will get a pay rise next spring',
      'next spring the nurses working nights will receive a pay increase',
    ],
  ];
  const other: Array<[string, string]> = [
    ['the new rota is fair to the nurses on the ward', 'the new rota is unfair to the nurses on the ward'],
    ['the nurses on the ward find the new rota fair', 'the new rota is unjust to the nurses on the ward'],
    [
      'the council will buy the old depot from the railway company',
      'the council will sell the old depot to the railway company',
    ],
    [
      'men will be allowed to join the rowing club from next season',
      'women will be allowed to join the rowing club from next season',
    ],
    [
      'the second round of talks with the dockers ended without a deal',
      'the first round of talks with the dockers ended without a deal',
    ],
    [
      'nurses on the night shift will get a pay rise next spring',
      'nurses on the day shift will get a pay rise next spring',
    ],
    [
      'the guard carried a gun when he entered the depot',
      'the guard carried a knife when he entered the depot',
    ],
  ];

  test('synonyms, a converse, a negation for a negative prefix and a report in words of its own still join', () => {
    for (const [a, b] of same) assert.ok(rewordedAssertion(a, b), `${a} / ${b}`);
  });

  test('an antonym or a sister term swapped in its slot keeps them apart', () => {
    for (const [a, b] of other) assert.ok(!rewordedAssertion(a, b), `${a} / ${b}`);
  });

  test('one named speaker: decideMerge keeps them apart, near words or reworded; a synonym joins', () => {
    const named = (text: string): MergeSubject => ({
      kind: 'statement',
      text,
      speakerKey: 'jane roe',
      weakSpeaker: false,
      value: null,
      unit: null,
      entities: [],
    });
    const said = (text: string): ClaimCandidate => ({
      id: 'c_1',
      kind: 'quote',
      value: null,
      unit: null,
      variants: [{ text, speakerKey: 'roe', entities: [] }],
    });
    assert.deepEqual(
      decideMerge(named('the new rota is fair'), [said('the new rota is unfair')]).matches,
      [],
    );
    for (const [a, b] of other) assert.deepEqual(decideMerge(named(a), [said(b)]).matches, [], `${a} / ${b}`);
    for (const [a, b] of same)
      assert.deepEqual(decideMerge(named(a), [said(b)]).matches, ['c_1'], `${a} / ${b}`);
  });
});
