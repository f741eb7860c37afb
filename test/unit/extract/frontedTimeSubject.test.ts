import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMentions } from '../../../extract/extractMentions.ts';

const speakerOf = (text: string, words: string): string | null | undefined =>
  extractMentions(text).mentions.find((m) => text.slice(m.start, m.end).includes(words))?.speaker;

test('a full name after a fronted time ("Then, last week, Mara Quill posted") is whom the next "she" points at', () => {
  const text =
    'Mara Quill left the Orbit label in the spring.\n\n' +
    'Kestrel Vance, a music investor, bought the label in the summer.\n\n' +
    'Then, last week, Mara Quill posted a long note on her website.\n\n' +
    'She claimed the label had blocked her from playing the old songs.';
  assert.equal(speakerOf(text, 'the label had blocked her'), 'Mara Quill');
});
