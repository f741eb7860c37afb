import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'quote')
    .map((m) => m.speaker);

test('after an inverted cue, a possessive and modifiers ending on a role noun before a name give the name, not the owner', () => {
  assert.deepEqual(
    speakers(
      'Mara Quist toured the port. “Nobody has tried this before,” said Quist’s senior trade policy adviser Tom Hale.',
    ),
    ['Tom Hale'],
  );
  assert.deepEqual(speakers('“The deal is dead,” said Acme’s long-serving finance chief Ana Ruiz.'), [
    'Ana Ruiz',
  ]);
});
