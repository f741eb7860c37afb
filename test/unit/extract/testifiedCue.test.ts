import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('"“...,” Roe testified.": a witness\'s words after the quote', () => {
  test('the witness is the speaker of the quote and of the one that goes on', () => {
    const text =
      'Ann Roe works at the harbour office. “I then heard the mayor ask, ‘Is the pier going to close?’” Roe testified. “Nobody answered him.”';
    assert.deepEqual(speakers(text), ['Ann Roe', 'Ann Roe']);
  });
});
