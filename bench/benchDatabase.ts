/** A fresh PostgreSQL database per bench size, created through the admin connection and dropped afterwards. */
import pg from 'pg';

export const BENCH_ADMIN_URL =
  process.env.CLAIMDESK_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  name: string;
  url: string;
  /** Size on disk, in bytes. */
  size(): Promise<number>;
  drop(): Promise<void>;
}

/** Runs `fn` with a connection to `url` (default: the admin database), closed after. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const admin = <T>(fn: (client: pg.Client) => Promise<T>) => withClient(BENCH_ADMIN_URL, fn);

/** Names the bench databases; set CLAIMDESK_BENCH_DATABASE_PREFIX to run two benches side by side. */
const PREFIX = process.env.CLAIMDESK_BENCH_DATABASE_PREFIX ?? 'claimdesk_bench';

/** `<prefix>_<label>` (default `claimdesk_bench_<label>`). */
export function benchDatabaseName(label: string): string {
  if (!/^[a-z0-9_]+$/.test(label)) throw new RangeError(`bad bench database label: ${label}`);
  if (!/^[a-z][a-z0-9_]*$/.test(PREFIX)) throw new RangeError(`CLAIMDESK_BENCH_DATABASE_PREFIX: use lower-case letters, digits and _`);
  return `${PREFIX}_${label}`;
}

/** The URL of database `name` on the bench server. */
export function benchDatabaseUrl(name: string): string {
  const url = new URL(BENCH_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Size on disk of database `name`, in bytes. */
export const databaseSize = (name: string): Promise<number> =>
  admin(async (client) => {
    const result = await client.query<{ bytes: string }>('SELECT pg_database_size($1) AS bytes', [name]);
    return Number(result.rows[0]?.bytes ?? 0);
  });

/** Drops database `name` if it exists, disconnecting its sessions. */
export const dropDatabase = (name: string): Promise<void> =>
  admin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

/** Creates the database of `label`, dropping a leftover of an interrupted run first. */
export async function createBenchDatabase(label: string): Promise<BenchDatabase> {
  const name = benchDatabaseName(label);
  await dropDatabase(name);
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  return { name, url: benchDatabaseUrl(name), size: () => databaseSize(name), drop: () => dropDatabase(name) };
}
