import type { PrivatePostgres, PrivateRedis } from './privateServers.ts';
import type { JobRef, QueueProbe } from './queueProbe.ts';
import { createRandom } from './random.ts';
import { waitFor } from './runCommand.ts';
import type { WorkerPool } from './workerPool.ts';

/** One fault the test caused, with what was in flight when it hit. */
export interface Fault {
  kind: 'kill' | 'redis restart' | 'postgres restart';
  detail: string;
  /** When the fault began, and when the server was back (a kill: the same instant). */
  at: number;
  upAt: number;
  /** Jobs waiting, active or delayed when it hit: a fault on an idle system proves nothing. */
  pending: number;
  /** Jobs active at a kill: the killed worker's are among them, left for stalled-job recovery. */
  active: JobRef[];
  slot?: number;
}

export interface FaultPlan {
  kills: number;
  /** Pause before each kill, drawn between these bounds (ms). */
  everyMs: readonly [number, number];
  seed: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Kills a random running worker with SIGKILL every few seconds (the pool restarts it), and restarts Redis
 * after a third of the kills and PostgreSQL after two thirds.
 */
export async function runFaults(
  plan: FaultPlan,
  services: { pool: WorkerPool; redis: PrivateRedis; postgres: PrivatePostgres; probe: QueueProbe },
  onFault: (fault: Fault) => void,
): Promise<Fault[]> {
  const random = createRandom(plan.seed);
  const faults: Fault[] = [];
  const record = (fault: Fault) => {
    faults.push(fault);
    onFault(fault);
  };
  const redisAfter = Math.floor(plan.kills / 3);
  const postgresAfter = Math.floor((2 * plan.kills) / 3);
  for (let i = 0; i < plan.kills; i++) {
    await sleep(random.int(plan.everyMs[0], plan.everyMs[1]));
    await waitFor('a running worker to kill', async () => services.pool.readySlots().length > 0, 120_000, 100);
    // A kill on an idle system proves nothing: wait for work in flight (the feeds arrive over time).
    await waitFor('jobs in flight', async () => (await services.probe.pending()) > 0, 30_000, 100).catch(() => undefined);
    const slot = random.pick(services.pool.readySlots());
    const at = Date.now();
    const run = services.pool.kill(slot);
    const [pending, active] = [await services.probe.pending(), await services.probe.active()];
    record({ kind: 'kill', detail: `worker pid ${run.pid} (slot ${slot})`, at, upAt: at, pending, active, slot });
    if (i === redisAfter) {
      await sleep(random.int(plan.everyMs[0], plan.everyMs[1]));
      const pendingNow = await services.probe.pending();
      const { downAt, upAt } = await services.redis.restart();
      record({ kind: 'redis restart', detail: 'redis-cli shutdown (AOF), start', at: downAt, upAt, pending: pendingNow, active: [] });
    }
    if (i === postgresAfter) {
      await sleep(random.int(plan.everyMs[0], plan.everyMs[1]));
      const pendingNow = await services.probe.pending();
      const at = Date.now();
      await services.postgres.restart();
      record({ kind: 'postgres restart', detail: 'pg_ctl restart -m fast', at, upAt: Date.now(), pending: pendingNow, active: [] });
    }
  }
  return faults;
}

/** How long the system took to get going again after a fault. */
export interface Recovery {
  fault: Fault;
  /** Until the next job completed after the fault (after the server was back, for a restart). */
  resumedMs: number | null;
  /** Until every job active at a kill had finished (the killed worker's through stalled-job recovery). */
  orphansDoneMs: number | null;
  /** Until the worker started in the killed one's place was running. */
  workerBackMs: number | null;
}

/** Times the recovery from each fault, from the jobs' finish times recorded in Redis. */
export async function measureRecovery(faults: readonly Fault[], probe: QueueProbe, pool: WorkerPool): Promise<Recovery[]> {
  const completions = await probe.completionTimes();
  const nextCompletion = (after: number) => completions.find((t) => t >= after) ?? null;
  const recoveries: Recovery[] = [];
  for (const fault of faults) {
    const next = nextCompletion(fault.upAt);
    let orphansDoneMs: number | null = null;
    if (fault.active.length > 0) {
      const finished = await Promise.all(fault.active.map((job) => probe.finishedOn(job)));
      orphansDoneMs = finished.some((t) => t === null) ? null : Math.max(...(finished as number[])) - fault.at;
    }
    const successor = pool.runs.find((r) => r.slot === fault.slot && r.startedAt > fault.at);
    recoveries.push({
      fault,
      resumedMs: next === null ? null : next - fault.at,
      orphansDoneMs: fault.kind === 'kill' ? orphansDoneMs : null,
      workerBackMs: successor?.readyAt ? successor.readyAt - fault.at : null,
    });
  }
  return recoveries;
}
