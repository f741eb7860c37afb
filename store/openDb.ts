import type { Db } from './db.ts';
import { migrate } from './migrate.ts';

export interface OpenDbOptions {
  databaseUrl: string | null;
  dataDir: string;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** Most PostgreSQL connections at once (default 10). */
  poolMax?: number;
  /** A server that stays up (serve, worker): the embedded database keeps its full memory. */
  longRunning?: boolean;
}

/**
 * Opens PostgreSQL when a URL is given, else the embedded database in dataDir, and migrates it.
 * @throws DatabaseUnavailableError, DataDirLockedError
 */
export async function openDb(options: OpenDbOptions): Promise<Db> {
  // Each backend's driver is loaded only when it is the one used: PGlite's WebAssembly or pg, not both.
  const db = options.databaseUrl
    ? await (await import('./postgresDb.ts')).openPostgresDb(options.databaseUrl, { max: options.poolMax })
    : await (await import('./embeddedDb.ts')).openEmbeddedDb(options.dataDir, { longRunning: options.longRunning });
  if (options.migrate !== false) {
    try {
      await migrate(db);
    } catch (error) {
      await db.close();
      throw error;
    }
  }
  return db;
}
