/** A Db that times every statement it runs, so the bench can say where the merge spends its time. */
import type { Db, Queryable } from '../store/db.ts';

export interface StatementTiming {
  /** The statement's first words, whitespace collapsed. */
  statement: string;
  calls: number;
  totalMs: number;
  maxMs: number;
  /** The full SQL and parameters of the slowest call, to EXPLAIN afterwards. */
  slowest: { sql: string; params: readonly unknown[] } | null;
}

export interface TimedDb extends Db {
  timings(): StatementTiming[];
  resetTimings(): void;
}

/** Pseudo-statements: a transaction from pool checkout to COMMIT, and that time less its statements'. */
export const WHOLE_TRANSACTION = 'transaction (whole: pool checkout, BEGIN .. COMMIT)';
export const TRANSACTION_OVERHEAD = 'transaction overhead (pool checkout, BEGIN, COMMIT, JS between statements)';

const label = (sql: string) => sql.replace(/\s+/g, ' ').trim().slice(0, 90);

/** Wraps a Db; queries inside transactions are timed too, and BEGIN..COMMIT as `transaction (whole)`. */
export function timeDb(db: Db): TimedDb {
  let table = new Map<string, StatementTiming>();
  const record = (sql: string, params: readonly unknown[], ms: number) => {
    const key = label(sql);
    let entry = table.get(key);
    if (!entry) table.set(key, (entry = { statement: key, calls: 0, totalMs: 0, maxMs: 0, slowest: null }));
    entry.calls++;
    entry.totalMs += ms;
    if (ms >= entry.maxMs) {
      entry.maxMs = ms;
      entry.slowest = { sql, params };
    }
  };
  const wrap = (q: Queryable, inner?: { ms: number }): Queryable => ({
    async query<R extends object>(sql: string, params: readonly unknown[] = []) {
      const started = performance.now();
      try {
        return await q.query<R>(sql, params);
      } finally {
        const ms = performance.now() - started;
        record(sql, params, ms);
        if (inner) inner.ms += ms;
      }
    },
  });
  const root = wrap(db);
  return {
    kind: db.kind,
    location: db.location,
    query: root.query,
    async transaction(fn, options) {
      const started = performance.now();
      const inner = { ms: 0 };
      try {
        return await db.transaction((tx) => fn(wrap(tx, inner)), options);
      } finally {
        const whole = performance.now() - started;
        record(WHOLE_TRANSACTION, [], whole);
        record(TRANSACTION_OVERHEAD, [], whole - inner.ms);
      }
    },
    exec: (sql) => db.exec(sql),
    close: () => db.close(),
    timings: () => [...table.values()].sort((a, b) => b.totalMs - a.totalMs),
    resetTimings() {
      table = new Map();
    },
  };
}
