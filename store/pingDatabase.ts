import type { Queryable } from './db.ts';

/** Resolves when the database answers a trivial statement (a health check); rejects with the driver's error. */
export async function pingDatabase(db: Queryable): Promise<void> {
  await db.query('SELECT 1');
}
