import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CUT, partEnds, wordsWithCuts } from '../../../dedupe/alignPart.ts';
import { tokenize } from '../../../dedupe/normalizeText.ts';

describe('wordsWithCuts', () => {
  test('an ellipsis or a bracketed insertion is one cut, none at either end', () => {
    assert.deepEqual(wordsWithCuts('… we will … go [to Berlin] soon...'), ['we', 'will', CUT, 'go', CUT, 'soon']);
    assert.deepEqual(wordsWithCuts('we will . . . go'), ['we', 'will', CUT, 'go']);
    assert.deepEqual(wordsWithCuts('we will go'), ['we', 'will', 'go']);
  });
});

describe('partEnds', () => {
  const whole = tokenize('We are going to send our troops to Berlin next week and they will stay there');
  const ends = (part: string, budget: number) => partEnds(wordsWithCuts(part), whole, budget);

  test('a cut skips any words of the whole; without edits the part must be there word for word', () => {
    assert.deepEqual(ends('going to send … next week', 0), [11]);
    assert.deepEqual(ends('going to send next week', 0), []);
  });

  test('a function word may change within the budget; a word of substance, a figure or a negation never', () => {
    assert.deepEqual(ends('send the troops to Berlin', 1), [9]);
    assert.deepEqual(ends('send the troops to Berlin', 0), []);
    assert.deepEqual(ends('send our soldiers to Berlin', 3), []);
    assert.deepEqual(ends('send our 100 troops to Berlin', 3), []);
    assert.deepEqual(ends('they will not stay there', 3), []);
  });

  test('another form of a word is the same word', () => {
    assert.deepEqual(ends('they will staying there', 0), [16]);
  });

  test('one word printed in a form no stem joins ("though" for "although") is the same word; another word is not', () => {
    const plan = tokenize('Although the night shift may object, we think the plan is fair. We start in May.');
    assert.deepEqual(partEnds(tokenize('though the night shift may object, we think the plan is fair'), plan, 0), [12]);
    assert.deepEqual(partEnds(tokenize('clearly the night shift may object, we think the plan is fair'), plan, 0), []);
  });
});
