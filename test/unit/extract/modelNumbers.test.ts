import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const figures = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'number')
    .map((m) => m.text);

describe('digits that name a model in a noun phrase are no figure', () => {
  test('a unit printed in capitals before a word in title case is no model name', () => {
    assert.deepEqual(figures('The new tablet ships with up to 512 GB Onboard storage this spring.'), ['up to 512 GB Onboard storage']);
  });
  test('digits right after a count name what is counted', () => {
    assert.deepEqual(figures('The carrier leased four 320 Skyrunner planes last month.'), []);
    assert.deepEqual(figures('The airline still flies some 250 616 Coaster jets on short routes.'), [
      'some 250',
    ]);
    // A count with its own noun, then another count, stays a count.
    assert.deepEqual(figures('The club sold 40 tickets and 25 scarves.'), ['40 tickets', '25 scarves']);
  });

  test('digits before a name in title case and a singular noun name a model; a plural counts', () => {
    assert.deepEqual(figures('Engine trouble grounded the popular 616 Coaster plane in May.'), []);
    assert.deepEqual(figures('The carrier bought 30 Harlow planes in May.'), ['30 Harlow planes']);
    // A group noun or a craft counts its noun in the singular, and a plural in capitals is no singular noun.
    assert.deepEqual(figures('The carrier hired 20 Harlow crew in May.'), ['20 Harlow crew']);
    assert.deepEqual(figures('The navy bought 12 Harlow aircraft in May.'), ['12 Harlow aircraft']);
    assert.deepEqual(figures('The shortstop drove in 43 RBIs last season.'), ['43 RBIs']);
  });
});
