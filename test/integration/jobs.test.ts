// Failed jobs on the real Redis: a permanent failure is kept, listed with its reason, and sent back on retry.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { Worker } from 'bullmq';
import { checkRedisSettings } from '../../jobs/checkRedisSettings.ts';
import { listFailed, retryFailed } from '../../jobs/failedJobs.ts';
import { planInputs } from '../../jobs/planInputs.ts';
import { connectRedis } from '../../jobs/redisQueues.ts';
import { startWorkers } from '../../jobs/startWorkers.ts';
import { queuedRuntime, TEST_REDIS_URL } from './services.ts';

describe('failed jobs', () => {
  const cleanups: Array<() => Promise<void>> = [];
  after(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  test('a refused address fails for good at once, is listed with its reason, and retry sends it back', async () => {
    const { runtime, queues } = await queuedRuntime(cleanups);
    const workers: Worker[] = startWorkers(runtime.ctx, queues, 1);
    try {
      const plan = await planInputs(['http://127.0.0.1:9/feed.xml'], { maxBytes: 1e6, runId: 'jobs' });
      const report = await runtime.run(plan.jobs, { wait: true });
      assert.equal(report?.failures.length, 1);
      const failed = await listFailed(queues, { limit: 10 });
      assert.equal(failed.length, 1);
      assert.equal(failed[0]?.queue, 'fetch');
      assert.equal(failed[0]?.subject, 'http://127.0.0.1:9/feed.xml');
      assert.match(failed[0]?.error ?? '', /private/i);
      assert.equal(failed[0]?.attempts, 1, 'a permanent error is not retried');
      await assert.rejects(retryFailed(queues, { ids: ['no-such-job'] }), /no failed job/);
      await workers[0]?.pause();
      assert.equal(await retryFailed(queues, { ids: [failed[0]!.id] }), 1);
      assert.equal((await listFailed(queues, { limit: 10 })).length, 0);
      assert.equal(await queues.queues.fetch.getWaitingCount(), 1);
    } finally {
      await Promise.all(workers.map((w) => w.close(true)));
    }
  });

  test('the Redis settings check reads the live configuration', async () => {
    const redis = connectRedis(TEST_REDIS_URL);
    try {
      const policy = ((await redis.call('CONFIG', 'GET', 'maxmemory-policy')) as string[])[1];
      const warnings = await checkRedisSettings(redis);
      assert.equal(warnings.some((w) => /maxmemory-policy/.test(w)), policy !== 'noeviction');
      const aof = ((await redis.call('CONFIG', 'GET', 'appendonly')) as string[])[1];
      assert.equal(warnings.some((w) => /appendonly/.test(w)), aof === 'no');
    } finally {
      redis.disconnect();
    }
  });
});
