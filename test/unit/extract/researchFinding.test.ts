/**
 * Issue 15 item 4: a study's, poll's or report's finding whose subject the other readers do not take ("A study by Tarn
 * University and the Kell Institute found that ...", "A recent Marist survey found 80 percent support ...") is reported,
 * the research its speaker; a finding to come, denied or inside a relative clause is not. Invented wording.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractMentions } from '../../../extract/extractMentions.ts';

const statements = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind === 'statement')
    .map((m) => ({ text: m.text, speaker: m.speaker }));

describe('a research finding', () => {
  test('"found that" after a study named by its two makers', () => {
    assert.deepEqual(statements('A study by Tarn University and the Dover School of Nursing found that rural clinics have the longest waits in the state.'), [
      { text: 'rural clinics have the longest waits in the state', speaker: 'study' },
    ]);
  });

  test('"found" with a noun phrase and no "that"', () => {
    assert.deepEqual(statements('A recent Marist survey found 80 percent support for the new bridge tolls.'), [
      { text: '80 percent support for the new bridge tolls', speaker: 'recent Marist survey' },
    ]);
  });

  test('after a fronted opener and its comma', () => {
    assert.deepEqual(statements('Yet, a 2016 study by Dover College and the University of Kent found that poor children in Leeds have the worst odds of moving up.'), [
      { text: 'poor children in Leeds have the worst odds of moving up', speaker: '2016 study' },
    ]);
  });

  test('"shows" a clause with no "that"', () => {
    assert.deepEqual(statements('Exit polling shows the senator won 70% of voters under 30 in Ohio last month.'), [
      { text: 'the senator won 70% of voters under 30 in Ohio last month', speaker: 'Exit polling' },
    ]);
  });

  test('"noted that" after a report with a long postmodifier', () => {
    assert.deepEqual(statements('A report issued in May by the Institute for Energy Studies and Development noted that more young workers leave rural towns than arrive.'), [
      { text: 'more young workers leave rural towns than arrive', speaker: 'report' },
    ]);
  });

  test('a time between the cue and its "that"', () => {
    assert.deepEqual(statements('A Kell University poll found last week that Hale would beat Roe 46 to 40 percent in a general election.'), [
      { text: 'Hale would beat Roe 46 to 40 percent in a general election', speaker: 'Kell University poll' },
    ]);
  });

  test('"a report" is a new document, not the report another body was said to issue before', () => {
    assert.deepEqual(
      statements('The Tarn Institute published a report on bus fares in May. Last year, a report released by the Dover Trust estimated that 40,000 riders left the buses.'),
      [{ text: '40,000 riders left the buses', speaker: 'report' }],
    );
    // "The report" still points back at the one issued before.
    assert.deepEqual(statements('The Tarn Institute published a report on bus fares in May. The report said that 40,000 riders left the buses.'), [
      { text: '40,000 riders left the buses', speaker: 'Tarn Institute' },
    ]);
  });

  test('a finding to come, a denied one, a particle and a relative report nothing', () => {
    assert.deepEqual(statements('A new poll would show the mayor losing ground in the suburbs.'), []);
    assert.deepEqual(statements('The survey did not find any link between the diet and heart disease.'), []);
    assert.deepEqual(statements('A later study found out more about the tunnels under the old harbour.'), []);
    assert.deepEqual(statements('A study of patients who found relief in the new drug was published on Monday.'), []);
    assert.deepEqual(statements('The police found the body of the missing hiker near the river.'), []);
  });
});
