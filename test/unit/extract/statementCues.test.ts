import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractQuotes as quotesOf } from '../../../extract/extractQuotes.ts';

// Reported speech the cue and clause rules reach (issue 15 item 4: recall). Every sentence is invented news wording.
const statements = (text: string) =>
  quotesOf(analyzeText(text))
    .filter((m) => m.kind === 'statement')
    .map((m) => [m.text, m.speaker]);

test('a count after the cue opens the reported clause, not a circumstance: "said at least three", "said about 20"', () => {
  assert.deepEqual(statements('Coastguards said at least four trawlers were missing off the headland.'), [['at least four trawlers were missing off the headland', 'Coastguards']]);
  assert.deepEqual(statements('The harbour board said about 30 berths would close for the winter.'), [['about 30 berths would close for the winter', 'harbour board']]);
  // A circumstance still is not reported.
  assert.deepEqual(statements('The harbour board said at the meeting on Monday.'), []);
});
