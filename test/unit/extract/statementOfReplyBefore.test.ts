import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('"the statement said" with no statement named before', () => {
  test('the statement is that of the attribution in the sentence before', () => {
    assert.deepEqual(
      speakers(
        'Rent rose sharply in June. The Acme campaign on Tuesday responded that it had expanded into larger offices. “Also, the candidate pays $2 million a month to the campaign, far more than the rent,” the statement said. Later it moved again.',
      ),
      ['Acme campaign', 'Acme campaign'],
    );
  });

  test('a document printed in between, or a letter, is not taken for the speaker’s statement', () => {
    assert.deepEqual(
      speakers(
        'The Herald said Jones provided a written statement to its reporters. “I made a mistake and I will not repeat it,” the statement said.',
      ).slice(-1),
      ['statement'],
    );
    assert.deepEqual(
      speakers(
        'Several groups wrote to the mayor last week. The groups say the mayor should act. “The city has waited too long for a new bridge,” the letter says.',
      ).slice(-1),
      ['letter'],
    );
  });
});
