import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseConcurrency, totalConcurrency } from '../../../jobs/startWorkers.ts';

describe('worker concurrency', () => {
  test('one number for every queue, or queue=number pairs over a default', () => {
    assert.equal(parseConcurrency('6', 4), 6);
    assert.deepEqual(parseConcurrency('fetch=8, dedupe=1', 4), { default: 4, fetch: 8, dedupe: 1 });
  });

  test('an unknown queue, a zero or a word is refused with the accepted form', () => {
    assert.throws(() => parseConcurrency('0', 4), /at least 1/);
    assert.throws(() => parseConcurrency('fecth=2', 4), /queue=number.*fecth=2/);
    assert.throws(() => parseConcurrency('fetch=0', 4), /fetch=0/);
    assert.throws(() => parseConcurrency('many', 4), /many/);
  });

  test('the jobs a worker may run at once add up over its three queues (its database pool is sized by it)', () => {
    assert.equal(totalConcurrency(4), 12);
    assert.equal(totalConcurrency(parseConcurrency('fetch=8,dedupe=1', 2)), 11);
  });
});
