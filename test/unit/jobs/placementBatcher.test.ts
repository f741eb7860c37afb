import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PlacementBatcher } from '../../../jobs/placeStory.ts';
import type { ArticleForStory } from '../../../jobs/placeStory.ts';
import { downDb } from './downDb.ts';

test(
  'a batch whose transaction fails before taking an article rejects the waiting articles once, no retry loop',
  { timeout: 5000 },
  async () => {
    const db = downDb();
    const batcher = new PlacementBatcher(db);
    const article = (id: string): ArticleForStory => ({
      id,
      title: 'Ferry fares rise',
      text: 'The Dunmore ferry will cost more from May, the operator said.',
      publishedAt: null,
      groupId: id,
    });
    const results = await Promise.allSettled([batcher.place(article('1')), batcher.place(article('2'))]);
    assert.deepEqual(
      results.map((r) => (r.status === 'rejected' ? String((r.reason as Error).message) : 'placed')),
      ['connect ECONNREFUSED', 'connect ECONNREFUSED'],
    );
    assert.equal(db.attempts, 1);
  },
);
