import fs from 'node:fs/promises';
import path from 'node:path';
import { PACKAGE_ROOT } from '../packageRoot.ts';
import type { Db } from './db.ts';

const migrationsDir = path.join(PACKAGE_ROOT, 'store', 'migrations');

/** An arbitrary constant: the advisory lock that serialises migrations across processes. */
const MIGRATION_LOCK = 74_210_331;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Reads the numbered migration files (`0001_init.sql`), in order. */
export async function readMigrations(dir = migrationsDir): Promise<Migration[]> {
  const files = (await fs.readdir(dir)).filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => ({
      version: Number.parseInt(file.slice(0, 4), 10),
      name: file.replace(/\.sql$/, ''),
      sql: await fs.readFile(path.join(dir, file), 'utf8'),
    })),
  );
}

/**
 * Applies the migrations not yet recorded, each in its own transaction, under an advisory lock so
 * that several workers starting at once apply each migration exactly once.
 * @returns the names of the migrations applied now.
 */
export async function migrate(db: Db): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied: string[] = [];
  for (const migration of await readMigrations()) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const rows = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (rows.length > 0) return false;
      // Statements run one by one: the extended protocol takes one statement per query.
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (done) applied.push(migration.name);
  }
  return applied;
}

/** Splits a migration script on semicolons that end a line, dropping comments. Dollar-quoted bodies are not supported. */
export function splitStatements(sql: string): string[] {
  return sql
    .split('\n')
    .map((line) => line.replace(/--.*$/, ''))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
