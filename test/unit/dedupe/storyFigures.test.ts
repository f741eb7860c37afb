import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_MERGE_OPTIONS } from '../../../dedupe/decideMerge.ts';
import type { StoryFigureClaim } from '../../../dedupe/storyFigures.ts';
import { claimScopes, storyFigureJoins } from '../../../dedupe/storyFigures.ts';

const figure = (id: string, value: number, unit: string, entities: string[], text = `${value} ${unit}`): StoryFigureClaim => ({
  id,
  value,
  unit,
  variants: [{ text, speakerKey: null, entities, unit }],
});

describe('storyFigureJoins', () => {
  test('claims of one value and count in a story join, each group living on as its least id', () => {
    const claims = [
      figure('c_b', 14, 'boats', ['Elloran', 'Ines Calloway']),
      figure('c_a', 14, 'boats', ['Varnholt Mutual', 'Elloran']),
      figure('c_c', 14, 'boats', ['Elloran']),
    ];
    assert.deepEqual(storyFigureJoins('s1', claims, DEFAULT_MERGE_OPTIONS), [
      { oldId: 'c_b', newId: 'c_a' },
      { oldId: 'c_c', newId: 'c_a' },
    ]);
  });

  test('other values, or counts of other things, stay apart', () => {
    const claims = [
      figure('c_a', 14, 'boats', ['Elloran']),
      figure('c_b', 15, 'boats', ['Elloran']),
      figure('c_c', 14, 'people (injured)', ['Elloran']),
      figure('c_d', 14, 'people (arrested)', ['Elloran']),
    ];
    assert.deepEqual(storyFigureJoins('s1', claims, DEFAULT_MERGE_OPTIONS), []);
  });

  test('a rounded restatement of a claim in the story joins it ("more than 80 permits" / "83 permits"), unless it restates two', () => {
    const exact = figure('c_a', 83, 'permits', ['Ostrava Council']);
    const rounded = figure('c_b', 80, 'permits', ['Ostrava Council'], 'more than 80 permits');
    assert.deepEqual(storyFigureJoins('s1', [exact, rounded], DEFAULT_MERGE_OPTIONS), [{ oldId: 'c_b', newId: 'c_a' }]);
    // "more than 80" could be 83 or 86: it bridges neither.
    const other = figure('c_c', 86, 'permits', ['Ostrava Council']);
    assert.deepEqual(storyFigureJoins('s1', [exact, rounded, other], DEFAULT_MERGE_OPTIONS), []);
    // A bare other value is no rounding: 83 and 86 stay apart.
    assert.deepEqual(storyFigureJoins('s1', [exact, other], DEFAULT_MERGE_OPTIONS), []);
  });

  test('every pair roundedRestatement joins is compared, beyond a tenth apart too ("fewer than 100", "three miles")', () => {
    const under = figure('c_b', 100, 'permits', ['Ostrava Council'], 'fewer than 100 permits');
    assert.deepEqual(storyFigureJoins('s1', [figure('c_a', 90.5, 'permits', ['Ostrava Council']), under], DEFAULT_MERGE_OPTIONS), [
      { oldId: 'c_b', newId: 'c_a' },
    ]);
    const bare = figure('c_b', 3, 'miles', ['Ostrava Council'], 'three miles');
    assert.deepEqual(storyFigureJoins('s1', [figure('c_a', 2.7, 'miles', ['Ostrava Council']), bare], DEFAULT_MERGE_OPTIONS), [
      { oldId: 'c_b', newId: 'c_a' },
    ]);
  });

  test('a claim locks its value and the names of each of its printings', () => {
    const claim = figure('c_a', 14, 'boats', ['Ines Calloway']);
    assert.deepEqual(claimScopes(claim).sort(), ['figure|boat|calloway', 'figure|boat|ines', 'figure|value|14']);
  });
});
