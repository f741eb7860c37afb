import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('"he" or "she" before anyone spoke is the one person printed in its sentence or the one before', () => {
  test('a man named in the sentence before, as no subject', () => {
    const text =
      'The ferry plan was drawn up by the harbour engineer Oskar Lindqvist at his Malmo office. He told the council that the new pier would be ready by spring.';
    assert.deepEqual(speakers(text), ['Oskar Lindqvist']);
  });

  test('not when that person is of the other gender', () => {
    const text =
      'The ferry plan was drawn up by the harbour engineer Greta Lindqvist at her Malmo office. He told the council that the new pier would be ready by spring.';
    assert.deepEqual(speakers(text), []);
  });

  test('not when two people are printed there', () => {
    const text =
      'The ferry plan was drawn up by Oskar Lindqvist and Tomas Berg at their Malmo office. He told the council that the new pier would be ready by spring.';
    assert.deepEqual(speakers(text), []);
  });
});

describe("a description's capitalised first word is no first name", () => {
  test('"he" after "Marine spokesperson said" is that spokesperson', () => {
    const text =
      'The trawler lost power near the cape, Marine spokesperson said on Monday. The crew of six was lifted off by helicopter before dawn, he said.';
    assert.deepEqual(speakers(text), ['Marine spokesperson', 'Marine spokesperson']);
  });
});
