import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMentions } from '../../../extract/extractMentions.ts';

const speakersOf = (text: string) => extractMentions(text).mentions.filter((m) => m.kind === 'quote').map((m) => m.speaker);

const memoir = [
  'Editor’s Note: The following is an excerpt from the novelist Clara Whitcombe’s new memoir, Salt Roads.',
  '',
  'The hearing dragged on into the afternoon. When the clerk finally called my name, I stood up slowly.',
  '',
  '“I never meant to hurt the family business,” I said. “I only wanted the harbour to stay open for the fishermen.”',
  '',
  'From SALT ROADS by Clara Whitcombe. Copyright © 2019 by Clara Whitcombe. Reprinted with permission.',
].join('\n');

test('a first-person “I said” in a text credited to one writer is that writer', () => {
  const speakers = speakersOf(memoir);
  assert.ok(speakers.length >= 1, JSON.stringify(speakers));
  assert.ok(speakers.every((s) => s === 'Clara Whitcombe'), JSON.stringify(speakers));
});

test('a first-person “I said” with no credit line, or a credit to two writers, names no writer', () => {
  const uncredited = memoir.split('\n').slice(0, -1).join('\n');
  assert.ok(speakersOf(uncredited).every((s) => s !== 'Clara Whitcombe'));
  const twoWriters = `${memoir}\n\nBy Tomas Eklund\n\nTomas Eklund edited the collection.`;
  assert.ok(speakersOf(twoWriters).every((s) => s !== 'Clara Whitcombe'));
});
