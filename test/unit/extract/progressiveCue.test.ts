import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractQuotes } from '../../../extract/extractQuotes.ts';

const statements = (text: string) =>
  extractQuotes(analyzeText(text))
    .filter((m) => m.kind === 'statement')
    .map((m) => ({ text: m.text, speaker: m.speaker }));

test('a progressive cue with its "that" reports what the subject says: "is reporting that", "is arguing that"', () => {
  assert.deepEqual(
    statements('Now, the Daily Ledger is reporting that the two clubs are close to a deal on the striker.'),
    [{ text: 'the two clubs are close to a deal on the striker', speaker: 'Daily Ledger' }],
  );
  assert.deepEqual(
    statements('Ana Cruz is arguing that the county cannot afford a second bridge this decade.'),
    [{ text: 'the county cannot afford a second bridge this decade', speaker: 'Ana Cruz' }],
  );
});

test('a passive, or a progressive with no "that", reports nothing', () => {
  assert.deepEqual(statements('The firm is reporting record profits for the third quarter in a row.'), []);
  assert.deepEqual(statements('The senator was told that the farm bill had failed in the House.'), []);
  // "a reporting station": an adjective, no cue; the sentence's own cue gives the speaker.
  assert.deepEqual(
    statements('One county reporting station has seen no rain since May, said Tom Vale, a forecaster.'),
    [{ text: 'One county reporting station has seen no rain since May', speaker: 'Tom Vale' }],
  );
});

test('", and Name said" after a report opens a second report, that name\'s', () => {
  assert.deepEqual(
    statements(
      'The county has been warning that it is running out of cash, and Ms. Cruz said the loans were unsustainable.',
    ),
    [
      { text: 'it is running out of cash', speaker: 'county' },
      { text: 'the loans were unsustainable', speaker: 'Cruz' },
    ],
  );
});
