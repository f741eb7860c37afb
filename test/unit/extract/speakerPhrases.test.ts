import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { parseSpeakerPhrase } from '../../../extract/parseSpeakerPhrase.ts';

/** The speakers of a text's quotes and statements, in order. */
const speakers = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'number')
    .map((m) => m.speaker);

describe('speaker phrases: names, roles and places', () => {
  test('a month or a modal that is also a name ends a name run: "Theresa May said"', () => {
    assert.equal(parseSpeakerPhrase('Theresa May')?.name, 'Theresa May');
    assert.equal(parseSpeakerPhrase('Prime Minister Theresa May')?.name, 'Theresa May');
    assert.deepEqual(speakers('“We will leave the union in March,” Theresa May said.'), ['Theresa May']);
    assert.deepEqual(speakers('Theresa May spoke.\n\n“We will go,” Mrs. May said.'), ['Theresa May']);
    // A date stays a date: "Tuesday May", "in May".
    assert.equal(parseSpeakerPhrase('Tuesday May Smith')?.name, 'Smith');
    assert.deepEqual(speakers('“We will go,” the mayor said in May 2016.'), ['mayor']);
  });
});
