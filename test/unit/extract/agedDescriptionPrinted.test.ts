import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('"The 48-year-old said" two sentences after the only person printed there', () => {
  test('a person printed only in a possessive, then a description, is who the age describes', () => {
    const text =
      'Nora Vidal will coach Aldham Rovers from June.\n\nRita Moss left the club in May.\n\nTalks with Vidal’s agents went on into Tuesday night.\n\nThe Chilean coach had been out of work since March.\n\nThe 48-year-old said: “I am proud to join this club.”';
    assert.equal(speakers(text).at(-1), 'Nora Vidal');
  });

  test('not when two people are printed there', () => {
    const text =
      'Nora Vidal will coach Aldham Rovers from June.\n\nTalks between Vidal’s agents and Rita Moss went on into Tuesday night.\n\nThe Chilean coach had been out of work since March.\n\nThe 48-year-old said: “I am proud to join this club.”';
    assert.notEqual(speakers(text).at(-1), 'Nora Vidal');
  });
});
