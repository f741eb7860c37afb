import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order, with their types. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => [m.speaker, m.speakerType]);

describe('"the commission" is never a place', () => {
  test('a place named before is not the body that speaks', () => {
    const text =
      'Floods closed schools across Lower Saxony this week. The water commission said in a statement that the dams were holding.';
    assert.deepEqual(speakers(text), [['water commission', 'organisation']]);
  });

  test('"the state" may still be the place named before', () => {
    const text =
      'Governor Ann Lee has run New Mexico since 2019. The state reported that unemployment fell to 3 percent in June.';
    assert.deepEqual(speakers(text), [['New Mexico', 'organisation']]);
  });
});
