import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

// Issue 15 item 3: a verb of speech used of an act (a cheque written, results posted) and numbers in fixed phrases
// say nothing anyone claims. Every sentence is invented wording.
const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => [m.text, m.speaker]);
const figures = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'number')
    .map((m) => m.text);

describe('a verb of speech used of an act reports nothing', () => {
  test('"wrote a $20,000 check to ..." is a donation, not a writing that says something', () => {
    assert.deepEqual(
      statements('The retired banker wrote a $20,000 check to a charity that runs food banks.'),
      [],
    );
    assert.deepEqual(statements('Two of the donors wrote checks to the mayor’s campaign last spring.'), []);
    assert.deepEqual(statements('The senator wrote the bill that capped rents in the county.'), []);
    // The amount written is still a figure.
    assert.deepEqual(figures('The retired banker wrote a $20,000 check to a charity that runs food banks.'), [
      '$20,000',
    ]);
    // A clause after the written thing, or a "that" before it, is what was written.
    assert.deepEqual(statements('The treasurer wrote the checks were never cashed.'), [
      ['the checks were never cashed', 'treasurer'],
    ]);
    assert.deepEqual(statements('The treasurer wrote that the checks were never cashed.'), [
      ['the checks were never cashed', 'treasurer'],
    ]);
    assert.deepEqual(statements('The judge wrote the law requires a permit for every pier.'), [
      ['the law requires a permit for every pier', 'judge'],
    ]);
  });

  test('"reported quarterly profits that beat forecasts" posts results; callers who "reported" delays tell of them', () => {
    assert.deepEqual(
      statements(
        'The hardware chain reported quarterly profits that beat forecasts as sales slipped, sending its shares lower.',
      ),
      [],
    );
    assert.deepEqual(statements('The brewer reported first-half revenue that fell short of estimates.'), []);
    assert.deepEqual(statements('Many callers reported wait times that exceeded three hours.'), [
      ['wait times that exceeded three hours', 'many callers'],
    ]);
    assert.deepEqual(statements('The Gazette reported the harbour master had resigned.'), [
      ['the harbour master had resigned', 'Gazette'],
    ]);
  });
});

describe('a noun object after a cue that also takes one, with an adjective in "-ed" inside it', () => {
  test('"maintains a large pledged delegate lead", "noted a planned rally": a lead held, a topic, nothing said', () => {
    assert.deepEqual(statements('Rivera maintains a large pledged delegate lead over Ames.'), []);
    assert.deepEqual(
      statements('Her spokeswoman noted a scheduled town hall on Friday in the county seat.'),
      [],
    );
    // A noun before the word in "-ed" makes it the verb of a reported clause.
    assert.deepEqual(statements('Critics maintained the mayor resigned in haste.'), [
      ['the mayor resigned in haste', 'Critics'],
    ]);
    assert.deepEqual(statements('The mayor claimed the disputed ballots were forged.'), [
      ['the disputed ballots were forged', 'mayor'],
    ]);
  });
});

describe('numbers in fixed phrases count nothing', () => {
  test('"the lesser of two evils", "my two cents", "two sides of the same coin", "gave 110 percent"', () => {
    assert.deepEqual(figures('Voters in the county face the lesser of two evils this year.'), []);
    assert.deepEqual(figures('That is just my two cents on the matter, the coach said.'), []);
    assert.deepEqual(figures('The levy and the toll are two sides of the same coin.'), []);
    assert.deepEqual(figures('The players gave 110 percent on Sunday.'), []);
    // The same numbers counting things stay figures.
    assert.deepEqual(figures('Diesel rose two cents a gallon in May.'), ['two cents']);
    assert.deepEqual(figures('Ticket sales rose 110 percent in May.'), ['110 percent']);
    assert.deepEqual(figures('Inspectors found two evils in the ledger: fraud and waste.'), ['two evils']);
  });
});
