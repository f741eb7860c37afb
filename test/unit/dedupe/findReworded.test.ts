import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findReworded } from '../../../dedupe/findReworded.ts';

describe('findReworded', () => {
  const quote = 'If the Meta corporation fulfills this and enters into dialogue with Russian authorities, then we have the possibility of reaching an agreement';
  const part = 'enters into dialogue with Russian authorities, then we have the possibility of reaching an agreement';
  const carrying = 'Peskov said that “then we have the possibility of reaching an agreement” with Meta';
  const reworded = 'there was a possibility of reaching an agreement if Meta entered into dialogue with the Russian authorities';

  test('a part, a statement carrying the words and the words themselves print them; another wording reports them', () => {
    assert.deepEqual([...findReworded(quote, [quote, part, carrying, reworded])], [reworded]);
  });

  test('whichever order the wordings come in, and through another wording that prints the words', () => {
    assert.deepEqual([...findReworded(part, [reworded, carrying, quote])], [reworded]);
  });

  test('a claim of one wording has nothing reworded', () => {
    assert.deepEqual([...findReworded(quote, [quote])], []);
  });
});
