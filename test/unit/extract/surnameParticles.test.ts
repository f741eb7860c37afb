import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { buildNameIndex } from '../../../extract/buildNameIndex.ts';
import { tokenize } from '../../../extract/tokenize.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('a surname with a particle ("de Blasio", "van der Berg")', () => {
  test('the name index keeps the particles, keyed by the surname', () => {
    const index = buildNameIndex(tokenize('On Monday Mayor Lena van der Holt opened the ferry pier.'));
    assert.deepEqual(
      index.get('holt')?.map((e) => e.name),
      ['Lena van der Holt'],
    );
  });

  test('"Lena van der Holt ... “...,” van der Holt said": the surname with its particles is her, not "Holt"', () => {
    const text =
      'On Monday Mayor Lena van der Holt opened the ferry pier to the public. “The pier will stay open all winter,” van der Holt said.';
    assert.deepEqual(speakers(text), ['Lena van der Holt']);
  });

  test('a particle that opens no surname ends the run: "Pat Reyes de facto runs it"', () => {
    const index = buildNameIndex(tokenize('Since June Pat Reyes de facto runs the harbour board.'));
    assert.deepEqual(
      index.get('reyes')?.map((e) => e.name),
      ['Pat Reyes'],
    );
  });
});
