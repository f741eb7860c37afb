/**
 * Issue 15 item 4: subjects joined by "and" that the subject reader broke off: capitalised modifiers before one plural
 * noun of people ("City Hall and Treasury spokesmen"), two roles before a name ("Norwegian poet and critic Ola Berg"),
 * and "and even" before the second conjunct ("Farmers and even some bankers"). Invented wording.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => ({ text: m.text, speaker: m.speaker }));

describe('a subject joined by "and"', () => {
  test('capitalised modifiers joined before a plural noun of people', () => {
    assert.deepEqual(statements('City Hall and Treasury spokesmen said the new tax would stay in force until next year.'), [
      { text: 'the new tax would stay in force until next year', speaker: 'City Hall and Treasury spokesmen' },
    ]);
  });

  test('two roles joined before a name', () => {
    assert.deepEqual(statements('Norwegian novelist and critic Ola Berg said the timing of the remark made it seem rude.'), [
      { text: 'the timing of the remark made it seem rude', speaker: 'Ola Berg' },
    ]);
  });

  test('"and even" before the second conjunct', () => {
    assert.deepEqual(statements('Farmers and even some bankers say the new subsidy will not reach the poorest villages.'), [
      { text: 'the new subsidy will not reach the poorest villages', speaker: 'Farmers and even some bankers' },
    ]);
  });
});
