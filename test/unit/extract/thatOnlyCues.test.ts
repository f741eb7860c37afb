/**
 * Issue 15 item 4: a pledge, a guess, a hint or an admission reported with its "that" ("The mayor pledged that ...",
 * "Analysts have speculated that ...") is reported speech; the same verbs with an object or a particle report nothing
 * ("pledged $5 million", "hinted at a deal"). Invented wording.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractQuotes } from '../../../extract/extractQuotes.ts';

const statementsOf = (text: string) =>
  extractQuotes(analyzeText(text))
    .filter((m) => m.kind === 'statement')
    .map((m) => ({ text: m.text, speaker: m.speaker }));

const lede = 'Tram line goes to a vote.\n\nThe transit board meets on Friday to vote on the new tram line.\n\n';

test('"pledged that", "speculated that", "hinted that", "volunteered that": the clause after the "that" is reported', () => {
  assert.deepEqual(statementsOf(`${lede}Ada Brennan pledged that the line would reach the airport by 2031.`), [
    { text: 'the line would reach the airport by 2031', speaker: 'Ada Brennan' },
  ]);
  assert.deepEqual(statementsOf(`${lede}Engineers have speculated that the tunnel could flood in a wet winter.`), [
    { text: 'the tunnel could flood in a wet winter', speaker: 'Engineers' },
  ]);
  assert.deepEqual(statementsOf(`${lede}Ada Brennan hinted that the fares might fall for students next year.`), [
    { text: 'the fares might fall for students next year', speaker: 'Ada Brennan' },
  ]);
  assert.deepEqual(statementsOf(`${lede}The drivers volunteered that they had written to the board three times.`), [
    { text: 'they had written to the board three times', speaker: 'drivers' },
  ]);
});

test('a participle of guessing with its "that" after a comma reports the main subject\'s clause', () => {
  assert.deepEqual(statementsOf(`${lede}The cyclists marched on the depot, positing that the rails would make the street unsafe.`), [
    { text: 'the rails would make the street unsafe', speaker: 'cyclists' },
  ]);
});

test('with an object or a particle and no "that", the same verbs report nothing', () => {
  assert.deepEqual(statementsOf(`${lede}The brewery pledged $2 million to the new line.`), []);
  assert.deepEqual(statementsOf(`${lede}Ada Brennan hinted at a deal that would end the dispute.`), []);
  assert.deepEqual(statementsOf(`${lede}The drivers volunteered at a depot that serves the east side.`), []);
});

test('a participle after a passive with a named agent is the agent\'s, not the subject\'s', () => {
  assert.deepEqual(statementsOf(`${lede}A map of the route was disputed by Ada Brennan, hinting that it had been drawn by the developer.`), [
    { text: 'it had been drawn by the developer', speaker: 'Ada Brennan' },
  ]);
});
