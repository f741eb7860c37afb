import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** Each quote or statement of a text with its speaker, in order. */
const items = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => [m.text, m.speaker]);

describe('a cue after a sentence-ending quote that reports a clause on a name', () => {
  test('"“... .” Name said Other was ...": the next sentence is its speaker\'s own, not the quote\'s attribution', () => {
    assert.deepEqual(
      items(
        'The orchestra named its new conductor on Monday. Lena Markov, the first violin, said: “We could not have hoped for a better choice.” Piet Oordt said Halvorsen was “the finest musician of his generation”.',
      ),
      [
        ['We could not have hoped for a better choice.', 'Lena Markov'],
        ['Halvorsen was “the finest musician of his generation”', 'Piet Oordt'],
        ['the finest musician of his generation', 'Piet Oordt'],
      ],
    );
  });

  test('an inverted cue after a quote still names its speaker ("“... .” said Piet Oordt, who ...")', () => {
    assert.deepEqual(
      items('The orchestra named its new conductor. “We could not have hoped for a better choice,” said Piet Oordt, who chairs the board.'),
      [['We could not have hoped for a better choice', 'Piet Oordt']],
    );
  });
});
