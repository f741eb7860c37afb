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

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: BENCH_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Names the bench databases; set CLAIMDESK_BENCH_DATABASE_PREFIX to run two benches side by side. */
const PREFIX = process.env.CLAIMDESK_BENCH_DATABASE_PREFIX ?? 'claimdesk_bench';

/** Creates `<prefix>_<label>` (default `claimdesk_bench_<label>`), dropping a leftover of an interrupted run first. */
export async function createBenchDatabase(label: string): Promise<BenchDatabase> {
  if (!/^[a-z0-9_]+$/.test(label)) throw new RangeError(`bad bench database label: ${label}`);
  if (!/^[a-z][a-z0-9_]*$/.test(PREFIX)) throw new RangeError(`CLAIMDESK_BENCH_DATABASE_PREFIX: use lower-case letters, digits and _`);
  const name = `${PREFIX}_${label}`;
  await admin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  });
  const url = new URL(BENCH_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    size: () =>
      admin(async (client) => {
        const result = await client.query<{ bytes: string }>('SELECT pg_database_size($1) AS bytes', [name]);
        return Number(result.rows[0]?.bytes ?? 0);
      }),
    drop: () =>
      admin(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }),
  };
}
