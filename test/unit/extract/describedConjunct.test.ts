/**
 * Issue 15 item 4: two plural descriptions of people joined by "and" with no determiner ("Security experts and
 * officials said") are one joint subject, so that what they said is found. Invented wording.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => ({ text: m.text, speaker: m.speaker }));

describe('a joint subject of two plural descriptions of people', () => {
  test('"Security experts and officials said ..." reports what both said', () => {
    assert.deepEqual(
      statements(
        'Network security experts and bank officials said the outage was caused by a faulty update.',
      ),
      [
        {
          text: 'the outage was caused by a faulty update',
          speaker: 'Network security experts and bank officials',
        },
      ],
    );
  });

  test('a sentence adverb set off before the cue changes nothing', () => {
    assert.deepEqual(
      statements(
        'Dairy farmers and local residents, however, say the river has been polluted for years.',
      ).map((s) => s.text),
      ['the river has been polluted for years'],
    );
  });

  test('a clause before "and" is no conjunct ("Prices rose and analysts said")', () => {
    assert.deepEqual(statements('Wheat prices rose and analysts said the harvest would be poor.'), []);
  });

  test('a verb before the first plural keeps it out of the subject', () => {
    assert.ok(
      statements('The club hired coaches and scouts said the season would be long.').every(
        (s) => !/hired/.test(s.speaker ?? ''),
      ),
    );
  });
});
