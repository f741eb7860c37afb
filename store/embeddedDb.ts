import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Db, Queryable } from './db.ts';
import { DatabaseUnavailableError, toStoreError } from './errors.ts';
import { lockDataDir } from './lockDataDir.ts';

/**
 * Opens the embedded PostgreSQL (PGlite) in a data folder, locked to this process.
 * @throws DataDirLockedError when another process holds the folder; DatabaseUnavailableError when it cannot open.
 */
export async function openEmbeddedDb(dataDir: string): Promise<Db> {
  const release = lockDataDir(dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  } catch (error) {
    release();
    throw new DatabaseUnavailableError(`cannot open the embedded database in ${dataDir}`, { cause: error });
  }
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    async query<R extends object>(sql: string, params: readonly unknown[] = []) {
      try {
        const result = await q.query<R>(sql, params as unknown[]);
        return result.rows;
      } catch (error) {
        throw toStoreError(error);
      }
    },
  });
  const root = wrap(pglite);
  // A process that exits without close() must not leave its lock behind.
  process.once('exit', release);
  let closed = false;
  return {
    kind: 'embedded',
    location: dataDir,
    query: root.query,
    transaction: (fn) => pglite.transaction((tx) => fn(wrap(tx))),
    async exec(sql) {
      await pglite.exec(sql);
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await pglite.close();
      } finally {
        release();
        process.removeListener('exit', release);
      }
    },
  };
}
