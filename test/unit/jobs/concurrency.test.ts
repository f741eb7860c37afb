import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadConfig } from '../../../jobs/config.ts';
import { defaultConcurrency, parseConcurrency, totalConcurrency } from '../../../jobs/startWorkers.ts';

describe('worker concurrency', () => {
  test('one number for every queue, or queue=number pairs over a default', () => {
    assert.equal(parseConcurrency('6', 4), 6);
    assert.deepEqual(parseConcurrency('fetch=8, dedupe=1', 4), { default: 4, fetch: 8, dedupe: 1 });
  });

  test('by default the dedupe queue takes its own number and the fetch queue twice it, also when --concurrency names only other queues', () => {
    const fallback = defaultConcurrency(4, 16);
    // A fetch job carries its article on to the merge: it is a dedupe job as well, and fetches and extracts meanwhile.
    assert.deepEqual(fallback, { default: 4, fetch: 32, dedupe: 16 });
    assert.deepEqual(parseConcurrency('fetch=8', fallback), { default: 4, fetch: 8, dedupe: 16 });
    assert.deepEqual(parseConcurrency('dedupe=2', fallback), { default: 4, fetch: 32, dedupe: 2 });
    // One number is every queue's, the dedupe queue's too.
    assert.equal(parseConcurrency('3', fallback), 3);
    assert.equal(totalConcurrency(fallback), 52);
  });

  test('the dedupe queue runs 16 jobs at once unless CLAIMS_DEDUPE_CONCURRENCY says otherwise', () => {
    assert.equal(loadConfig({}).dedupeConcurrency, 16);
    assert.equal(loadConfig({ CLAIMS_DEDUPE_CONCURRENCY: '6' }).dedupeConcurrency, 6);
    assert.throws(() => loadConfig({ CLAIMS_DEDUPE_CONCURRENCY: '0' }), /CLAIMS_DEDUPE_CONCURRENCY/);
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
