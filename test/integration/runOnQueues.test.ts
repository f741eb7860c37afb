// The queue runner's progress on the real Redis: like the in-process runner's, it names the job a worker is on.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import type { Worker } from 'bullmq';
import { planInputs } from '../../jobs/planInputs.ts';
import { openQueueEvents } from '../../jobs/redisQueues.ts';
import { runOnQueues } from '../../jobs/runOnQueues.ts';
import { startWorkers } from '../../jobs/startWorkers.ts';
import { queuedRuntime, TEST_CORPUS, tempDir } from './services.ts';

describe('runOnQueues', () => {
  const cleanups: Array<() => Promise<void>> = [];
  after(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  test('progress names each job of the run while a worker is on it, and nothing after the run', async () => {
    const { runtime, queues } = await queuedRuntime(cleanups);
    const events = await openQueueEvents(queues);
    cleanups.unshift(async () => {
      await Promise.all(Object.values(events).map((e) => e.close()));
    });
    const workers: Worker[] = startWorkers(runtime.ctx, queues, 1);
    try {
      const files = (await fs.readdir(TEST_CORPUS))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => path.join(TEST_CORPUS, f));
      const plan = await planInputs(files, { maxBytes: 1e6, runId: 'progress' });
      const calls: Array<{ done: number; total: number; current?: string }> = [];
      const report = await runOnQueues(queues, events, plan.jobs, (done, total, current) =>
        calls.push({ done, total, current }),
      );
      assert.deepEqual(report.failures, []);
      const named = new Set(calls.map((c) => c.current).filter((c) => c !== undefined));
      for (const job of plan.jobs) {
        const url = 'url' in job.data ? job.data.url : '';
        assert.ok(
          named.has(`${job.queue} ${url}`),
          `${job.queue} ${url} was named: ${[...named].join(', ')}`,
        );
      }
      assert.ok(
        [...named].every((label) => /^(fetch|extract|dedupe) (file:|article )/.test(label)),
        [...named].join(', '),
      );
      const last = calls.at(-1);
      assert.deepEqual(
        last,
        { done: report.jobsDone, total: report.jobsDone, current: undefined },
        'the last call names no job',
      );
      for (const queue of Object.values(events)) {
        assert.equal(queue.listenerCount('active'), 0, 'the run leaves no listener behind');
      }
    } finally {
      await Promise.all(workers.map((w) => w.close(true)));
    }
  });

  test('a run waiting for more than ten jobs prints no listener warning', async () => {
    const { runtime, queues } = await queuedRuntime(cleanups);
    const folder = await tempDir();
    cleanups.push(folder.remove);
    const files: string[] = [];
    for (let i = 0; i < 12; i++) {
      const file = path.join(folder.dir, `note${i}.txt`);
      await fs.writeFile(
        file,
        `Council note number ${i}\n\nThe council met for the ${i + 1}th time, its clerk Ines Varga said.\n`,
      );
      files.push(file);
    }
    const plan = await planInputs(files, { maxBytes: 1e6, runId: 'many' });
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    // All twelve wait at once before a worker takes the first.
    const running = runtime.run(plan.jobs, { wait: true });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const workers: Worker[] = startWorkers(runtime.ctx, queues, 4);
    try {
      const report = await running;
      assert.deepEqual(report?.failures, []);
      assert.equal(report?.jobsDone, 12);
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(
        warnings.map((w) => w.message),
        [],
      );
    } finally {
      process.off('warning', onWarning);
      await Promise.all(workers.map((w) => w.close(true)));
    }
  });
});
