import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMentions } from '../../../extract/extractMentions.ts';

const speakerOf = (text: string, words: string) =>
  extractMentions(text).mentions.find((m) => m.kind !== 'number' && text.slice(m.start, m.end).includes(words))?.speaker;

test('"she" after a speaker printed by a given name alone is that speaker, not a woman named before', () => {
  const text =
    'The Harbour Gazette sent its reporter Ann Lowe to spend a week with a ferry crew.\n\n“We never stop,” Greta said, and soon the ferry was leaving the quay. “It is our home,” she said.';
  assert.equal(speakerOf(text, 'It is our home'), 'Greta');
});

test('"she" after a man spoke last, with a woman named by her given name alone speaking since the other woman', () => {
  const text =
    'The Harbour Gazette sent its reporter Ann Lowe to the quay.\n\n“We never stop,” Greta said. Tom Berg steered the ferry out. “Full ahead,” he said. The engines roared. “It is our home,” she said.';
  assert.equal(speakerOf(text, 'It is our home'), 'Greta');
});

test('a given name of the other gender, or one that is a place, is not whom "she" means', () => {
  const man = 'The Harbour Gazette sent its reporter Ann Lowe to the quay.\n\n“We never stop,” Oskar said. “It is our home,” she said.';
  assert.notEqual(speakerOf(man, 'It is our home'), 'Oskar');
  const place = 'The Harbour Gazette sent its reporter Ann Lowe to the talks.\n\n“We will not sign,” Georgia said. “It is our home,” she said.';
  assert.notEqual(speakerOf(place, 'It is our home'), 'Georgia');
});
