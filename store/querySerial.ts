import type { Db, Queryable } from './db.ts';

/**
 * Runs one statement without parallel workers (SET LOCAL, in a transaction of its own; as is where db is already
 * a transaction's handle). For reads that stop at a few hundred or thousand rows (a search's pool, a facets
 * sample): parallel workers each read their own share until the leader has enough, so together they read up
 * to twice the rows, and take the cores that the search and facets of the same request run on.
 */
export async function querySerial<R extends object>(
  db: Queryable,
  sql: string,
  params: unknown[],
): Promise<R[]> {
  if (typeof (db as Partial<Db>).transaction !== 'function') return db.query<R>(sql, params);
  return (db as Db).transaction(async (tx) => {
    await tx.query('SET LOCAL max_parallel_workers_per_gather = 0');
    return tx.query<R>(sql, params);
  });
}
