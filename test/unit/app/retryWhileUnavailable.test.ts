import assert from 'node:assert/strict';
import { test } from 'node:test';
import { retryWhileUnavailable } from '../../../app/retryWhileUnavailable.ts';
import { DatabaseUnavailableError } from '../../../store/errors.ts';

const quietly = async <T>(fn: () => Promise<T>): Promise<T> => {
  const write = process.stderr.write;
  process.stderr.write = () => true;
  try {
    return await fn();
  } finally {
    process.stderr.write = write;
  }
};

test('a database that is unreachable for a while is waited for; other errors and a long outage pass through', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'Date'], now: 0 });
  const flaky = (failures: number, error: () => Error) => {
    let calls = 0;
    return async () => {
      calls++;
      if (calls <= failures) throw error();
      return calls;
    };
  };
  const down = () => new DatabaseUnavailableError('cannot reach PostgreSQL: the database system is starting up');
  const tick = async (promise: Promise<unknown>) => {
    let settled = false;
    void promise.then(() => (settled = true), () => (settled = true));
    for (let i = 0; i < 100 && !settled; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      t.mock.timers.tick(1_000);
    }
    return promise;
  };
  assert.equal(await quietly(() => tick(retryWhileUnavailable(flaky(2, down), 60_000))), 3);
  await assert.rejects(quietly(() => tick(retryWhileUnavailable(flaky(100, down), 20_000))), DatabaseUnavailableError);
  await assert.rejects(retryWhileUnavailable(flaky(1, () => new TypeError('a bug')), 60_000), TypeError);
  await assert.rejects(quietly(() => retryWhileUnavailable(flaky(1, down), 0)), DatabaseUnavailableError);
});
