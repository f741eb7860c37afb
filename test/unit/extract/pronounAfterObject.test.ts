import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('"she" after a man\'s sentence is the woman just named in it, not one who spoke long before', () => {
  test('a woman named as an object of the sentence before', () => {
    const text =
      'Lena Marsh runs the harbour museum. “We keep every boat,” Marsh said.\n\nTom Hale wrote six novels about the coast. When Hale visited his editor Ann Roe at her office, he left short poems on her desk. “He never stopped writing,” she recalled.';
    assert.equal(speakers(text).at(-1), 'Ann Roe');
  });

  test('not when a surname printed alone may be whom the pronoun means', () => {
    const text =
      'Lena Marsh runs the harbour museum. “We keep every boat,” Marsh said.\n\nTom Hale met Ann Roe in May. Marsh thanked the crews later. “They never stopped working,” she said.';
    assert.equal(speakers(text).at(-1), 'Lena Marsh');
  });
});
