import { ConfigError } from '../../errors.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import { checkDatabaseSettings } from '../../jobs/checkDatabaseSettings.ts';
import { checkRedisSettings } from '../../jobs/checkRedisSettings.ts';
import { syncFeedSchedulers } from '../../jobs/feedSchedulers.ts';
import * as store from '../../store/index.ts';
import { createMetrics } from '../../jobs/metrics.ts';
import { startOpsServer } from '../../jobs/startOpsServer.ts';
import { startWorkers } from '../../jobs/startWorkers.ts';
import { workerFetchAgent } from '../../jobs/processFetch.ts';
import { startExtractionThreads } from '../../jobs/startExtractionThreads.ts';
import type { Concurrency } from '../../jobs/startWorkers.ts';
import { note, plural } from '../output.ts';
import { retryWhileUnavailable } from '../retryWhileUnavailable.ts';

/**
 * Runs the stage workers until SIGTERM or SIGINT, then lets active jobs finish (up to a grace period)
 * and closes cleanly. A second signal exits at once.
 * @throws ConfigError without REDIS_URL.
 */
export async function workerCommand(
  runtime: Runtime,
  concurrency: Concurrency,
  options: { metricsPort?: number; metricsHost: string; graceMs?: number; waitForDatabaseMs?: number } = { metricsHost: '127.0.0.1' },
): Promise<void> {
  const graceMs = options.graceMs ?? 30_000;
  if (!runtime.queues) throw new ConfigError('REDIS_URL: claims worker needs Redis (set REDIS_URL=redis://host:6379)');
  for (const warning of await checkRedisSettings(runtime.queues.connection)) note(`warning: ${warning}`);
  const queues = runtime.queues;
  // A database restarting while the worker starts costs a wait, not the worker.
  const scheduled = await retryWhileUnavailable(
    async () => syncFeedSchedulers(queues, await store.feeds.listSubscribed(runtime.db)),
    options.waitForDatabaseMs ?? 0,
  );
  if (scheduled > 0) note(`scheduled ${plural(scheduled, 'feed')} that had no job scheduler`);
  for (const warning of await checkDatabaseSettings(runtime.db)) note(`warning: ${warning}`);
  const metrics = createMetrics(runtime.queues);
  const ops =
    options.metricsPort === undefined
      ? null
      : await startOpsServer({ port: options.metricsPort, host: options.metricsHost, metrics, db: runtime.db, queues: runtime.queues });
  if (ops) note(`metrics at ${ops.url}/metrics, health at ${ops.url}/healthz`);
  // Extraction in threads: the event loop stays free for the statements of open transactions (README, e2e).
  const threads =
    runtime.config.extractThreads > 0 ? startExtractionThreads(runtime.config.extractThreads, runtime.config.dedupeThreads, runtime.config.extractNice) : null;
  // One agent for the worker's fetches: a page reuses its outlet's open connection (within the host limits).
  const agent = workerFetchAgent(runtime.ctx);
  const ctx = threads
    ? {
        ...runtime.ctx,
        metrics,
        fetchAgent: agent,
        extractMentions: threads.extractMentions,
        extractPage: threads.extractPage,
        // The dedupe stage's planning and regrouping too, with CLAIMS_DEDUPE_THREADS (README, e2e).
        ...(threads.planMerges ? { planMerges: threads.planMerges } : {}),
        ...(threads.regroupNeighbourhood ? { regroupNeighbourhood: threads.regroupNeighbourhood } : {}),
      }
    : { ...runtime.ctx, metrics, fetchAgent: agent };
  const workers = startWorkers(ctx, runtime.queues, concurrency);
  for (const worker of workers) worker.on('error', runtime.queues.onError);
  await Promise.all(workers.map((w) => w.waitUntilReady()));
  const per = typeof concurrency === 'number' ? `${concurrency} per queue` : JSON.stringify(concurrency);
  note(`worker ${process.pid} running (concurrency ${per}; ${runtime.db.kind} database)`);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      note(`worker ${process.pid}: ${signal} received, finishing active jobs`);
      process.once('SIGINT', () => process.exit(130));
      process.once('SIGTERM', () => process.exit(143));
      resolve();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  const closing = Promise.all(workers.map((w) => w.close()));
  const timeout = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
  await Promise.race([closing, timeout]);
  await Promise.all(workers.map((w) => w.close(true)));
  await threads?.close();
  await agent.destroy();
  await ops?.close();
  note(`worker ${process.pid} stopped`);
}
