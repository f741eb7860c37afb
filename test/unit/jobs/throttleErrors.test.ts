import assert from 'node:assert/strict';
import { test } from 'node:test';
import { throttleErrors } from '../../../jobs/redisQueues.ts';

test('one error per interval is passed on, with the count held back since the last', (t) => {
  t.mock.timers.enable({ apis: ['Date'], now: 1_000_000 });
  const seen: Array<[string, number]> = [];
  const report = throttleErrors((error, heldBack) => seen.push([error.message, heldBack]), 10_000);
  report(new Error('refused 1'));
  for (let i = 0; i < 50; i++) report(new Error('refused again'));
  t.mock.timers.tick(10_000);
  report(new Error('refused 2'));
  report(new Error('refused 3'));
  assert.deepEqual(seen, [
    ['refused 1', 0],
    ['refused 2', 50],
  ]);
});
