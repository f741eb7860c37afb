import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** One run of a worker process, from spawn to exit. */
export interface WorkerRun {
  slot: number;
  pid: number;
  startedAt: number;
  /** When it printed that it was running (its queues connected). */
  readyAt: number | null;
  exitedAt: number | null;
  /** How it ended: killed by the test, stopped at the end, or on its own (a crash). */
  end: 'killed' | 'stopped' | 'crashed' | null;
  exitCode: number | null;
  log: string;
}

export interface WorkerPool {
  runs: WorkerRun[];
  /** SIGKILLs the worker in a slot and starts a new one in it after `restartDelayMs`. */
  kill(slot: number): WorkerRun;
  /** Slots whose worker is up and running (connected), and not being killed. */
  readySlots(): number[];
  /** Workers that exited on their own; each was restarted. */
  crashes(): WorkerRun[];
  /** SIGTERM to every worker (graceful), SIGKILL to those still running after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts `size` `claims worker` processes and keeps them running, as a supervisor (systemd, Kubernetes)
 * would: a worker that dies, by the test's SIGKILL or on its own, is started again.
 */
export function startWorkerPool(options: {
  size: number;
  repoRoot: string;
  env: NodeJS.ProcessEnv;
  logDir: string;
  restartDelayMs: number;
}): WorkerPool {
  const runs: WorkerRun[] = [];
  const live = new Map<number, { child: ChildProcess; run: WorkerRun }>();
  let stopping = false;

  const launch = (slot: number) => {
    const log = path.join(options.logDir, `worker-${slot}-${runs.filter((r) => r.slot === slot).length}.log`);
    const logStream = fs.createWriteStream(log);
    const child = spawn(process.execPath, [path.join(options.repoRoot, 'bin', 'claims.js'), 'worker'], {
      cwd: options.repoRoot,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run: WorkerRun = { slot, pid: child.pid ?? -1, startedAt: Date.now(), readyAt: null, exitedAt: null, end: null, exitCode: null, log };
    runs.push(run);
    live.set(slot, { child, run });
    child.stdout?.pipe(logStream, { end: false });
    child.stderr?.on('data', (chunk: Buffer) => {
      logStream.write(chunk);
      if (run.readyAt === null && chunk.toString().includes(' running (')) run.readyAt = Date.now();
    });
    child.on('exit', (code) => {
      run.exitedAt = Date.now();
      run.exitCode = code;
      run.end ??= stopping ? 'stopped' : 'crashed';
      logStream.end();
      if (live.get(slot)?.run === run) live.delete(slot);
      if (!stopping) setTimeout(() => !stopping && !live.has(slot) && launch(slot), options.restartDelayMs);
    });
  };

  for (let slot = 0; slot < options.size; slot++) launch(slot);

  return {
    runs,
    kill(slot) {
      const current = live.get(slot);
      if (!current) throw new Error(`no worker running in slot ${slot}`);
      current.run.end = 'killed';
      current.child.kill('SIGKILL');
      return current.run;
    },
    readySlots: () => [...live.entries()].filter(([, l]) => l.run.readyAt !== null && l.run.end === null).map(([slot]) => slot),
    crashes: () => runs.filter((r) => r.end === 'crashed'),
    async stop(graceMs = 35_000) {
      stopping = true;
      const children = [...live.values()].map((l) => l.child);
      const exits = children.map(
        (c) => new Promise<void>((resolve) => (c.exitCode !== null || c.signalCode !== null ? resolve() : c.once('exit', () => resolve()))),
      );
      children.forEach((c) => c.kill('SIGTERM'));
      const timer = setTimeout(() => children.forEach((c) => c.kill('SIGKILL')), graceMs);
      await Promise.all(exits);
      clearTimeout(timer);
    },
  };
}
