import { claimsCli, failedJobs, isDrained } from './claimsCli.ts';
import type { ClaimsCli, StatusReport } from './claimsCli.ts';
import type { Corpus } from './generateCorpus.ts';
import type { PrivatePostgres, PrivateRedis } from './privateServers.ts';
import { openQueueProbe } from './queueProbe.ts';
import { measureRecovery, runFaults } from './runFaults.ts';
import type { Fault, FaultPlan, Recovery } from './runFaults.ts';
import { runChecked, waitFor } from './runCommand.ts';
import { startWorkerPool } from './workerPool.ts';
import type { WorkerRun } from './workerPool.ts';

export interface RunSetup {
  label: string;
  repoRoot: string;
  corpus: Corpus;
  databaseUrl: string;
  redis: PrivateRedis;
  postgres: PrivatePostgres;
  env: NodeJS.ProcessEnv;
  logDir: string;
  workers: number;
  /** Null for a clean run. */
  faults: FaultPlan | null;
  /** Feeds are ingested one after another over this long, so that faults find work in flight. */
  ingestSpreadMs: number;
  deadline: number;
  /** Registers what to undo if the test stops early. */
  onCleanup(fn: () => Promise<unknown>): void;
  log(line: string): void;
}

export interface RunOutcome {
  cli: ClaimsCli;
  startedAt: number;
  durationMs: number;
  faults: Fault[];
  recoveries: Recovery[];
  workerRuns: WorkerRun[];
  ingestRetries: number;
  status: StatusReport | null;
  failedJobs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `claims ingest URL` as a cron job would run it: again after a failure (a server restarting), a few times. */
async function ingestFeed(cli: ClaimsCli, url: string, log: (line: string) => void): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const result = await cli.run(['ingest', url], 60_000).catch((error: Error) => ({ code: -1, stdout: '', stderr: error.message }));
    if (result.code === 0) return attempt;
    if (attempt === 20) throw new Error(`claims ingest ${url} kept failing: ${result.stderr.trim()}`);
    log(`  ingest ${url} failed (${result.stderr.trim().split('\n').pop()}); again in 1 s`);
    await sleep(1000);
  }
}

/**
 * Processes the corpus through `claims worker` processes on one database and queue prefix, with or without
 * faults, and waits until every queue is drained.
 * @throws Error when the queues do not drain before the deadline.
 */
export async function processCorpus(setup: RunSetup): Promise<RunOutcome> {
  const env = { ...setup.env, DATABASE_URL: setup.databaseUrl, CLAIMS_QUEUE_PREFIX: setup.label };
  const cli = claimsCli(setup.repoRoot, env);
  await runChecked(process.execPath, ['bin/claims.js', 'migrate'], { env, cwd: setup.repoRoot });
  const pool = startWorkerPool({ size: setup.workers, repoRoot: setup.repoRoot, env, logDir: setup.logDir, restartDelayMs: 500 });
  setup.onCleanup(() => pool.stop(1000));
  const probe = openQueueProbe(setup.redis.url, setup.label);
  setup.onCleanup(async () => probe.close());
  await waitFor(`${setup.workers} worker(s) running`, async () => pool.readySlots().length === setup.workers, 120_000, 100);

  const startedAt = Date.now();
  const gap = setup.ingestSpreadMs / Math.max(1, setup.corpus.feeds.length - 1);
  const ingesting = (async () => {
    let retries = 0;
    for (const [i, feed] of setup.corpus.feeds.entries()) {
      if (i > 0) await sleep(gap);
      retries += await ingestFeed(cli, feed.url, setup.log);
    }
    return retries;
  })();
  const faulting = setup.faults
    ? runFaults(setup.faults, { pool, redis: setup.redis, postgres: setup.postgres, probe }, (f) =>
        setup.log(`  ${((f.at - startedAt) / 1000).toFixed(1)} s: ${f.kind}: ${f.detail}; ${f.pending} job(s) pending`),
      )
    : Promise.resolve([]);
  const [ingestRetries, faults] = await Promise.all([ingesting, faulting]);

  let status: StatusReport | null = null;
  await waitFor(
    `the ${setup.label} run's queues to drain`,
    async () => isDrained((status = await cli.status())),
    Math.max(0, setup.deadline - Date.now()),
    1000,
  );
  const durationMs = Date.now() - startedAt;
  await pool.stop();
  const recoveries = await measureRecovery(faults, probe, pool);
  probe.close();
  return { cli, startedAt, durationMs, faults, recoveries, workerRuns: pool.runs, ingestRetries, status, failedJobs: failedJobs(status) };
}
