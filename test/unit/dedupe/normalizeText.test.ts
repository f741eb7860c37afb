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

test('figures tokenised copy and house styles print apart are one: "1, 500", "$ US1", "10 a. m." and "4.37pm"', () => {
  const same = (a: string, b: string) => assert.deepEqual(tokenize(a), tokenize(b), `${a} / ${b}`);
  same('about 1, 500 homes were flooded', 'about 1,500 homes were flooded');
  same('the levy raised $ US2 million', 'the levy raised $2 million');
  same('the levy raised US$2 million', 'the levy raised $ 2 million');
  same('the ferry left at 10 a. m. sharp', 'the ferry left at 10am sharp');
  same('the ferry left at 4:37 p.m. sharp', 'the ferry left at 4.37pm sharp');
  // Not a day and a count, a year and a count, a compound's number and a weight, nor a pronoun before a sum.
  assert.deepEqual(tokenize('On May 3, 500 people came'), ['on', 'may', '3', '500', 'people', 'came']);
  assert.deepEqual(tokenize('In 2003, 500 people came'), ['in', '2003', '500', 'people', 'came']);
  assert.deepEqual(tokenize('he is 5 - foot - 8, 135 pounds'), ['he', 'is', '5', 'foot', '8', '135', 'pounds']);
  assert.deepEqual(tokenize('they paid us $5'), ['they', 'paid', 'us', '$5']);
});

test('a contraction whose apostrophe a tokenised copy prints apart on both sides is the contraction ("couldn ’ t")', () => {
  const same = (a: string, b: string) => assert.deepEqual(tokenize(a), tokenize(b), `${a} / ${b}`);
  same('the ferryman couldn ’ t see the buoy from the pier', "the ferryman couldn't see the buoy from the pier");
  same("the pier wasn ' t open and the harbour ’ s gate was shut", "the pier wasn't open and the harbour's gate was shut");
  // Quote marks around a word, or a lone "t" after another word, are no contraction.
  assert.deepEqual(tokenize("the 'old ' pier"), ['the', 'old', 'pier']);
  assert.deepEqual(tokenize("he said ' t was so"), ['he', 'said', 't', 'was', 'so']);
});
