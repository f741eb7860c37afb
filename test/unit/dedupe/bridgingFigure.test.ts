import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ClaimCandidate, MergeSubject } from '../../../dedupe/decideMerge.ts';
import { DEFAULT_MERGE_OPTIONS, decideMerge } from '../../../dedupe/decideMerge.ts';
import type { StoryFigureClaim } from '../../../dedupe/storyFigures.ts';
import { storyFigureJoins } from '../../../dedupe/storyFigures.ts';

// "Fourteen people were hurt when the Elloran ferry ran aground", "Elloran police arrested 14 people at the pier", and
// "Elloran's harbour master counted 14 people": the last says too little to be either count.
const claim = (id: string, unit: string, entities: string[] = ['Elloran']): StoryFigureClaim & ClaimCandidate => ({
  id,
  kind: 'number',
  value: 14,
  unit,
  stories: ['s1'],
  variants: [{ text: '14 people', speakerKey: null, entities, unit }],
});
const bare: MergeSubject = { kind: 'number', text: '14 people', speakerKey: null, value: 14, unit: 'people', entities: ['Elloran'], storyId: 's1' };

describe('a figure that agrees with two claims merging kept apart', () => {
  test('an arriving printing joins neither, so that the two do not become one through it', () => {
    const injured = claim('c_a', 'people (injured)');
    const arrested = claim('c_b', 'people (arrested)');
    assert.deepEqual(decideMerge(bare, [injured, arrested]).matches, []);
    // Either alone it joins, and two claims that agree with each other it joins both.
    assert.deepEqual(decideMerge(bare, [injured]).matches, ['c_a']);
    assert.deepEqual(decideMerge(bare, [injured, claim('c_c', 'people (injured)', ['Elloran', 'Marta Voss'])]).matches, ['c_a', 'c_c']);
  });

  test("a story's claim that joins two which do not join each other joins neither; the rest join as before", () => {
    const injured = claim('c_a', 'people (injured)');
    const arrested = claim('c_b', 'people (arrested)');
    const counted = claim('c_c', 'people');
    assert.deepEqual(storyFigureJoins('s1', [injured, arrested, counted], DEFAULT_MERGE_OPTIONS), []);
    const hurt = claim('c_d', 'people (injured)', ['Elloran', 'Marta Voss']);
    assert.deepEqual(storyFigureJoins('s1', [injured, arrested, counted, hurt], DEFAULT_MERGE_OPTIONS), [{ oldId: 'c_d', newId: 'c_a' }]);
    assert.deepEqual(storyFigureJoins('s1', [injured, counted, hurt], DEFAULT_MERGE_OPTIONS), [
      { oldId: 'c_c', newId: 'c_a' },
      { oldId: 'c_d', newId: 'c_a' },
    ]);
  });
});
