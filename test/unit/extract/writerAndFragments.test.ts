import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => `${m.speaker ?? '-'}: ${m.text}`);

describe('the writer’s own voice and cut fragments are no claims (issue 15 item 3)', () => {
  test('a cue whose subject is "I" outside quotes is the writer speaking: no statement; a named subject still reports', () => {
    const letter =
      'The ferry plan has its critics on the harbour board. I continue to believe that the new pier will pay for itself within a decade. Ada Brennan, a councillor, said the pier would cost too much.';
    assert.deepEqual(statements(letter), ['Ada Brennan: the pier would cost too much']);
    const own =
      'The council met on Monday to vote on the pier. I have to say the vote was a foregone conclusion.';
    assert.deepEqual(statements(own), []);
  });
});
