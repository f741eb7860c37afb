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

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => ({ text: m.text, speaker: m.speaker }));

test('", who has said ..." set off by a comma reports the words of the name before the comma', () => {
  assert.deepEqual(statements('The board sided with Ferris, who has said he does not favour a new levy.'), [
    { text: 'he does not favour a new levy', speaker: 'Ferris' },
  ]);
  // The relative's report ends at its closing comma; the main clause's verb is no part of it.
  assert.deepEqual(statements('Ms. Okafor, who told reporters the plan was dead, left the hall early.'), [
    { text: 'the plan was dead', speaker: 'Okafor' },
  ]);
});

test('a main clause cue after the relative keeps the sentence; a place before ", who" names nobody', () => {
  assert.deepEqual(statements('Marlow, who said he usually backs the unions, argued the new mayor is too cautious.'), [
    { text: 'the new mayor is too cautious', speaker: 'Marlow' },
  ]);
  assert.deepEqual(statements('The panel heard from a member from Ohio, who said the rules were unfair.'), []);
});
