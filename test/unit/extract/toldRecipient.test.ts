/**
 * Issue 15, items 3-4 (the thirteenth judged batch): the recipient of "told" is no part of what was told, when it is an
 * outlet named with its article, place or show and the time it was told, and when a quote carries the clause.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => ({ text: m.text, speaker: m.speaker }));

describe('the recipient of "told" before a clause with no "that"', () => {
  test('an outlet with its article: "told the Daily Courier she ..."', () => {
    assert.deepEqual(
      statements(
        'Jane Roe told the Daily Courier she has already received hundreds of letters from readers.',
      ),
      [{ text: 'she has already received hundreds of letters from readers', speaker: 'Jane Roe' }],
    );
  });

  test('an outlet with its place and the time it was told: "told The Evening Herald of Leeds last week she ..."', () => {
    assert.deepEqual(
      statements(
        'The former mayor, Ann Brook, told The Evening Herald of Leeds last week she would rather resign than vote for the plan.',
      ),
      [{ text: 'she would rather resign than vote for the plan', speaker: 'Ann Brook' }],
    );
  });

  test('a show after its network and a day: "told NBC’s “Today” on Monday the mood ..."', () => {
    const found = statements(
      'Lena Ortiz met the board. She told NBC’s “Today” on Monday the mood of the meeting was calm, with tense moments.',
    );
    assert.deepEqual(found, [
      { text: 'the mood of the meeting was calm, with tense moments', speaker: 'Lena Ortiz' },
    ]);
  });

  test('a recipient that is the clause\'s own subject is not taken: "told reporters the plan ..."', () => {
    assert.deepEqual(statements('Jane Roe told reporters the plan was dead.'), [
      { text: 'the plan was dead', speaker: 'Jane Roe' },
    ]);
  });
});

describe('the recipient of "telling" before a quote the clause carries', () => {
  test('"telling CBS that the rates “are fixed ...”" reports from after "that"', () => {
    const text =
      'Rita Vance spoke first. But a week later, Vance reversed herself yet again, telling CBS that the tax rates “are fixed… And I think we must keep them.”';
    assert.deepEqual(
      statements(text).map((s) => s.text),
      ['the tax rates “are fixed… And I think we must keep them.”'],
    );
  });

  test('an outlet with its kind: "told the AFP news agency four villages ..."', () => {
    assert.deepEqual(
      statements('The governor of the island told the AFP news agency four villages had been flooded.').map(
        (s) => s.text,
      ),
      ['four villages had been flooded'],
    );
  });

  test('a capitalised word before a noun is no outlet: "told the Biblical story of ..."', () => {
    assert.deepEqual(
      statements(
        'The bishop told the Biblical story of the city of Tyre, which was “proud of its wealth and its ships.”',
      ).map((s) => s.text),
      ['the Biblical story of the city of Tyre, which was “proud of its wealth and its ships.”'],
    );
  });
});
