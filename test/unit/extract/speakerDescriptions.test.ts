import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('a crosshead in title case names no one that "he" or "she" points back at', () => {
  test('the words of a list entry\'s heading are never the speaker of the quote under it', () => {
    const text =
      'Ana Ruiz opened the harbour festival on Friday.\n\n1\nWhy The Harbour Plan Makes Fishermen Angry.\n\nThe fishermen met at dawn in Aldham. “We were never asked,” she said.';
    assert.deepEqual(speakers(text), ['Ana Ruiz']);
    const named =
      'Tom Berry opened the harbour festival on Friday.\n\n2\nLena Marsh Explains How Steel Bridges Rust.\n\nThe bridges of Aldham were built in 1950. “The steel is rusting,” she said.';
    assert.notEqual(speakers(named)[0], 'Steel Bridges Rust');
    assert.notEqual(speakers(named)[0], 'Tom Berry');
  });

  test('a sentence in ordinary case that opens a paragraph still gives its subject', () => {
    const text = 'Karl Obi toured the new bridge with the mayor on Monday.\n\n“The steel is rusting already,” he said.';
    assert.deepEqual(speakers(text), ['Karl Obi']);
  });
});

describe('a clause that opens on a description ending in a role, then a name, gives its subject', () => {
  test('after a quoted title that closes on its comma', () => {
    const text =
      'Maria Lopez presented the awards on Friday.\n\nAfter a host mocked the cast of “Big Harbour,” the network’s morning anchor Dana Reyes wrote a letter. The veteran journalist criticised the remarks. “We cannot let this pass,” she wrote.';
    assert.deepEqual(speakers(text).at(-1), 'Dana Reyes');
  });

  test('after an ordinary comma', () => {
    const text =
      'Maria Lopez presented the awards on Friday.\n\nWhen the show ended, the station’s chief correspondent Hana Obi left the set. “We will be back next week,” she said.';
    assert.deepEqual(speakers(text).at(-1), 'Hana Obi');
  });

  test('a description with no name after it makes no subject', () => {
    const text = 'Maria Lopez presented the awards on Friday.\n\nWhen the show ended, the station’s weather team left the set. “We will be back next week,” she said.';
    assert.deepEqual(speakers(text).at(-1), 'Maria Lopez');
  });
});

describe('a public figure\'s description that several people are printed with', () => {
  test('is the person the paragraph is about, even when the list names others more often', () => {
    const text = [
      '“Night Shift” star Ana Kell opened the festival. Ana Kell sang first. Kell then thanked the crowd, and Kell left.',
      '“Dockside” star Rosa Vane spoke after her.',
      'Comedian Tom Berry stopped by the studio this year. Berry’s show was cancelled after one season. The star noted that late-night slots are hard to keep.',
    ].join('\n\n');
    assert.deepEqual(speakers(text).at(-1), 'Tom Berry');
  });

  test('stays the description when the paragraph also names another person', () => {
    const text = [
      '“Night Shift” star Ana Kell opened the festival. Ana Kell sang first. Kell then thanked the crowd, and Kell left.',
      '“Dockside” star Rosa Vane spoke after her.',
      'Comedian Tom Berry met Ana Kell at the studio this year. Berry’s show was cancelled after one season. The star noted that late-night slots are hard to keep.',
    ].join('\n\n');
    assert.notEqual(speakers(text).at(-1), 'Tom Berry');
  });

  test('stays the description when the sentence before is about no one', () => {
    const text = '“Night Shift” star Ana Kell and “Dockside” star Rosa Vane opened the festival.\n\nThe crowd stayed late. The star noted that the festival will return.';
    assert.deepEqual(speakers(text).at(-1), 'star');
  });
});

describe('a cue after a time of day printed with its full stops', () => {
  test('the name after the time opens the sentence and is the speaker of a later quote in it', () => {
    const text =
      'Dale Mott, 49, is serving a life sentence and was being driven to Beaumont when he escaped just after 9 a. m. Ruth Lyons said that Mott used a cane – he "claimed it was necessary" – and added, "Since he ran off on foot, that is in question."';
    assert.deepEqual(speakers(text).at(-1), 'Ruth Lyons');
  });
});
