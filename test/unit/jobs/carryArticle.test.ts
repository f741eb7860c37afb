import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { carryArticle } from '../../../jobs/carryArticle.ts';
import type { CarriedArticle, FollowUp, StageResult } from '../../../jobs/jobTypes.ts';

const article: CarriedArticle['article'] = {
  id: 'a1',
  url: 'https://paper.example/harbour-toll',
  title: 'Harbour toll rises',
  outlet: 'Paper',
  publishedAt: null,
  text: 'The harbour master said the toll would rise.',
  contentHash: 'h1',
  extractedHash: null,
  dedupedHash: null,
};
const data = { articleId: 'a1', contentHash: 'h1' };
const extract: FollowUp = { queue: 'extract', id: 'extract-a1', data, carried: { article } };
const dedupe: FollowUp = { queue: 'dedupe', id: 'dedupe-a1', data, carried: { article, unmerged: [] } };

describe('carryArticle', () => {
  test('a follow-up handed on with its article runs in the job, and its own follow-ups after it', async () => {
    const ran: string[] = [];
    const run = async (next: FollowUp): Promise<StageResult> => {
      ran.push(next.id);
      return next.queue === 'extract' ? { stats: { mentions: 3 }, next: [dedupe] } : { stats: { claimsNew: 2 }, next: [] };
    };
    const done = await carryArticle({ stats: { articlesNew: 1 }, next: [extract] }, run, () => assert.fail('nothing fails'));
    assert.deepEqual(ran, ['extract-a1', 'dedupe-a1']);
    assert.deepEqual(done.next, []);
    assert.equal(done.stats.articlesNew, 1);
    assert.equal(done.stats.mentions, 3);
    assert.equal(done.stats.claimsNew, 2);
  });

  test('a follow-up without its article in memory goes to its queue', async () => {
    const fetch: FollowUp = { queue: 'fetch', id: 'fetch-b', data: { url: 'https://paper.example/b' } };
    const done = await carryArticle({ stats: {}, next: [fetch] }, () => assert.fail('not run here'), () => undefined);
    assert.deepEqual(done.next, [fetch]);
  });

  test('a carried stage that fails goes to its queue without the rows held here, the others go on', async () => {
    const failures: string[] = [];
    const other: FollowUp = { ...extract, id: 'extract-a2' };
    const run = async (next: FollowUp): Promise<StageResult> => {
      if (next.id === 'extract-a1') throw new Error('the database went away');
      return { stats: { mentions: 1 }, next: [] };
    };
    const done = await carryArticle({ stats: {}, next: [extract, other] }, run, (next) => failures.push(next.id));
    assert.deepEqual(failures, ['extract-a1']);
    assert.deepEqual(done.next, [{ queue: 'extract', id: 'extract-a1', data }]);
    assert.equal(done.stats.mentions, 1);
  });
});
