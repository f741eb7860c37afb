import type { Db, Queryable } from '../store/db.ts';

/** Where a job reports how long one of its steps took (seconds), waits for locks included. */
export type StepTimer = (step: string, seconds: number) => void;

/**
 * Runs `work` and reports its time as `step`, whether it succeeds or throws. Without a timer it only runs it,
 * so that the stages' code reads the same in one-off commands, which have no metrics.
 */
export async function timeStep<T>(
  timer: StepTimer | undefined,
  step: string,
  work: () => Promise<T>,
): Promise<T> {
  if (!timer) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    timer(step, (performance.now() - started) / 1000);
  }
}

/**
 * A Db that counts the statements sent through it, in transactions too (BEGIN and COMMIT count one each):
 * a job's round trips to the database, which the e2e bench reports per article.
 */
export function countStatements(db: Db, count: (n: number) => void): Db {
  const counted = (queryable: Queryable): Queryable => ({
    query: (sql, params) => {
      count(1);
      return queryable.query(sql, params);
    },
  });
  return {
    kind: db.kind,
    location: db.location,
    exec: (sql) => db.exec(sql),
    close: () => db.close(),
    query: counted(db).query,
    // A statement sent with BEGIN (options.begin) travels in its round trip.
    transaction: (fn, options) => {
      count(2);
      return db.transaction((tx) => fn(counted(tx)), options);
    },
  };
}
