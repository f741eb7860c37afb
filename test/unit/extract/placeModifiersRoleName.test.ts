import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'quote' || m.kind === 'statement')
    .map((m) => [m.text, m.speaker]);

describe('a place, lower-case modifiers and a role before the name after an inverted cue', () => {
  test('"noted Ohio-based product liability lawyer Carl Brandt" names Carl Brandt', () => {
    assert.deepEqual(
      speakers(
        '“Landlords have dodged these rules for years,” noted Ohio-based product liability lawyer Carl Brandt in an interview.',
      ),
      [['Landlords have dodged these rules for years', 'Carl Brandt']],
    );
  });

  test('"said Leeds housing officer Jane Roe" after a quote names Jane Roe, not Leeds', () => {
    assert.deepEqual(
      speakers('“The estate will be rebuilt by spring,” said Leeds housing officer Jane Roe.'),
      [['The estate will be rebuilt by spring', 'Jane Roe']],
    );
  });

  test('a preposition among the lower-case words leaves the description as the subject', () => {
    assert.deepEqual(
      speakers('The estate will be rebuilt by spring, said Leeds council officers in Hull Road.'),
      [['The estate will be rebuilt by spring', 'Leeds council officers']],
    );
  });
});
