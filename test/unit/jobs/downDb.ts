import type { Db } from '../../../store/db.ts';

/** A database that is down: every transaction fails before it runs anything; `attempts` counts them. */
export function downDb(): Db & { attempts: number } {
  const db = {
    kind: 'postgres' as const,
    location: 'nowhere',
    attempts: 0,
    query: () => Promise.reject(new Error('connect ECONNREFUSED')),
    transaction: () => {
      db.attempts += 1;
      return Promise.reject(new Error('connect ECONNREFUSED'));
    },
    exec: () => Promise.reject(new Error('connect ECONNREFUSED')),
    close: () => Promise.resolve(),
  };
  return db;
}
