import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** Each quote of a text with its speaker. */
const quotes = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'quote')
    .map((m) => [m.text.slice(0, 20), m.speaker, m.role]);

describe('a pull quote signed on the line after it', () => {
  test('the quote left open and a line of name, body and closing mark is the signer’s, not the last speaker’s', () => {
    assert.deepEqual(
      quotes(
        'The council voted on Monday to close the ferry.\n\n“We cannot keep a boat nobody rides,” Mayor Ida Brandt said.\n\n"Closing the ferry cuts the island off from its only clinic.\nPaula Serrat, Island Health Alliance."\n\nThe vote was seven to two.',
      ),
      [
        ['We cannot keep a boa', 'Ida Brandt', 'Mayor'],
        ['Closing the ferry cu', 'Paula Serrat', 'Island Health Alliance'],
      ],
    );
  });

  test('a quote that closes before the line, or a next line that is a sentence, is signed by nobody', () => {
    for (const text of [
      '"Closing the ferry cuts the island off."\nPaula Serrat, Island Health Alliance.',
      '"Closing the ferry cuts the island off.\nPaula Serrat, a nurse, disagreed with the vote."',
    ]) {
      assert.ok(
        quotes(text).every(([, speaker]) => speaker !== 'Paula Serrat'),
        text,
      );
    }
  });
});
