import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => [m.text, m.speaker]);

test('"both" between a joint subject and its cue is no part of either', () => {
  assert.deepEqual(
    statements('After the hearing, Nadia Berg and Owen Tull both insisted that the tender had been fair.'),
    [['the tender had been fair', 'Nadia Berg']],
  );
});

test('"Both" opening a sentence is its subject, no name before a cue', () => {
  assert.deepEqual(statements('Both insisted that the tender had been fair.'), []);
});

test('"both" after a preposition is its object, the subject\'s last word', () => {
  assert.deepEqual(statements('Ferry users in both insisted that the new timetable had been fair.'), [
    ['the new timetable had been fair', 'Ferry users in both'],
  ]);
});
