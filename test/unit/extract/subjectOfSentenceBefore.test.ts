/**
 * Issue 15, branch speakers35b: a sentence opening on "she" (or "he") right after a sentence whose one person, of that
 * gender, is the subject of its verb goes on about that person, not about the last person who spoke; and the next
 * "she said" means her too. Not when that sentence names its person as an object, or already goes on about someone
 * else by a pronoun. From a tune-side class (a candidate's "She acknowledges that" and her next quote given to her
 * rival, quoted before), in invented wording.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => [m.text, m.speaker]);

const opening =
  'Harbor Town, Maine. The mayoral race is close.\n\n"We will win," said Gov. Maria Hassel. Her rival, Kelly Ayton, trails.\n\n';

describe('"she" after a sentence about one person', () => {
  test('"This is not the race Ayton hoped to run. She acknowledges that ..." is Ayton, and so is her next quote', () => {
    assert.deepEqual(
      speakers(
        `${opening}This is not the race Ayton hoped to run. She acknowledges that the polls are bad. "You work with what you get," she said.`,
      ),
      [
        ['We will win', 'Maria Hassel'],
        ['the polls are bad', 'Kelly Ayton'],
        ['You work with what you get', 'Kelly Ayton'],
      ],
    );
  });

  test('a person named as an object is not whom "she" goes on about', () => {
    assert.deepEqual(speakers(`${opening}The new ad attacks Ayton hard. She said the ad was fair.`), [
      ['We will win', 'Maria Hassel'],
      ['the ad was fair', 'Maria Hassel'],
    ]);
  });

  test('a sentence that already goes on about someone else by "her" is not about its named person', () => {
    assert.deepEqual(
      speakers(
        `${opening}Her aides say Ayton will lose by the time her count is done. She said the count would be fair.`,
      ).at(-1),
      ['the count would be fair', 'Maria Hassel'],
    );
  });
});
