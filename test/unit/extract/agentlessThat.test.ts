/**
 * Issue 15 item 4: hearsay reported with no one named ("It was announced on Friday that ...", "Word has it that ...")
 * is reported speech with no speaker; a passive with no "that", one that reports nothing, and a sentence whose own
 * speaker is named are not read so. Invented wording.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractQuotes } from '../../../extract/extractQuotes.ts';

const statementsOf = (text: string) =>
  extractQuotes(analyzeText(text))
    .filter((m) => m.kind === 'statement')
    .map((m) => ({ text: m.text, speaker: m.speaker }));

const lede = 'The old cannery may close.\n\nThe cannery on Pier 9 has been quiet for a month.\n\n';

test('"it was announced (on Friday) that", "it has been suggested that", "it\'s implied that": no speaker', () => {
  assert.deepEqual(statementsOf(`${lede}It was announced on Friday that the cannery would shut its doors in April.`), [
    { text: 'the cannery would shut its doors in April', speaker: null },
  ]);
  assert.deepEqual(statementsOf(`${lede}It has long been suggested that the owners want to sell the pier to a hotel chain.`), [
    { text: 'the owners want to sell the pier to a hotel chain', speaker: null },
  ]);
  assert.deepEqual(statementsOf(`${lede}It’s implied that the workers will be offered jobs at the new plant.`), [
    { text: 'the workers will be offered jobs at the new plant', speaker: null },
  ]);
});

test('"it" after a subordinator or a year, and "Word has it that"', () => {
  assert.deepEqual(statementsOf(`${lede}When the cannery first opened in 1911 it was noted that the harbour smelled of brine for a mile.`), [
    { text: 'the harbour smelled of brine for a mile', speaker: null },
  ]);
  assert.deepEqual(statementsOf(`${lede}Word has it that a buyer from Leith has already toured the pier.`), [
    { text: 'a buyer from Leith has already toured the pier', speaker: null },
  ]);
  // "Reports have it that ...": the reports are the source, as described.
  assert.deepEqual(statementsOf(`${lede}Reports have it that a buyer from Leith has already toured the pier.`), [
    { text: 'a buyer from Leith has already toured the pier', speaker: 'Reports' },
  ]);
});

test('the report ends where a fronted clause\'s comma or a dash before "until" hands over to the writer', () => {
  assert.deepEqual(statementsOf(`${lede}At a time when it was said that the cannery might never reopen, a new owner bought it and hired forty people.`), [
    { text: 'the cannery might never reopen', speaker: null },
  ]);
  assert.deepEqual(statementsOf(`${lede}It was widely believed that the foreman fell from the loft – until tests showed high levels of gas in his blood.`), [
    { text: 'the foreman fell from the loft', speaker: null },
  ]);
});

test('no "that", no report, an object "it", or a named speaker: not read as hearsay', () => {
  assert.deepEqual(statementsOf(`${lede}It was said to be the oldest cannery on the coast.`), []);
  assert.deepEqual(statementsOf(`${lede}It is expected that the cannery will shut its doors in April.`), []);
  assert.deepEqual(statementsOf(`${lede}It was announced that the cannery would shut in April, the union said.`), [
    { text: 'It was announced that the cannery would shut in April', speaker: 'union' },
  ]);
});
