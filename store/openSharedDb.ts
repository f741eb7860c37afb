import path from 'node:path';
import pg from 'pg';
import type { Db } from './db.ts';
import { embeddedSocketPath } from './embeddedSocketPath.ts';
import { checkPool, poolDb } from './postgresDb.ts';

/**
 * Connects to the embedded database that a running `claims serve` shares over its socket (see
 * shareEmbeddedDb). One connection, as a process of its own would have: PGlite runs one query at a time
 * anyway, and the command's code never waits on one connection while holding another.
 * @param holder the pid of the serve that holds the data folder, for status lines.
 * @throws DatabaseUnavailableError when the socket does not answer.
 */
export async function openSharedDb(dataDir: string, holder: number): Promise<Db> {
  const pool = new pg.Pool({ host: path.resolve(dataDir), database: 'postgres', user: 'postgres', max: 1 });
  await checkPool(pool, `cannot reach the embedded database through the socket of claims serve (pid ${holder}) ${embeddedSocketPath(dataDir)}`);
  return poolDb(pool, 'embedded', `${dataDir}, shared by claims serve (pid ${holder})`);
}
