import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundedMemo, boundedPairCache } from '../../boundedMemo.ts';

test('a bounded memo makes each value once, and starts again beyond its limit', () => {
  const made: string[] = [];
  const length = boundedMemo(2, (text) => {
    made.push(text);
    return { length: text.length };
  });
  const first = length('alpha');
  assert.equal(length('alpha'), first, 'the same object, not made again');
  length('beta');
  assert.deepEqual(made, ['alpha', 'beta']);
  length('gamma'); // the third forgets the first two
  assert.notEqual(length('alpha'), first);
  assert.deepEqual(made, ['alpha', 'beta', 'gamma', 'alpha']);
  assert.deepEqual(length('alpha'), { length: 5 });
});

test('a bounded pair cache makes the value of each pair once, in order of its keys, and starts again beyond its limit', () => {
  const made: string[] = [];
  const joined = boundedPairCache<{ text: string }>(2);
  const join = (a: string, b: string) =>
    joined(a, b, () => {
      made.push(`${a}+${b}`);
      return { text: a + b };
    });
  const first = join('ab', 'c');
  assert.equal(join('ab', 'c'), first, 'the same object, not made again');
  assert.deepEqual(join('a', 'bc'), { text: 'abc' }, 'another pair, though the keys run together alike');
  assert.deepEqual(join('c', 'ab'), { text: 'cab' }, 'the order of the keys counts');
  assert.deepEqual(made, ['ab+c', 'a+bc', 'c+ab']);
  assert.notEqual(join('ab', 'c'), first, 'the third pair forgot the first two');
});
