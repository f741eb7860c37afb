import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const figureTexts = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'number')
    .map((m) => m.text);

test('an amount a sentence opens with only to judge it is generic, no figure claim', () => {
  assert.deepEqual(figureTexts('Six seasons is a very long time for any club to commit to one striker.'), []);
  assert.deepEqual(figureTexts('"Six seasons is an eternity in this league," the Harwick chairman wrote.'), []);
  assert.deepEqual(figureTexts('Six seasons seems like a reasonable term for a forward of his age.'), []);
  assert.deepEqual(figureTexts('But 12 million pounds sounds like a lot for a reserve keeper.'), []);
});

test('an amount reported, or judged after it is reported, stays a figure', () => {
  assert.deepEqual(figureTexts('Six seasons is the longest term Harwick has offered.'), ['Six seasons']);
  assert.deepEqual(figureTexts('Harwick offered Olsen six seasons, which is a very long time.'), ['six seasons']);
  assert.deepEqual(figureTexts('The Harwick deal runs for six seasons.'), ['six seasons']);
});
