import fs from 'node:fs';
import v8 from 'node:v8';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Db, Queryable, SharedDb } from './db.ts';
import { DatabaseUnavailableError, DataDirLockedError, toStoreError } from './errors.ts';
import { embeddedSocketPath } from './embeddedSocketPath.ts';
import { lockDataDir } from './lockDataDir.ts';

/**
 * The shared buffers of a command that runs a few queries and exits: PGlite's default (128MB) is allocated
 * and cleared at every start, which cost a one-shot `claims search` ~0.5 s of CPU and ~140MB of memory.
 * Given on the command line of the embedded server, so the data folder's postgresql.conf is left as it is.
 */
const ONE_SHOT_SHARED_BUFFERS = '16MB';

/**
 * Compiles PGlite's WebAssembly (all of PostgreSQL) with the baseline compiler only. By default V8 also
 * recompiles its hot functions with the optimising compiler on background threads, which took ~0.7 s of
 * CPU and ~90MB at every start of a one-shot command and pays off only in a process that stays up; even
 * `claims demo` (an ingest) ran faster without it (4.6 s against 7.8 s of CPU).
 */
function compileForShortRun(): void {
  v8.setFlagsFromString('--liftoff-only');
}

/**
 * Opens the embedded PostgreSQL (PGlite) in a data folder, locked to this process.
 * @param options.longRunning a server (`claims serve`) keeps PGlite's default shared buffers and compiler.
 * @throws DataDirLockedError when another process holds the folder; DatabaseUnavailableError when it cannot open.
 */
export async function openEmbeddedDb(dataDir: string, options: { longRunning?: boolean } = {}): Promise<Db> {
  let release: () => void;
  try {
    release = lockDataDir(dataDir);
  } catch (error) {
    // A `claims serve` holding the folder shares the database over its socket: go through it.
    if (error instanceof DataDirLockedError && error.holder !== null && fs.existsSync(embeddedSocketPath(dataDir))) {
      return (await import('./openSharedDb.ts')).openSharedDb(dataDir, error.holder);
    }
    throw error;
  }
  let pglite: PGlite;
  try {
    if (!options.longRunning) compileForShortRun();
    const startParams = options.longRunning
      ? undefined
      : [...PGlite.defaultStartParams, '-c', `shared_buffers=${ONE_SHOT_SHARED_BUFFERS}`];
    pglite = await PGlite.create(dataDir, { extensions: { pg_trgm }, ...(startParams ? { startParams } : {}) });
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
  let shared: SharedDb | null = null;
  return {
    kind: 'embedded',
    location: dataDir,
    query: root.query,
    transaction: (fn, options) =>
      pglite.transaction(async (tx) => {
        const queryable = wrap(tx);
        if (options?.begin) await queryable.query(options.begin);
        return fn(queryable);
      }),
    async exec(sql) {
      await pglite.exec(sql);
    },
    async share() {
      shared ??= await (await import('./shareEmbeddedDb.ts')).shareEmbeddedDb(pglite, dataDir);
      return shared;
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await shared?.stop();
        await pglite.close();
      } finally {
        release();
        process.removeListener('exit', release);
      }
    },
  };
}
