import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractQuotes as quotesOf } from '../../../extract/extractQuotes.ts';

// "he" or "she" that no person who spoke or acted before may mean (issue 15 item 1: a pronoun chain to a name the
// text prints). Every sentence is invented news wording; the names are ones no first-name list holds.
const speakers = (text: string) =>
  quotesOf(analyzeText(text))
    .filter((m) => m.kind === 'quote')
    .map((m) => m.speaker);

test('a pronoun no earlier person agrees with is the person named as the subject of the sentence before', () => {
  assert.deepEqual(speakers('Tom Berg chaired the board for a decade. In response to the storm, Xiadne Qorvu recently closed the harbour to all ferries. “We will reopen when the quay is safe,” she said on Monday.'), ['Xiadne Qorvu']);
  // A description as the subject in between ("the director") lets the sentence before it speak.
  assert.deepEqual(speakers('Ana Lind ran the port until May. Xiadne Qorvu has not run a harbour before. Still, the director was taking few chances. “I will keep the quay open,” he wrote to the council.'), ['Xiadne Qorvu']);
});

test('a pronoun stays unresolved when the sentence before is about someone else or a paragraph lies between', () => {
  // The subject of the sentence before is a man the text shows ("Mr."): not whom "she" means.
  assert.deepEqual(speakers('Tom Berg chaired the board for a decade. Mr. Xiadne Qorvu recently closed the harbour. “We will reopen when the quay is safe,” she said on Monday.'), [null]);
  assert.deepEqual(speakers('Tom Berg chaired the board for a decade. In response to the storm, Xiadne Qorvu recently closed the harbour.\n\n“We will reopen when the quay is safe,” she said on Monday.'), [null]);
});
