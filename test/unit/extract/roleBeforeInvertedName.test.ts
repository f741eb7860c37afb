import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => [m.text, m.speaker]);

describe('a role in lower case before the name after an inverted cue', () => {
  test('"..., said county police Officer Dan Berg." names Dan Berg', () => {
    assert.deepEqual(
      statements(
        'The truck overturned on the highway late Monday, said county police Officer Dan Berg. Nobody was hurt.',
      ),
      [['The truck overturned on the highway late Monday', 'Dan Berg']],
    );
  });

  test('other roles and cues: "added former Governor", "said senior adviser"', () => {
    assert.deepEqual(statements('The levy will fail within a year, added former Governor Ann Lowe.'), [
      ['The levy will fail within a year', 'Ann Lowe'],
    ]);
    assert.deepEqual(
      statements('The ferry schedule will change in the spring, said senior adviser Ann Lowe.'),
      [['The ferry schedule will change in the spring', 'Ann Lowe']],
    );
  });

  test('a circumstance or an example of a group in lower case before a name is no role', () => {
    assert.notDeepEqual(
      statements(
        'Part of the trouble with ferries, say engineers like Ann Lowe, a Danish expert, is the tide.',
      )[0],
      ['Part of the trouble with ferries', 'Ann Lowe'],
    );
    assert.deepEqual(
      statements('The ferry schedule will change in the spring, said on Tuesday Ann Lowe.'),
      [],
    );
  });
});
