import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeText, tokenize, tokenizeNormalized } from '../../../dedupe/normalizeText.ts';

test('tokenizeNormalized: the words tokenize makes, from the text normalised once (a contraction printed apart too)', () => {
  const texts = [
    '“We’ll rebuild the pier,” the harbour master said on Monday, and 5,000 volunteers signed up.',
    "The mayor said she does n't expect the ferry to run before 3.5 p.m. I 'm sure of it.",
    '',
    'Colour and jewellery: 12% of $4 000 went to the co-op.',
  ];
  for (const text of texts) assert.deepEqual(tokenizeNormalized(text, normalizeText(text)), tokenize(text));
});
