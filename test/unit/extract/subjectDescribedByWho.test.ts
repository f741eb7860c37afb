import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

test('a lone surname that "who" describes is a person: "he" after it points at it', () => {
  const text =
    'Fans cheered for Brell all night, and coach Roy Williams praised the crowd after the game. Brell, who looked tired all night, admitted to the nerves. "I felt a lot of pressure," he said.';
  assert.deepEqual(speakers(text), ['Brell']);
});
