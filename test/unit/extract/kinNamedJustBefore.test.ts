import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { extractQuotes as quotesOf } from '../../../extract/extractQuotes.ts';

// A surname two people of the story share, printed alone as the speaker (issue 15 item 1: the wrong person). Every
// sentence is invented news wording.
const speakers = (text: string) =>
  quotesOf(analyzeText(text))
    .filter((m) => m.kind === 'quote')
    .map((m) => m.speaker);

test('a shared surname is the one of the two printed in full as the subject of the sentence before', () => {
  assert.deepEqual(
    speakers('Erik Lund founded the ferry firm in 1990. His father Tom Lund ran the yard. Critics say the firm has grown too fast. On Friday, Tom Lund showed reporters the harbour. “We built every quay ourselves,” Lund said.'),
    ['Tom Lund'],
  );
  // Printed as an object or an aside, the other one is only written about.
  assert.deepEqual(
    speakers('Erik Lund founded the ferry firm in 1990. His father Tom Lund ran the yard. Critics say the firm has grown too fast. On Friday, reporters joined a tour of the harbour with Tom Lund. “We built every quay ourselves,” Lund said.'),
    ['Erik Lund'],
  );
});

test('a shared surname is the one the story introduced first when neither or both are printed just before', () => {
  assert.deepEqual(
    speakers('Erik Lund founded the ferry firm in 1990. His father Tom Lund ran the yard. Critics say the firm has grown too fast. On Friday, reporters joined a tour of the harbour. “We built every quay ourselves,” Lund said.'),
    ['Erik Lund'],
  );
  assert.deepEqual(
    speakers('Erik Lund founded the ferry firm in 1990. His father Tom Lund ran the yard. Critics say the firm has grown too fast. On Friday, Tom Lund and Erik Lund showed reporters the harbour. “We built every quay ourselves,” Lund said.'),
    ['Erik Lund'],
  );
});

test('a surname with a courtesy title, or two forms of one first name, keeps the person the story introduced first', () => {
  assert.deepEqual(
    speakers('Mrs. Lund founded the ferry firm in 1990. Mara Lund chairs it. Her daughter Erika Lund ran the yard. On Friday, the board wrote to Mrs. Lund about a visit by Erika Lund. Mrs. Lund replied, “We built every quay ourselves.”'),
    ['Mara Lund'],
  );
  assert.deepEqual(
    speakers('Samantha Lund founded the ferry firm in 1990. Critics say the firm has grown too fast. On Friday, reporters joined Sam Lund on a tour of the harbour. “We built every quay ourselves,” Lund said.'),
    ['Samantha Lund'],
  );
});
