import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('a quote whose sentence runs on after it into a participle cue', () => {
  test('"X said in a statement, “...” at the news, adding that ..." is X\'s quote, not nobody\'s', () => {
    const text =
      'The two aid workers were freed on Monday after months in captivity.\n\n' +
      'Foreign Minister Jane Corrow said in a statement, “We are deeply grateful and relieved” at the workers’ return, adding that their families had asked for privacy.';
    assert.deepEqual(speakers(text), ['Jane Corrow', 'Jane Corrow']);
  });

  test('nor the speaker of the quote before', () => {
    const text =
      'Mayor Tom Bell said, “We will rebuild the bridge.”\n\n' +
      'Senator Ann Pike said: “We are deeply grateful” for the funds, adding that more help was coming.';
    assert.deepEqual(speakers(text), ['Tom Bell', 'Ann Pike']);
  });

  test('a named subject between the quote and the participle still speaks', () => {
    const text =
      'The vote was close. “We are deeply grateful,” Ann Pike, the councillor, said, adding that the work could start in May.';
    assert.equal(speakers(text)[0], 'Ann Pike');
  });
});
