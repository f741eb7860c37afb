import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => [m.text, m.speaker]);

describe('a place that spoke is its rulers, not a body there', () => {
  test('"France said ... The army said": the army is no France', () => {
    assert.deepEqual(
      statements('France said it would send aid. The army said it was ready to fly the supplies.'),
      [
        ['it would send aid', 'France'],
        ['it was ready to fly the supplies', 'army'],
      ],
    );
  });

  test('"China said A, while the city\'s police deny ... and say B": B is no China\'s', () => {
    const found = statements(
      'China said it would keep the old treaty, while the city’s police reject claims of delay and say they arrived within minutes.',
    );
    assert.notEqual(found.find(([text]) => text === 'they arrived within minutes')?.[1], 'China');
  });

  test('its government and a kind of place still stand for the place', () => {
    assert.deepEqual(
      statements('Norway said it would send aid. The government said it was ready to fly the supplies.')[1],
      ['it was ready to fly the supplies', 'Norway'],
    );
    assert.deepEqual(
      statements('Ohio said it would send aid. The state said it was ready to fly the supplies.')[1],
      ['it was ready to fly the supplies', 'Ohio'],
    );
  });
});
