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

describe('speaker phrases: organisations and plural titles', () => {
  test('"the United Nations said": a capitalised run after "the", with no title, is an organisation', () => {
    const un = extractMentions('“The talks will resume in Geneva next week,” the United Nations said in a statement.').mentions[0];
    assert.deepEqual([un?.speaker, un?.speakerType], ['United Nations', 'organisation']);
    assert.equal(parseSpeakerPhrase('The Sierra Club')?.type, 'organisation');
    // A title keeps a person a person: "the Rev. Al Sharpton".
    assert.deepEqual([parseSpeakerPhrase('the Rev. Al Sharpton')?.name, parseSpeakerPhrase('the Rev. Al Sharpton')?.type], ['Al Sharpton', 'person']);
  });

  test('"Reps." and "Sens." are titles whose period ends no sentence', () => {
    assert.deepEqual(speakers('Paul Ryan spoke.\n\n“The bill is dead on arrival in the House,” said Reps. Paul Ryan and Nancy Pelosi.'), ['Paul Ryan']);
    const phrase = parseSpeakerPhrase('Sens. Tim Kaine and Mark Warner');
    assert.deepEqual([phrase?.name, phrase?.type], ['Tim Kaine', 'person']);
  });
});
