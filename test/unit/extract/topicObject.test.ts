import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => m.text);

describe('"explained" and "recalled" with a noun object name a topic, not what was said', () => {
  test('a noun phrase after the cue is no statement', () => {
    assert.deepEqual(statements('Mayor Ann Lee explained the differences between the two budget plans.'), []);
    assert.deepEqual(statements('Coach Dana Ruiz recalled the long bus rides of her first season.'), []);
  });

  test('an adjective in "-ed" after an adverb, or a participle with its agent, stays in the noun phrase', () => {
    assert.deepEqual(
      statements(
        'The singer Mara Vole explained the gap between her and her wildly exaggerated stage persona.',
      ),
      [],
    );
    assert.deepEqual(
      statements(
        'Senator Ed Marsh recalled the bitter floor fight waged by the governor to keep delegates in line.',
      ),
      [],
    );
  });

  test('the words before a comma are no tail report when the cue has an object after it', () => {
    assert.deepEqual(
      statements(
        'Discussing the budget in a radio interview, Mayor Ann Lee explained the differences between the plans.',
      ),
      [],
    );
    assert.deepEqual(
      statements(
        'Another delegate, Jo Roe of Dover, Del., recalled the reason for her late support for the mayor.',
      ),
      [],
    );
  });

  test('a clause after the cue is still reported, and so is a tail cue before a time', () => {
    assert.deepEqual(statements('Mayor Ann Lee explained the budget would be cut by half.'), [
      'the budget would be cut by half',
    ]);
    assert.deepEqual(statements('Coach Dana Ruiz recalled the team had lost every away game that year.'), [
      'the team had lost every away game that year',
    ]);
    assert.deepEqual(statements('The budget will be cut by half, Mayor Ann Lee explained this week.'), [
      'The budget will be cut by half',
    ]);
    assert.deepEqual(statements('Ms. Lee recalled the mayor quickly resigned over the vote.'), [
      'the mayor quickly resigned over the vote',
    ]);
  });
});

describe('a cue in "-ing" takes a noun object as its finite form does', () => {
  test('"claiming" a share of the vote and "noting" a topic report nothing', () => {
    assert.deepEqual(
      statements(
        "Jane Jones won the primary in the district, claiming 41 percent of the vote to Smith's 33 percent.",
      ),
      [],
    );
    assert.deepEqual(statements('Jane Jones spoke for an hour, noting the irony of the moment.'), []);
  });

  test('a clause after the participle is still reported', () => {
    assert.deepEqual(statements('Jane Jones spoke for an hour, noting the plan would fail.'), [
      'the plan would fail',
    ]);
    assert.deepEqual(statements('Jane Jones won the primary, claiming voters had rejected the tax.'), [
      'voters had rejected the tax',
    ]);
  });
});
