import pg from 'pg';
import type { Db, Queryable } from './db.ts';
import { DatabaseUnavailableError, toStoreError } from './errors.ts';

/** Describes a connection string without its password, for status lines and errors. */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return 'postgres';
  }
}

/**
 * Connects to PostgreSQL through a pg.Pool and checks the connection once.
 * @throws DatabaseUnavailableError when the server cannot be reached.
 */
export async function openPostgresDb(url: string, options: { max?: number } = {}): Promise<Db> {
  // Every claimdesk query is a short index-driven one; JIT compilation (PostgreSQL's default above a cost of
  // 100,000, which a search of a million claims reaches) spends up to a second compiling a query that runs
  // in milliseconds.
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, options: '-c jit=off' });
  const location = describeDatabaseUrl(url);
  await checkPool(pool, `cannot reach PostgreSQL at ${location} (DATABASE_URL)`);
  return poolDb(pool, 'postgres', location);
}

/**
 * Makes sure a new pool's server answers, so that a command fails at once with a line that names it.
 * @throws DatabaseUnavailableError saying `what`, with the driver's reason.
 */
export async function checkPool(pool: pg.Pool, what: string): Promise<void> {
  // An idle client's error (a server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  // A connection held by a query when the server goes away (a restart) errors outside any query: the query
  // fails and the job is retried; the process must not die of an unhandled 'error' event.
  pool.on('connect', (client) => client.on('error', () => undefined));
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnavailableError(`${what}: ${reason}`, { cause: error });
  }
}

/** The Db of a pg.Pool: PostgreSQL's, or the embedded database that `claims serve` shares over its socket. */
export function poolDb(pool: pg.Pool, kind: Db['kind'], location: string): Db {
  const wrap = (client: pg.Pool | pg.PoolClient): Queryable => ({
    async query<R extends object>(sql: string, params: readonly unknown[] = []) {
      try {
        const result = await client.query(sql, params as unknown[]);
        return result.rows as R[];
      } catch (error) {
        throw toStoreError(error);
      }
    },
  });
  const root = wrap(pool);
  return {
    kind,
    location,
    query: root.query,
    async transaction(fn, options) {
      const client = await pool.connect();
      try {
        // Without parameters, pg sends the text as one simple query: BEGIN and the first statement in one round
        // trip. (The embedded database shared over its socket gets them one by one: one session, no network.)
        if (options?.begin && kind === 'postgres') await client.query(`BEGIN; ${options.begin}`);
        else {
          await client.query('BEGIN');
          if (options?.begin) await client.query(options.begin);
        }
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
