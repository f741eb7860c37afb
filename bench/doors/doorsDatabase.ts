/**
 * The doors bench's database: created, migrated with the real migrations and filled, or, with `reuse`, a
 * database that an earlier run filled with the same size and seed (recorded in the database's comment).
 */
import { migrate } from '../../store/migrate.ts';
import { openPostgresDb } from '../../store/postgresDb.ts';
import { BENCH_ADMIN_URL, benchDatabaseName, benchDatabaseUrl, createBenchDatabase, databaseSize, dropDatabase, withClient } from '../benchDatabase.ts';
import type { FilledCorpus } from './fillClaims.ts';
import { describeCorpus, fillClaims } from './fillClaims.ts';

export interface DoorsDatabase {
  url: string;
  corpus: FilledCorpus;
  /** True when an earlier run's database was measured again. */
  reused: boolean;
  fillSeconds: number;
  bytes: number;
  drop(): Promise<void>;
}

const label = (claims: number) => `doors_${claims}`;
const marker = (claims: number, seed: number) => `claimdesk doors bench: claims=${claims} seed=${seed}`;

/** Migrates the database through the product's own migration runner (pending ones only, as `claims migrate`). */
async function migrateDatabase(url: string): Promise<string[]> {
  const db = await openPostgresDb(url, { max: 1 });
  try {
    return await migrate(db);
  } finally {
    await db.close();
  }
}

/** Opens (reuse) or creates and fills the bench database for this size and seed. */
export async function prepareDoorsDatabase(options: {
  claims: number;
  seed: number;
  reuse: boolean;
  log: (line: string) => void;
}): Promise<DoorsDatabase> {
  const { claims, seed, log } = options;
  const name = benchDatabaseName(label(claims));
  if (options.reuse) {
    const comment = await withClient(BENCH_ADMIN_URL, async (client) => {
      const rows = await client.query<{ comment: string | null }>(
        'SELECT shobj_description(oid, $2) AS comment FROM pg_database WHERE datname = $1',
        [name, 'pg_database'],
      );
      return rows.rows[0]?.comment ?? null;
    });
    if (comment === marker(claims, seed)) {
      const url = benchDatabaseUrl(name);
      const applied = await migrateDatabase(url);
      if (applied.length > 0) log(`applied migrations to the kept database: ${applied.join(', ')}`);
      const mentions = await withClient(url, async (client) => {
        // Indexes made by a new migration need fresh statistics too.
        if (applied.length > 0) await client.query('ANALYZE');
        return (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM mentions')).rows[0]?.n ?? 0;
      });
      log(`reusing ${name} (${claims.toLocaleString('en-US')} claims, seed ${seed})`);
      return { url, corpus: { ...describeCorpus(claims, seed), mentions }, reused: true, fillSeconds: 0, bytes: await databaseSize(name),
        drop: () => dropDatabase(name) };
    }
    log(`no kept database ${name} for seed ${seed}: filling one`);
  }
  const database = await createBenchDatabase(label(claims));
  await migrateDatabase(database.url);
  log(`filling ${database.name} with ${claims.toLocaleString('en-US')} claims`);
  const t0 = performance.now();
  const corpus = await withClient(database.url, (client) => fillClaims(client, { claims, seed, log }));
  const fillSeconds = (performance.now() - t0) / 1000;
  await withClient(BENCH_ADMIN_URL, (client) => client.query(`COMMENT ON DATABASE ${database.name} IS '${marker(claims, seed)}'`));
  return { url: database.url, corpus, reused: false, fillSeconds, bytes: await database.size(), drop: database.drop };
}
