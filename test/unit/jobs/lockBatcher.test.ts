import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LockBatcher } from '../../../jobs/lockBatcher.ts';
import type { Db, Queryable, TransactionOptions } from '../../../store/db.ts';

/**
 * A database whose transactions run their function on a dummy connection; `transactions` counts them, `begins` keeps
 * the statement each was asked to send with its BEGIN.
 */
function workingDb(): Db & { transactions: number; begins: Array<string | undefined> } {
  const tx = {} as Queryable;
  const db = {
    kind: 'postgres' as const,
    location: 'memory',
    transactions: 0,
    begins: [] as Array<string | undefined>,
    query: () => Promise.reject(new Error('not used')),
    transaction: <T>(fn: (tx: Queryable) => Promise<T>, options?: TransactionOptions) => {
      db.transactions += 1;
      db.begins.push(options?.begin);
      return fn(tx);
    },
    exec: () => Promise.reject(new Error('not used')),
    close: () => Promise.resolve(),
  };
  return db;
}

/** Doubles numbers; under the lock, a negative number fails (its batch with it), alone it fails on its own. */
class Doubler extends LockBatcher<number, number> {
  readonly handledAlone: number[] = [];
  constructor(db: Db, limit: number) {
    super(
      db,
      {
        lock: 'SELECT pg_advisory_xact_lock(1)',
        inLock: (_tx, n) => (n < 0 ? Promise.reject(new Error(`bad ${n}`)) : Promise.resolve(2 * n)),
        alone: (n) => {
          this.handledAlone.push(n);
          return n < 0 ? Promise.reject(new Error(`bad ${n}`)) : Promise.resolve(2 * n);
        },
      },
      limit,
    );
  }
  double(n: number): Promise<number> {
    return this.add(n);
  }
}

test('items waiting together are handled in batches of at most the limit, each with its own result', async () => {
  const db = workingDb();
  const batcher = new Doubler(db, 2);
  assert.deepEqual(await Promise.all([1, 2, 3, 4, 5].map((n) => batcher.double(n))), [2, 4, 6, 8, 10]);
  assert.equal(db.transactions, 3);
  // Each batch takes its lock in the round trip of its BEGIN.
  assert.deepEqual(db.begins, Array(3).fill('SELECT pg_advisory_xact_lock(1)'));
  assert.deepEqual(batcher.handledAlone, []);
});

test('a failed batch is handled again item by item, so that only the failing item rejects', async () => {
  const batcher = new Doubler(workingDb(), 8);
  const results = await Promise.allSettled([1, -2, 3].map((n) => batcher.double(n)));
  assert.deepEqual(
    results.map((r) => (r.status === 'fulfilled' ? r.value : String((r.reason as Error).message))),
    [2, 'bad -2', 6],
  );
  // The batch stopped at the failing item: the items before it and that item are handled alone, the item after it
  // waits for the next batch, under the lock.
  assert.deepEqual(batcher.handledAlone, [1, -2]);
});

test('each item is told the item its batch handles next: none for a batch\'s last, none after a failed batch', async () => {
  const seen: Array<[number, number | undefined]> = [];
  const batcher = new (class extends LockBatcher<number, number> {
    constructor() {
      super(
        workingDb(),
        {
          lock: 'SELECT pg_advisory_xact_lock(1)',
          inLock: (_tx, n, following) => {
            seen.push([n, following]);
            return n < 0 ? Promise.reject(new Error(`bad ${n}`)) : Promise.resolve(n);
          },
          alone: (n) => (n < 0 ? Promise.reject(new Error(`bad ${n}`)) : Promise.resolve(n)),
        },
        2,
      );
    }
    run(n: number) {
      return this.add(n);
    }
  })();
  await Promise.allSettled([1, 2, 3, -4, 5].map((n) => batcher.run(n)));
  // Batches of two: [1, 2] (1 was taken before 2 waited, so told nothing; 2 is the limit's last), [3, -4] (fails; -4 is
  // the limit's last), then [5] in a batch of its own. What a placement recorded for its `following` item rolls back
  // with a failed batch, and the following item waits for the next batch.
  assert.deepEqual(seen, [
    [1, undefined],
    [2, undefined],
    [3, -4],
    [-4, undefined],
    [5, undefined],
  ]);
});
