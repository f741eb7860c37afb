import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isGuardToken } from '../../../dedupe/compareTexts.ts';
import {
  AMOUNT_NOUNS,
  SCALE_ABBREVIATIONS,
  SMALL_NUMBERS,
  SPELLED_NUMBERS,
  UNGUARDED_NUMBERS,
} from '../../../dedupe/numberWords.ts';
import { countedWords } from '../../../dedupe/whatIsCounted.ts';

test('every number word of the one list is an amount, never what a figure counts', () => {
  for (const word of [...SPELLED_NUMBERS, ...AMOUNT_NOUNS, ...SCALE_ABBREVIATIONS]) {
    assert.deepEqual([...countedWords(`${word} lifeboats`, 'lifeboats')], [], word);
  }
  assert.deepEqual([...countedWords('three hundred stranded lifeboats', 'lifeboats')], ['strand']);
});

test('quote guards read the same list, less the numbers they have never guarded', () => {
  for (const word of [...SPELLED_NUMBERS, ...AMOUNT_NOUNS, ...SCALE_ABBREVIATIONS]) {
    assert.equal(isGuardToken(word), !UNGUARDED_NUMBERS.has(word), word);
  }
  assert.equal(isGuardToken('percent'), true);
  assert.equal(isGuardToken('lifeboats'), false);
  assert.ok([...UNGUARDED_NUMBERS].every((w) => SPELLED_NUMBERS.includes(w)));
});

test('the small numbers that figures compare as digits stand at their value, and are spelled numbers', () => {
  assert.equal(SMALL_NUMBERS.length, 13);
  assert.deepEqual([SMALL_NUMBERS[0], SMALL_NUMBERS[2], SMALL_NUMBERS[12]], ['zero', 'two', 'twelve']);
  assert.ok(SMALL_NUMBERS.every((w) => SPELLED_NUMBERS.includes(w)));
});
