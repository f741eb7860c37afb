import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => [m.text, m.speaker]);

describe('a second report with a subject of its own after ", but"/", though"', () => {
  test('another speaker\'s report ends the first statement and is a statement of its own', () => {
    assert.deepEqual(statements('Tom Hale said the bridge would be finished in May, but city officials said the work was months behind.'), [
      ['the bridge would be finished in May', 'Tom Hale'],
      ['the work was months behind', 'city officials'],
    ]);
    assert.deepEqual(statements('Tom Hale said the bridge would be finished in May, but officials told reporters on Tuesday that the work was behind.'), [
      ['the bridge would be finished in May', 'Tom Hale'],
      ['the work was behind', 'officials'],
    ]);
    assert.deepEqual(statements('Several senators have followed his lead, saying the vote was rigged, though Ms. Ann Lee said she doubted it would matter.'), [
      ['the vote was rigged', 'several senators'],
      ['she doubted it would matter', 'Ann Lee'],
    ]);
  });

  test('a second report that only says "the same" is no statement, and ends the first', () => {
    assert.deepEqual(statements('Most Democrats say they would be satisfied with Clinton as the nominee, while only 49 percent of Republicans say the same of Trump.'), [
      ['they would be satisfied with Clinton as the nominee', 'Most Democrats'],
    ]);
  });

  test('the same speaker reporting again is a second statement', () => {
    assert.deepEqual(statements('Kelly Ayotte spoke on Monday. She said she has no plans to change her vote, but she said she reserves the right to reconsider.'), [
      ['she has no plans to change her vote', 'Kelly Ayotte'],
      ['she reserves the right to reconsider', 'Kelly Ayotte'],
    ]);
  });

  test('a clause with no cue of its own after the conjunction stays in the statement', () => {
    assert.deepEqual(statements('Tom Hale said the bridge would be finished in May, but the weather could delay it.'), [['the bridge would be finished in May, but the weather could delay it', 'Tom Hale']]);
  });

  test('a share of those asked with a cue of its own ("..., while 55 percent said ...") is another group\'s report', () => {
    assert.deepEqual(
      statements('In a Harbour Poll the same week, 41 percent of residents said the ferry should stop running in winter, while 55 percent said it should keep its timetable.'),
      [
        ['the ferry should stop running in winter', '41 percent of residents'],
        ['it should keep its timetable', '55 percent'],
      ],
    );
    assert.deepEqual(statements('In the survey, most teachers said the new exams were too long, but a majority said they had helped pupils.'), [
      ['the new exams were too long', 'most teachers'],
      ['they had helped pupils', 'majority'],
    ]);
  });
});
