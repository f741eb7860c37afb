/**
 * Issue 15 item 4: a restrictive "who" whose verb is a cue ("some economists who argue that ...", "nurses unions who
 * said the rules ...") reports the clause after the cue, the people before "who" its speaker, when the sentence has
 * no report of its own and a main verb stands before the relative. Invented wording.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => ({ text: m.text, speaker: m.speaker }));

describe('a report in a restrictive "who" clause', () => {
  test('"who argue that" after "There are"', () => {
    assert.deepEqual(statements('There are some economists who argue that land taxes should be very low or zero.'), [
      { text: 'land taxes should be very low or zero', speaker: 'some economists' },
    ]);
  });

  test('people with a place after them, up to "but" and the main clause’s verb', () => {
    assert.deepEqual(statements('The merger drew criticism from farmers and bankers in the valley who agree that such deals are harmful but have not acted.'), [
      { text: 'such deals are harmful', speaker: 'farmers and bankers in the valley' },
    ]);
  });

  test('a bare "said" with a clause of its own, the phrase opening after "and" and a word that names no people', () => {
    assert.deepEqual(statements('The law was opposed by officials angry about costs and powerful nurses unions who said the rules punished them.'), [
      { text: 'the rules punished them', speaker: 'powerful nurses unions' },
    ]);
  });

  test('a relative in the subject, a belief with no "that" and a greeting report nothing', () => {
    assert.deepEqual(statements('Voters who said they backed Hale were fewer than expected.'), []);
    assert.deepEqual(statements('The mayor slammed candidates who think they can win without the suburbs.'), []);
    assert.deepEqual(statements('The man who said hello to me was tall.'), []);
  });
});
