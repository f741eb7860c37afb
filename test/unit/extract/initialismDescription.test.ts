import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('a definite description that opens on an initialism', () => {
  test('"the NFU member" is the "senior National Farmers Union member" who spoke before', () => {
    assert.deepEqual(
      speakers(
        'The National Farmers Union met in May. “If I grew wheat, I would want answers,” said a senior National Farmers Union member who backs the plan. Prices rose again in June. “Nobody minds when you spend your own money,” the NFU member said.',
      ),
      ['senior National Farmers Union member', 'senior National Farmers Union member'],
    );
  });

  test('with no such speaker before, the description stays as printed', () => {
    assert.deepEqual(
      speakers(
        'The National Farmers Union met in May. Prices rose again in June. “Nobody minds when you spend your own money,” the NFU member said.',
      ),
      ['NFU member'],
    );
  });
});
