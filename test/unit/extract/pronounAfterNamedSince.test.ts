import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('"he" or "she" is the person of that gender printed in full since the last speaker of it was', () => {
  test('a woman named as an object after another woman spoke', () => {
    const text =
      '“We will reopen the pier in May,” Helen Kell said.\n\nThe harbour board wrote to Ruth Abbot on Monday. How would the widow take the news? “I can hardly believe it,” she replied.';
    assert.equal(speakers(text).at(-1), 'Ruth Abbot');
  });

  test('a man named as an object after another man spoke', () => {
    const text =
      '“The old bridge is perfectly safe,” Peter Olds said. Engineers disagreed.\n\nWeeks later the county hired Martin Crane to inspect it. “It will not last the winter,” he said.';
    assert.equal(speakers(text).at(-1), 'Martin Crane');
  });

  test('not when the last speaker is printed again since', () => {
    const text =
      '“The old bridge is perfectly safe,” Peter Olds said.\n\nWeeks later Olds met Martin Crane at the river. “It will hold for years,” he said.';
    assert.equal(speakers(text).at(-1), 'Peter Olds');
  });

  test('a church whose name opens on a given name is no person a pronoun means', () => {
    const text =
      '“Mercy comes before rules,” Bishop Karl Aldo said.\n\nCrowds gathered. The visit was praised across the Roman Catholic Church in the north. He has challenged the priests to be humble, and he argued that “the doors must stay open.”';
    const found = speakers(text);
    assert.equal(found.at(-1), found[0]);
  });
});
