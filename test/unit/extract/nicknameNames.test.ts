import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractMentions } from '../../../extract/extractMentions.ts';

const speakerOf = (text: string, words: RegExp): string | null | undefined =>
  extractMentions(text).mentions.find((m) => words.test(m.text))?.speaker;

describe('a nickname inside a name', () => {
  const story = (name: string): string =>
    `${name} drowned off Corfu on Sunday. The yacht sank near the harbour, said coastguard officer Petra Lind. ` +
    'Moreau had sailed for twenty years. He was fined in 2009. Years later, he finally admitted the logbook he kept was a forgery.';

  test('the surname later printed alone is the full name, so "he" is the one the story is about, not the last speaker', () => {
    assert.equal(speakerOf(story('Yachtsman Luc "The Wolf" Moreau'), /logbook/), 'Luc Moreau');
    assert.equal(speakerOf(story('Yachtsman Luc "Wolf" Moreau'), /logbook/), 'Luc Wolf Moreau');
    assert.equal(speakerOf(story('Yachtsman Luc Moreau'), /logbook/), 'Luc Moreau');
  });

  test('copy that lost the space after the closing mark reads the same', () => {
    assert.equal(speakerOf(story('Yachtsman Luc "The Wolf"Moreau'), /logbook/), 'Luc Moreau');
  });

  test('a role noun before a first name, a nickname and a surname is no part of the name', () => {
    const text =
      'Among the critics was a former guide and Ranger Luc “Wolf” Moreau. “The charts were wrong from the start,” Moreau said.';
    assert.equal(speakerOf(text, /charts/), 'Luc Wolf Moreau');
  });
});

describe('a name runs over a nickname gap only', () => {
  test('a wide gap elsewhere in a text with a nickname still ends a name', () => {
    const text = 'Yachtsman Luc "Wolf" Moreau sailed from Oslo  Jens Holm stayed ashore with the charts.';
    const names = analyzeText(text).names;
    assert.deepEqual(names.get('holm')?.map((n) => n.name), ['Jens Holm']);
    assert.deepEqual(names.get('moreau')?.map((n) => n.name), ['Luc Wolf Moreau']);
  });
});
