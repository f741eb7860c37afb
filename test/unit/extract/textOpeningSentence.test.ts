import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMentions } from '../../../extract/extractMentions.ts';

const speakerOf = (text: string, words: string) =>
  extractMentions(text).mentions.find((m) => m.kind !== 'number' && text.slice(m.start, m.end).includes(words))?.speaker;

test('"it" in a later clause of a sentence that opens on a written text is that text, not the body named before', () => {
  const cases: Array<[text: string, words: string, speaker: string]> = [
    [
      'The Harbour Authority sent a filing to the council on Monday. In short, the filing lists the berths the port has closed, and it says the ferry service will resume in March.',
      'ferry service will resume',
      'filing',
    ],
    [
      'The Kestrel Rowing Club was founded by Ada Brandt. The old charter bans dogs from the boathouse, but it says that members may bring two guests.',
      'members may bring two guests',
      'old charter',
    ],
  ];
  for (const [text, words, speaker] of cases) assert.equal(speakerOf(text, words), speaker, text);
});

test('"it" after a sentence that opens on something other than a text keeps its antecedent', () => {
  const text = 'The Harbour Authority met on Monday. The meeting ran late, and it said the ferry service will resume in March.';
  assert.notEqual(speakerOf(text, 'ferry service will resume'), 'meeting');
});

test('a text inside a longer subject ("the author of the report") is no antecedent for "it"', () => {
  const text = 'The Kestrel Rowing Club met on Monday. The author of the report left early, and it said the ferry service will resume in March.';
  assert.notEqual(speakerOf(text, 'ferry service will resume'), 'report');
});
