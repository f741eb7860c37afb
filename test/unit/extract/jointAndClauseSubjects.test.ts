import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractQuotes as quotesOf } from '../../../extract/extractQuotes.ts';

// Reported speech whose subject is two joined speakers, opens after a semicolon or a colon, or is cut by its cue
// (issue 15 items 3-4). Every sentence is invented news wording.
const statements = (text: string) =>
  quotesOf(analyzeText(text))
    .filter((m) => m.kind === 'statement')
    .map((m) => [m.text, m.speaker]);

test('two speakers joined by "and" that open the clause are one subject, named by the first-named', () => {
  assert.deepEqual(statements('Ode and Marsh say the harbour levy must go before the winter.'), [['the harbour levy must go before the winter', 'Ode']]);
  assert.deepEqual(statements('But Mr. Ode and Ms. Marsh said the ferry timetable was drawn up in secret.'), [['the ferry timetable was drawn up in secret', 'Ode']]);
  assert.deepEqual(statements('Sen. Ana Ode and Rep. Ivo Marsh said the bridge tolls would rise in March.'), [['the bridge tolls would rise in March', 'Ana Ode']]);
  const [described] = statements('The mayor and the harbour director said the quay would reopen on Friday.');
  assert.equal(described?.[0], 'the quay would reopen on Friday');
  assert.match(described?.[1] ?? '', /mayor/);
});

test('a pair after a verb, a place or a list stays no joint subject', () => {
  // A second clause after "and" keeps its own subject, and a place governed by "in" opens no subject.
  assert.deepEqual(statements('Prices rose and Marsh said the market would recover within a month.'), []);
  assert.deepEqual(statements('Ode won easily in Dunmore and Marsh said the count had been fair.'), []);
  // The end of a list: "voters in Alabama, Georgia and Virginia said" is neither Georgia nor Virginia.
  assert.deepEqual(statements('Most voters in Alston, Dunmore and Kelby said they felt betrayed by the council.'), []);
  assert.deepEqual(statements('Ana Ode, Ivo Marsh and Tom Lee said the plan would fail.'), []);
});

test('a semicolon or a colon after three words opens a clause with its own subject', () => {
  assert.deepEqual(statements('It is an unlikely outcome; the campaign says the candidate will be back on the trail this week.'), [['the candidate will be back on the trail this week', 'campaign']]);
  assert.deepEqual(statements('The vote set off another row on Friday: local officials said they were convinced the count was wrong.'), [['they were convinced the count was wrong', 'local officials']]);
  assert.deepEqual(statements('Ferries were cancelled all week; harbour officials insist the engines were safe.'), [['the engines were safe', 'harbour officials']]);
});

test('a label of a word or two before a colon, a time and "declared" with only an object report nothing', () => {
  assert.deepEqual(statements('The Latest: Ana Ode tells voters she is with them.'), []);
  assert.deepEqual(statements('Correction: An earlier version of this story incorrectly indicated that the levy had passed.'), []);
  assert.deepEqual(statements('We have seen this before: the rebels declared war on the capital.'), []);
  assert.deepEqual(statements('The mayor declared a state of emergency after the flood.'), []);
  // "declared that" still reports its clause.
  assert.deepEqual(statements('The mayor declared that the flood had passed its peak.'), [['the flood had passed its peak', 'mayor']]);
});

test('a clause cut by its cue whose second part opens on its auxiliary is one statement over the cue', () => {
  assert.deepEqual(statements('Anyone who wants a ferry pass, harbour officials said, should apply before March.'), [
    ['Anyone who wants a ferry pass, harbour officials said, should apply before March', 'harbour officials'],
  ]);
  assert.deepEqual(statements('The people who came to the rally, Ana Ode said, were mostly students from the college.'), [
    ['The people who came to the rally, Ana Ode said, were mostly students from the college', 'Ana Ode'],
  ]);
  // A relative pronoun before the comma is the subject: the statement starts at it.
  assert.deepEqual(statements('The park is near the stadium, which, Ivo Marsh said, is usually full on game days.'), [['which, Ivo Marsh said, is usually full on game days', 'Ivo Marsh']]);
  // A second part with its own subject stays a second statement.
  assert.deepEqual(statements('The company cut 300 jobs last year, Ana Ode said, and it will cut more.'), [
    ['The company cut 300 jobs last year', 'Ana Ode'],
    ['and it will cut more', 'Ana Ode'],
  ]);
});
