import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMentions } from '../../../extract/extractMentions.ts';

const quoteOf = (text: string, words: string) =>
  extractMentions(text).mentions.find((m) => m.kind === 'quote' && m.text.startsWith(words));

test('"he said, \'...\'" inside a quote that opens its paragraph is the man the paragraph before named', () => {
  const text =
    'Anna Roe, who ran the port board until May, said the minister called Tom McAllister about the harbour in 2019.\n\n' +
    '"At our first meeting, he said, \'The old plan has failed; we will build a new one,\'" Roe recalled in an interview.';
  assert.equal(quoteOf(text, 'The old plan has failed')?.speaker, 'Tom McAllister', text);
});

test('"he" inside a quote is a man whose surname has a capital inside it ("McAllister")', () => {
  const text =
    'Anna Roe said she had met Tom McAllister at the docks in 2019. "Then he said, \'We can fix the docks this year,\'" Roe recalled.';
  assert.equal(quoteOf(text, 'We can fix the docks')?.speaker, 'Tom McAllister', text);
});
