import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundedMemo } from '../../boundedMemo.ts';

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
