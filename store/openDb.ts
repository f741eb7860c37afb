import type { Db } from './db.ts';
import { openEmbeddedDb } from './embeddedDb.ts';
import { migrate } from './migrate.ts';
import { openPostgresDb } from './postgresDb.ts';

export interface OpenDbOptions {
  databaseUrl: string | null;
  dataDir: string;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** Most PostgreSQL connections at once (default 10). */
  poolMax?: number;
}

/**
 * Opens PostgreSQL when a URL is given, else the embedded database in dataDir, and migrates it.
 * @throws DatabaseUnavailableError, DataDirLockedError
 */
export async function openDb(options: OpenDbOptions): Promise<Db> {
  const db = options.databaseUrl
    ? await openPostgresDb(options.databaseUrl, { max: options.poolMax })
    : await openEmbeddedDb(options.dataDir);
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
