import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { parseSpeakerPhrase } from '../../../extract/parseSpeakerPhrase.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('an age as speaker: the person just written about, never the age', () => {
  test('"said the 52-year-old" is the person the sentence before named', () => {
    const text =
      'Mara Quell led the protest outside the depot on Friday. "We will not stop," said the 52-year-old.';
    assert.deepEqual(speakers(text), ['Mara Quell']);
  });

  test('"the 61-year-old engineer says" is the person named just before', () => {
    const text =
      'Tomas Verrin held a placard at the gate. The 61-year-old engineer says he has never protested before.';
    assert.deepEqual(speakers(text), ['Tomas Verrin']);
  });

  test('an age of the other gender is someone else', () => {
    const text =
      'Tomas Verrin held a placard at the gate. The 61-year-old woman says she has never protested before.';
    assert.notDeepEqual(speakers(text), ['Tomas Verrin']);
  });

  test('an indefinite age introduces someone new', () => {
    const text =
      'Tomas Verrin held a placard at the gate. A 61-year-old engineer says the depot should close.';
    assert.notDeepEqual(speakers(text), ['Tomas Verrin']);
  });
});

describe('a column label is no speaker', () => {
  for (const label of ["Editor's Note", 'Update', 'Correction', 'Editors’ note']) {
    test(`"${label}" names nobody`, () => {
      assert.equal(parseSpeakerPhrase(label), null);
    });
  }
});

describe('a small word as surname', () => {
  test('"said Dora With, who ..." is Dora With, and "With said" later is she', () => {
    const text =
      'The ferry fares rise in May. "We held them for six years," said Dora With, who chairs the harbour board. "It could not last," With said.';
    assert.deepEqual(speakers(text), ['Dora With', 'Dora With']);
  });

  test('a title-case headline ending on a small word is no name', () => {
    assert.equal(parseSpeakerPhrase('Mayor Takes Questions On Fares By')?.name ?? null, null);
  });
});
