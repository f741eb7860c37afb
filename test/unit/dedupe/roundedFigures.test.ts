import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decideMerge } from '../../../dedupe/decideMerge.ts';
import type { MergeSubject } from '../../../dedupe/decideMerge.ts';
import { roundedRestatement } from '../../../dedupe/roundedFigures.ts';

const printed = (text: string, value: number) => ({ text, value });

test('a qualifier bounds the rounded value: "more than 80 permits" restates 83, "about 900 metres" 912, "nearly 30%" 29.4%', () => {
  assert.equal(roundedRestatement(printed('more than 80 permits', 80), printed('83 permits', 83)), true);
  assert.equal(roundedRestatement(printed('912 metres', 912), printed('about 900 metres', 900)), true);
  assert.equal(roundedRestatement(printed('nearly 30 percent', 30), printed('29.4 percent', 29.4)), true);
  assert.equal(roundedRestatement(printed('over 1,200 ballots', 1200), printed('1,260 ballots', 1260)), true);
  assert.equal(roundedRestatement(printed('fewer than 70 seats', 70), printed('66 seats', 66)), true);
});

test('beyond the bound, or the wrong side of it, two values are two figures', () => {
  // "more than 80" is not 79, nor 95 (beyond a tenth above).
  assert.equal(roundedRestatement(printed('more than 80 permits', 80), printed('79 permits', 79)), false);
  assert.equal(roundedRestatement(printed('more than 80 permits', 80), printed('95 permits', 95)), false);
  // "nearly 30%" is under 30, and "about 900" is within a twentieth of it.
  assert.equal(roundedRestatement(printed('nearly 30 percent', 30), printed('30.8 percent', 30.8)), false);
  assert.equal(roundedRestatement(printed('about 900 metres', 900), printed('990 metres', 990)), false);
  // Neither is rounder than the other: two counts.
  assert.equal(roundedRestatement(printed('about 83 permits', 83), printed('84 permits', 84)), false);
  // Two bare whole numbers are two figures, however close.
  assert.equal(roundedRestatement(printed('80 permits', 80), printed('83 permits', 83)), false);
});

test('a decimal and the whole number it rounds to, printed bare, are one figure ("4.1 miles" / "four miles")', () => {
  assert.equal(roundedRestatement(printed('four miles', 4), printed('4.1 miles', 4.1)), true);
  assert.equal(roundedRestatement(printed('four miles', 4), printed('4.6 miles', 4.6)), false);
});

test('in one story a rounded restatement of one subject joins; in another story it stays a rival', () => {
  const subject = (storyId: string): MergeSubject => ({
    kind: 'number',
    text: '83 permits',
    speakerKey: null,
    value: 83,
    unit: 'permits',
    entities: ['Ostrava Council'],
    storyId,
  });
  const claim = {
    id: 'c1',
    kind: 'number' as const,
    value: 80,
    unit: 'permits',
    stories: ['s1'],
    variants: [
      { text: 'more than 80 permits', speakerKey: null, entities: ['Ostrava Council'], unit: 'permits' },
    ],
  };
  assert.deepEqual(decideMerge(subject('s1'), [claim]).matches, ['c1']);
  assert.deepEqual(decideMerge(subject('s2'), [{ ...claim, stories: [] }]).matches, []);
  // What is counted still decides: permits refused are no rounding of permits granted.
  const refused = {
    ...claim,
    unit: 'permits (refused)',
    variants: [{ ...claim.variants[0]!, unit: 'permits (refused)' }],
  };
  assert.deepEqual(decideMerge({ ...subject('s1'), unit: 'permits (granted)' }, [refused]).matches, []);
});

test('a rounded printing that restates two values of its story ("more than 80" of 83 and of 86) joins neither', () => {
  const subject: MergeSubject = {
    kind: 'number',
    text: 'more than 80 permits',
    speakerKey: null,
    value: 80,
    unit: 'permits',
    entities: ['Ostrava Council'],
    storyId: 's1',
  };
  const exact = (id: string, value: number) => ({
    id,
    kind: 'number' as const,
    value,
    unit: 'permits',
    stories: ['s1'],
    variants: [{ text: `${value} permits`, speakerKey: null, entities: ['Ostrava Council'], unit: 'permits' }],
  });
  assert.deepEqual(decideMerge(subject, [exact('c1', 83)]).matches, ['c1']);
  assert.deepEqual(decideMerge(subject, [exact('c1', 83), exact('c2', 86)]).matches, []);
});
