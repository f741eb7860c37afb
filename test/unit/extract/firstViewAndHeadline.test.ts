import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => m.text);

describe('a report set as a first view ("initially said") ends before the writer\'s "but"', () => {
  test('the clause after ", but" tells what happened instead, and is not the report', () => {
    assert.deepEqual(
      statements('The agency initially said the repairs would take a month, but they took only a week.'),
      ['the repairs would take a month'],
    );
    assert.deepEqual(
      statements('The mayor said at first that the bridge would open in May, but it opened in June.'),
      ['the bridge would open in May'],
    );
    assert.deepEqual(
      statements(
        'The county had originally claimed the fire was an accident, but investigators found a can of fuel.',
      ),
      ['the fire was an accident'],
    );
  });

  test('a bare "but" before a phrase set off by commas and a clause ends it too', () => {
    assert.deepEqual(
      statements(
        'Her vet originally thought the dog had a bad cold but, as it turned out, the dog had an allergy.',
      ),
      ['the dog had a bad cold'],
    );
  });

  test('without a first view, or without a clause after "but", the report runs on', () => {
    assert.deepEqual(
      statements('The agency said the repairs would take a month, but they took only a week.'),
      ['the repairs would take a month, but they took only a week'],
    );
    assert.deepEqual(statements('The mayor initially said the plan was costly but fair to every town.'), [
      'the plan was costly but fair to every town',
    ]);
  });

  test('a second verb of the same subject after ", but" is still a report of its own', () => {
    assert.deepEqual(
      statements('The mayor initially said the plan was costly, but added that it was fair.'),
      ['the plan was costly', 'it was fair'],
    );
  });
});

describe('a statement in a line set as a headline is no claim', () => {
  test("a title-case headline that reads as a report is dropped; the body's report stays", () => {
    assert.deepEqual(
      statements(
        'Governor Admits Budget Plan Will Raise Property Taxes Next Year.\n\nThe governor said on Monday that the plan would raise taxes.',
      ),
      ['the plan would raise taxes'],
    );
    assert.deepEqual(
      statements(
        'Media Reports Reveal Reason Behind Mayor’s Firing Of City Manager.\n\nLocal papers said the mayor acted alone.',
      ),
      ['the mayor acted alone'],
    );
  });

  test('a sentence-case line with its lower-case words is a body sentence, and reports', () => {
    assert.deepEqual(
      statements('Governor Ann Lee admits the budget plan will raise property taxes next year.'),
      ['the budget plan will raise property taxes next year'],
    );
  });
});
