/**
 * Stands in for autovacuum while the bench merges, on servers where it is off (as on the bench machine):
 * without fresh statistics the planner keeps the plans it chose for empty tables (sequential scans of
 * claims), and every merge's UPDATE of a claim leaves a dead row that nothing reclaims.
 */
import type { Queryable } from '../store/db.ts';

export interface Autovacuum {
  /** Whether the server's own autovacuum is on (then this does nothing). */
  readonly serverAutovacuum: boolean;
  runs(): number;
  seconds(): number;
  stop(): Promise<void>;
}

/**
 * Runs `VACUUM (ANALYZE)` on the database first after firstMs, then every everyMs after the previous pass
 * ends (autovacuum's default naptime is a minute; its thresholds are 10-20% of a table).
 */
export async function emulateAutovacuum(
  db: Queryable,
  options: { firstMs?: number; everyMs?: number; onPass?: (seconds: number) => void } = {},
): Promise<Autovacuum> {
  const rows = await db.query<{ autovacuum: string }>('SHOW autovacuum');
  const serverAutovacuum = rows[0]?.autovacuum === 'on';
  let runs = 0;
  let seconds = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const pass = async () => {
    const started = performance.now();
    await db.query('VACUUM (ANALYZE)');
    const took = (performance.now() - started) / 1000;
    runs++;
    seconds += took;
    options.onPass?.(took);
  };
  const schedule = (ms: number) => {
    if (stopped || serverAutovacuum) return;
    timer = setTimeout(() => {
      running = pass()
        .catch(() => undefined)
        .finally(() => schedule(options.everyMs ?? 30_000));
    }, ms);
  };
  schedule(options.firstMs ?? 10_000);
  return {
    serverAutovacuum,
    runs: () => runs,
    seconds: () => seconds,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
