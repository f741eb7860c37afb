/**
 * Issue 15, item 4 (recall of reported speech): the owner of a noun of something said, named after it by "by" or
 * "from" (past a role or between commas), a possessed noun after a preposition that opens the sentence, and a short
 * circumstance between the noun and its "that". Each case is a class seen on unfound tune-side attributions, in
 * invented wording.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => [m.text, m.speaker]);

describe('a claim noun whose owner follows it', () => {
  test('"complaints by the head of the union, Petra Lund, that ..." are Lund\'s', () => {
    assert.deepEqual(
      statements(
        'The minister was answering questions about complaints by the head of the growers’ union, Petra Lund, that the new quotas were ruining small farms.',
      ),
      [['the new quotas were ruining small farms', 'Petra Lund']],
    );
  });

  test('"a demand, by Councillor Ana Pike, that ..." is Pike\'s', () => {
    assert.deepEqual(
      statements(
        'The main hurdle is a demand, by Councillor Ana Pike, that the depot move out of the old town.',
      ),
      [['the depot move out of the old town', 'Councillor Ana Pike']],
    );
  });

  test('"warnings from local Basque geologists that ..." are the geologists\'', () => {
    assert.deepEqual(
      statements(
        'The closure follows warnings from local Basque geologists that the cliff path could collapse this winter.',
      ),
      [['the cliff path could collapse this winter', 'local Basque geologists']],
    );
  });

  test('a relative clause after a role with no name set off is left alone', () => {
    assert.deepEqual(
      statements('The mill faced complaints from the tenants that live next door about the dust.'),
      [],
    );
  });
});

describe('a possessed claim noun after a preposition that opens the sentence', () => {
  test('"Despite Ms. Lund’s repeated insistence that ..., ..." is Lund\'s', () => {
    assert.deepEqual(
      statements(
        'Despite Ms. Lund’s repeated insistence that the reservoir was safe, the council drained it in May.',
      ),
      [['the reservoir was safe', 'Lund']],
    );
  });

  test('a possessed noun that opens the sentence itself stays alone', () => {
    assert.deepEqual(
      statements('Ms. Lund’s insistence that the reservoir was safe did not convince the council.'),
      [],
    );
  });
});

describe('a circumstance between a claim noun and its "that"', () => {
  test('"Ms. Lee’s claim in March that ..." is her statement, its clause ending at a bracket', () => {
    const text =
      'Reporters found no source for Ms. Lee’s claim in March that the ferry lost ten thousand dollars a week (in fact, it broke even).';
    assert.deepEqual(statements(text)[0], ['the ferry lost ten thousand dollars a week', 'Lee']);
  });

  test('"Mr. Lund’s suggestion at a hastily arranged briefing that ..." is Lund\'s', () => {
    assert.deepEqual(
      statements(
        'Turnout fell because of Mr. Lund’s suggestion at a hastily arranged briefing that the old mill would close by June.',
      ),
      [['the old mill would close by June', 'Lund']],
    );
  });

  test('a relative "that" after the circumstance reports nothing', () => {
    assert.deepEqual(
      statements('The row grew out of his claim at a hearing that ran late into the night on Tuesday.'),
      [],
    );
  });
});

describe('a possessed claim noun after a preposition, in a sentence an indefinite pronoun opens', () => {
  test('"Nobody found a source for her claim that ..." is hers, not "Nobody found a source for her"', () => {
    assert.deepEqual(
      statements(
        'Ines Varga spoke on Friday. Nobody found a record for her claim that the ferry had been inspected twice.',
      ),
      [['the ferry had been inspected twice', 'Ines Varga']],
    );
  });

  test('"No one has seen evidence of his assertion that ..." names no "No one"', () => {
    const found = statements(
      'Tomas Brel is the fund’s manager. No one has seen evidence of his assertion that the losses were covered.',
    );
    assert.deepEqual(found, [['the losses were covered', 'Tomas Brel']]);
  });
});
