import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { tokenize } from '../../../extract/tokenize.ts';

test('an ampersand between capitals with no space is inside a name ("K&B", "AT&T"); one set off by spaces is not', () => {
  assert.deepEqual(
    tokenize('K&B staff met AT&T and Lowe & Sons').map((t) => t.text),
    ['K&B', 'staff', 'met', 'AT&T', 'and', 'Lowe', '&', 'Sons'],
  );
});

test('a speaker described with a company printed with an ampersand is found ("one K&B Leeds employee told ...")', () => {
  const text = 'The ferry sank on Monday. “We are shocked, Ada was a friend to us,” one K&B Leeds employee told the Harbour Gazette.';
  const quote = extractMentions(text).mentions.find((m) => m.kind === 'quote');
  assert.equal(quote?.speakerRaw, 'one K&B Leeds employee');
});
