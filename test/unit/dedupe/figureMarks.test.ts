import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figureMarksOf, measureOf } from '../../../dedupe/candidateKeys.ts';
import type { ExtractedMention } from '../../../extract/types.ts';
import { quakeMagnitude } from '../../../extract/figureMarks.ts';
import { figures, joins } from './figureJoins.ts';

const toll = (text: string, value: number): ExtractedMention => {
  const found = figures(text).find((m) => m.value === value);
  assert.ok(found, `${value} in ${text}`);
  return found;
};

test('a sentence tells of the quake whose magnitude it prints, once', () => {
  assert.equal(quakeMagnitude('A 5.8-magnitude quake shook the valley.'), 5.8);
  assert.equal(quakeMagnitude('The tremor, of magnitude 6.4, hit at dawn.'), 6.4);
  assert.equal(quakeMagnitude('It measured 7.1 on the Richter scale.'), 7.1);
  assert.equal(quakeMagnitude('A 6.2 - magnitude earthquake struck.'), 6.2);
  // Two magnitudes compare two quakes: the sentence is about neither alone.
  assert.equal(
    quakeMagnitude('The 5.8-magnitude quake was far weaker than the magnitude 7.9 one of 1999.'),
    null,
  );
  assert.equal(quakeMagnitude('Ten people were killed when the quake razed the villages.'), null);
});

test("a story's figures of another quake, whose magnitude their sentence prints, stay apart", () => {
  const latest = toll(
    'A strong 5.9-magnitude earthquake rocked the hill towns of Vellmar, killing at least four people.',
    4,
  );
  const earlier = toll(
    'The last big quake in the region, of magnitude 7.2 in March 1998, killed four people.',
    4,
  );
  assert.deepEqual(latest.marks, { quake: 5.9 });
  assert.equal(figureMarksOf(latest.marks).quake, 5.9);
  assert.equal(figureMarksOf(earlier.marks).quake, 7.2);
  assert.equal(joins(latest, earlier), false);
  assert.equal(joins(earlier, latest), false);
  // The magnitude says which quake, not what is counted: the unit, which readers are shown, does not print it.
  assert.equal(latest.unit, 'people (killing)');
  assert.equal(earlier.unit, 'people (killed)');
  assert.equal(measureOf(latest.unit), measureOf('people (killing)'));
});

test('one quake rated twice, or told without its magnitude, still joins', () => {
  const rated = toll(
    'A 5.9-magnitude earthquake rocked the hill towns of Vellmar, killing at least four people.',
    4,
  );
  const revised = toll(
    'The quake, which the survey later rated magnitude 6.0, killed four people in Vellmar.',
    4,
  );
  const plain = toll('Four people were killed in Vellmar when the quake struck, officials said.', 4);
  assert.equal(joins(revised, rated), true);
  assert.equal(joins(plain, rated), true);
  assert.equal(joins(rated, plain), true);
});

test('two figures alike in one sentence are two figures; a copy of the sentence prints each again', () => {
  const sentence =
    'Shippers cannot tell whether a 20 percent levy that the ministry planned for March will go ahead, or whether a 20 percent levy imposed on steel in June will stay.';
  const [planned, imposed] = figures(sentence).filter((m) => m.value === 20);
  assert.ok(planned && imposed);
  assert.deepEqual([planned.marks, imposed.marks], [{ inSentence: '1/2' }, { inSentence: '2/2' }]);
  assert.equal(joins(planned, imposed), false);
  assert.equal(joins(imposed, planned), false);
  // Which of the two each is is no part of what they count, nor of the unit printed.
  assert.equal(planned.unit, imposed.unit);
  assert.doesNotMatch(planned.unit ?? '', /alike|figure/);
  assert.equal(measureOf(planned.unit), measureOf(imposed.unit));
  const [plannedAgain, imposedAgain] = figures(`Importers fret. ${sentence}`).filter((m) => m.value === 20);
  assert.ok(plannedAgain && imposedAgain);
  assert.equal(joins(plannedAgain, planned), true);
  assert.equal(joins(imposedAgain, imposed), true);
  assert.equal(joins(plannedAgain, imposed), false);
  // One printing elsewhere, alone in its sentence, may be either.
  const [alone] = figures('The ministry said a 20 percent levy would hurt shippers.').filter(
    (m) => m.value === 20,
  );
  assert.ok(alone);
  assert.equal(alone.marks, undefined);
  assert.equal(joins(alone, planned), true);
});

test('figureMarksOf reads the marks field; a figure without one is unmarked', () => {
  assert.deepEqual(figureMarksOf(undefined), { quake: null, inSentence: null, side: null });
  assert.deepEqual(figureMarksOf(null), { quake: null, inSentence: null, side: null });
  assert.deepEqual(figureMarksOf({ quake: 6.3, inSentence: '1/3' }), { quake: 6.3, inSentence: '1/3', side: null });
  assert.deepEqual(figureMarksOf({ side: 'asked' }), { quake: null, inSentence: null, side: 'asked' });
});

test('a quake "measuring 6.1", "measured at 4.4" or "a 6.1 quake" is marked by its magnitude, a distance measured is not', () => {
  assert.equal(quakeMagnitude('An earthquake measuring 6.3 rattled the coast of Tarvia on Monday.'), 6.3);
  assert.equal(quakeMagnitude('The tremor, measured at 4.4 by the observatory, woke the town.'), 4.4);
  assert.equal(quakeMagnitude('The same valley was hit by a 5.7 quake in April.'), 5.7);
  assert.equal(quakeMagnitude('A quake measuring 5.2 on the Richter scale hit Orlen.'), 5.2);
  // A measure in units is no magnitude, nor a decimal the quake word does not follow.
  assert.equal(quakeMagnitude('After the quake, a crack measuring 2.5 metres opened in the road.'), null);
  assert.equal(quakeMagnitude('Shares fell 6.1 percent after the quake.'), null);
  const latest = toll('An earthquake measuring 5.6 struck Orlen on Sunday, injuring at least 30 people.', 30);
  const earlier = toll('A 6.4 quake hit the same island in May, injuring almost 30 people.', 30);
  assert.deepEqual(latest.marks, { quake: 5.6 });
  assert.deepEqual(earlier.marks, { quake: 6.4 });
  assert.equal(joins(latest, earlier), false);
});
