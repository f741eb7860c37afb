import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFromText } from '../../../extract/articleFromText.ts';
import { rawOffsets } from '../../eval/rawOffsets.ts';

const RAW = '\uFEFFKremlin weighs a WhatsApp ban\r\n\r\n  “We have no\t information,”  Mr Peskov said.\r\n\r\nThe decision rests with   the regulator.\r\n';

test('a span of the ingested article text maps back to the same words in the raw file', () => {
  const article = articleFromText(RAW, 'file:///peskov.txt');
  assert.equal(article.title, 'Kremlin weighs a WhatsApp ban');
  const toRaw = rawOffsets(RAW, article.text);
  for (const words of ['We have no information', 'Mr Peskov said', 'the regulator', 'The decision rests with the regulator.']) {
    const start = article.text.indexOf(words);
    assert.ok(start >= 0, words);
    const span = toRaw({ start, end: start + words.length });
    assert.equal(RAW.slice(span.start, span.end).replace(/\s+/g, ' '), words);
  }
});

test('a file whose first line is body copy keeps it; a text that is not the file is an error', () => {
  const raw = 'He said it was over.\nShe agreed.';
  const article = articleFromText(raw, 'file:///a.txt');
  assert.equal(article.title, null);
  const span = rawOffsets(raw, article.text)({ start: article.text.indexOf('She'), end: article.text.length });
  assert.equal(raw.slice(span.start, span.end), 'She agreed.');
  assert.throws(() => rawOffsets(raw, 'He said it was not over.'), /not the file text/);
});

test('a headline taken from under a label ("SHARE") maps back past the label and the headline', () => {
  const raw = 'SHARE\n\nFerry Crews Walk Out Over Pay\n\nThe crews  left at noon, the union said.\n';
  const article = articleFromText(raw, 'file:///ferry.txt');
  assert.equal(article.title, 'Ferry Crews Walk Out Over Pay');
  assert.throws(() => rawOffsets(raw, article.text), /not the file text/);
  const toRaw = rawOffsets(raw, article.text, article.title);
  for (const words of ['SHARE', 'the union said']) {
    const start = article.text.indexOf(words);
    const span = toRaw({ start, end: start + words.length });
    assert.equal(raw.slice(span.start, span.end).replace(/\s+/g, ' '), words);
  }
});
