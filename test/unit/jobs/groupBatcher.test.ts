import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GroupBatcher } from '../../../jobs/groupNearDuplicates.ts';
import { downDb } from './downDb.ts';

test(
  'a grouping batch whose transaction fails before taking an article rejects the waiting articles once, no retry loop',
  { timeout: 5000 },
  async () => {
    const db = downDb();
    const batcher = new GroupBatcher(db);
    const results = await Promise.allSettled(['1', '2', '3'].map((id) => batcher.group({ id, signature: [1, 2, 3] })));
    assert.deepEqual(
      results.map((r) => (r.status === 'rejected' ? String((r.reason as Error).message) : 'grouped')),
      ['connect ECONNREFUSED', 'connect ECONNREFUSED', 'connect ECONNREFUSED'],
    );
    assert.equal(db.attempts, 1);
  },
);
