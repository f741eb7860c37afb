import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('a first name printed once in a short form and once in full is one person, named in full', () => {
  test('a headline\'s "Dan Holloway" and the story\'s "Daniel Holloway" give the bare surname the full form', () => {
    assert.deepEqual(
      speakers(
        'Dan Holloway backs the harbour plan.\n\nDaniel Holloway, the port commissioner, spoke at length on Monday.\n\n“The harbour will pay for itself,” Holloway said.',
      ),
      ['Daniel Holloway'],
    );
  });

  test('first names of different genders ("Dan", "Dana") stay two people', () => {
    assert.deepEqual(
      speakers(
        'Dan Holloway backs the harbour plan.\n\nDana Holloway, the port commissioner, spoke at length on Monday.\n\n“The harbour will pay for itself,” Holloway said.',
      ),
      ['Dan Holloway'],
    );
  });
});

describe('a placed office joined under one "the" to a second role, or after a party word, is the office holder', () => {
  test('"the Utah senator and Republican presidential candidate said" is the senator named before', () => {
    assert.deepEqual(
      speakers(
        'Sen. Harold Pike spoke on Tuesday.\n\n“The border is open,” the Utah senator and Republican presidential candidate said in a statement.',
      ),
      ['Harold Pike'],
    );
  });

  test('"the independent Maine senator told reporters" is the senator named before', () => {
    assert.deepEqual(
      speakers(
        'Sen. Harold Pike spoke on Tuesday.\n\n“The border is open,” the independent Maine senator told reporters.',
      ),
      ['Harold Pike'],
    );
  });

  test('a second "the" introduces a second person: "the Utah senator and the Iowa governor" is neither alone', () => {
    assert.notDeepEqual(
      speakers(
        'Sen. Harold Pike spoke on Tuesday.\n\n“The border is open,” the Utah senator and the Iowa governor said.',
      ),
      ['Iowa governor'],
    );
  });
});
