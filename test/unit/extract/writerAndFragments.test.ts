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

  test('a first part that ends on its verb before an inverted cue and an appositive is half a clause, no statement', () => {
    const cut =
      'The county wants to close the old ferry landing. It is, said Ada Brennan, a harbour pilot, the worst decision in a decade.';
    assert.ok(!statements(cut).some((s) => s.endsWith(': It is')));
    // A first part with a verb and what it says is still the statement before the cue.
    const whole =
      'The county wants to close the old ferry landing. Traffic fell in every harbour, said Ada Brennan, a harbour pilot, who has worked there since 1990.';
    assert.deepEqual(statements(whole), ['Ada Brennan: Traffic fell in every harbour']);
  });

  test('a statement of a few words with no verb is a topic or a cut clause, no claim; a short clause with its verb stays', () => {
    const cut = 'The harbour office keeps its own monitor and reported on Friday that the water level';
    assert.deepEqual(statements(cut), []);
    const clause = 'Ada Brennan, the harbour pilot, told the board that her boat stays afloat.';
    assert.deepEqual(statements(clause), ['Ada Brennan: her boat stays afloat']);
  });
});
