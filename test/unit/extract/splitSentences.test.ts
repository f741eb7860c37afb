import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../extract/splitSentences.ts';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

test('titles, initials and dotted acronyms do not end sentences', () => {
  assert.deepEqual(texts('Mr. Smith met Mrs. Jones and Dr. Who. They talked.'), ['Mr. Smith met Mrs. Jones and Dr. Who.', 'They talked.']);
  assert.deepEqual(texts('The U.S. and the U.K. agreed. Talks resume soon.'), ['The U.S. and the U.K. agreed.', 'Talks resume soon.']);
  assert.deepEqual(texts('J. R. R. Tolkien wrote it. В. В. Путин ответил.'), ['J. R. R. Tolkien wrote it.', 'В. В. Путин ответил.']);
  assert.deepEqual(texts('He flew to the U.S. The trip was short.'), ['He flew to the U.S.', 'The trip was short.']);
});

test('decimals and ellipses', () => {
  assert.deepEqual(texts('Growth was 3.5 per cent. Inflation fell.'), ['Growth was 3.5 per cent.', 'Inflation fell.']);
  assert.deepEqual(texts('We waited... and waited. Then it came… Nothing else.'), ['We waited... and waited.', 'Then it came…', 'Nothing else.']);
});

test('a closing quote belongs to the sentence it closes', () => {
  assert.deepEqual(texts('"We will win," he said. "We always do." She laughed.'), ['"We will win," he said.', '"We always do."', 'She laughed.']);
  assert.deepEqual(texts("'Keep users connected.' It added more."), ["'Keep users connected.'", 'It added more.']);
  assert.deepEqual(texts('“Is it over?” she asked. Yes.'), ['“Is it over?” she asked.', 'Yes.']);
});

test('newlines always end a sentence and offsets index the text', () => {
  const text = 'First line without stop\nSecond line. Third one.\n\nFourth';
  const spans = splitSentences(text);
  assert.deepEqual(spans.map((s) => s.text), ['First line without stop', 'Second line.', 'Third one.', 'Fourth']);
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
});

test('empty input gives no sentences', () => {
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences('   \n\n '), []);
});

test('initials mid-sentence, titles before names, decimals and money, and a quote that ends a sentence', () => {
  assert.deepEqual(texts('Президент В. В. Путин заявил об этом в понедельник. Песков добавил, что решение окончательное.'), [
    'Президент В. В. Путин заявил об этом в понедельник.',
    'Песков добавил, что решение окончательное.',
  ]);
  assert.deepEqual(texts('It grew 2.5 per cent in the U.S. economy, said Dr. Jane Smith. She was right.'), [
    'It grew 2.5 per cent in the U.S. economy, said Dr. Jane Smith.',
    'She was right.',
  ]);
  assert.deepEqual(texts('He met Gov. Abbott and Sen. Cruz in Washington, D.C. on Monday.'), ['He met Gov. Abbott and Sen. Cruz in Washington, D.C. on Monday.']);
  assert.deepEqual(texts('Shares rose to $1.25 a share. Analysts said St. Louis was next.'), ['Shares rose to $1.25 a share.', 'Analysts said St. Louis was next.']);
  assert.deepEqual(texts('The plan was described as “a disaster.” Officials disagreed.'), ['The plan was described as “a disaster.”', 'Officials disagreed.']);
  assert.deepEqual(texts('“Is it over?” she asked. “No.” He left.'), ['“Is it over?” she asked.', '“No.”', 'He left.']);
});

test('a closing mark set off by a space, as tokenised copy prints it, closes the sentence before it', () => {
  assert.deepEqual(texts("\"They were okay. '' Work place killings are rare, police say."), ["\"They were okay. ''", 'Work place killings are rare, police say.']);
  assert.deepEqual(texts('“We left. ” Police arrived.'), ['“We left. ”', 'Police arrived.']);
  assert.deepEqual(texts('He said: "Go. " Then he left.').length, 2);
  assert.deepEqual(texts('He called it "utterly baseless and malicious. " Mr. Kiir has also accused Sudan.'), [
    'He called it "utterly baseless and malicious. "',
    'Mr. Kiir has also accused Sudan.',
  ]);
  // A straight mark with no quote open before it opens the next sentence's quote, printed apart.
  assert.deepEqual(texts('He left. " We will return, " she said.'), ['He left.', '" We will return, " she said.']);
});

test('a full stop after a contraction printed apart ("was n\'t.") ends the sentence: its letter is no initial', () => {
  assert.deepEqual(texts("It was a win, but a pretty one it was n't. Brell admitted as much."), ["It was a win, but a pretty one it was n't.", 'Brell admitted as much.']);
  assert.deepEqual(texts('The memo was signed by J. Brell on Monday.'), ['The memo was signed by J. Brell on Monday.']);
});
