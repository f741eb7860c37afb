import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** Each statement of a text with its speaker, in order. */
const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => [m.text, m.speaker]);

describe('a second report after "while" ends the first statement', () => {
  test('"X said there was “...” while Y, a description, said ...": the quote closes the first report, and Y says the rest', () => {
    assert.deepEqual(
      statements(
        'Harbour master Ilse Brandt said there was “no sign of neglect on board” while Oskar Lindqvist, a retired ferry captain, said the crossing had been too rough to attempt.',
      ),
      [
        ['there was “no sign of neglect on board”', 'Ilse Brandt'],
        ['the crossing had been too rough to attempt', 'Oskar Lindqvist'],
      ],
    );
  });

  test('", while Y, a description, said ...": an appositive between the second name and its cue', () => {
    assert.deepEqual(
      statements(
        'Harbour master Ilse Brandt said the ferry had been inspected in May, while Oskar Lindqvist, a retired ferry captain, said the crossing had been too rough to attempt.',
      ),
      [
        ['the ferry had been inspected in May', 'Ilse Brandt'],
        ['the crossing had been too rough to attempt', 'Oskar Lindqvist'],
      ],
    );
  });
});
