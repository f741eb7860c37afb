/**
 * CPU time spent by the PostgreSQL backends serving one database, read from /proc (the server must run on
 * this machine). With the bench's own CPU it gives a cost per mention that a busy machine moves far less
 * than wall time does.
 */
import fs from 'node:fs/promises';
import type { Queryable } from '../store/db.ts';

/** Clock ticks per second of /proc/PID/stat's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

export interface PgCpuSampler {
  /** Stops sampling; the backends' CPU seconds since the start, or null when /proc could not be read. */
  stop(): Promise<number | null>;
}

async function ticksOf(pid: number): Promise<number | null> {
  try {
    const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at state; utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/**
 * Samples every `intervalMs` the CPU ticks of each backend connected to `database`; a backend's ticks count
 * from the first sample that saw it (the start, or its connection). A backend that disconnects between two
 * samples loses at most one interval.
 */
export async function samplePgCpu(db: Queryable, database: string, intervalMs = 1000): Promise<PgCpuSampler> {
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  let readable = false;
  const sample = async () => {
    const rows = await db.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [database]);
    for (const { pid } of rows) {
      const ticks = await ticksOf(pid);
      // Gone since the query (a closed connection), or /proc unreadable: skipped; null if nothing is ever read.
      if (ticks === null) continue;
      readable = true;
      if (!first.has(pid)) first.set(pid, ticks);
      last.set(pid, ticks);
    }
  };
  await sample();
  // Backends already connected count from now; those that connect later from zero.
  const started = new Set(first.keys());
  let running = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(sample).catch(() => undefined);
  }, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
      await sample().catch(() => undefined);
      if (!readable) return null;
      let ticks = 0;
      for (const [pid, latest] of last) ticks += latest - (started.has(pid) ? (first.get(pid) ?? latest) : 0);
      return ticks / TICKS_PER_SECOND;
    },
  };
}
