import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Db } from '../../store/db.ts';
import { openEmbeddedDb } from '../../store/embeddedDb.ts';
import { migrate, readMigrations, splitStatements } from '../../store/migrate.ts';
import { openPostgresDb } from '../../store/postgresDb.ts';
import { createTestDatabase, tempDir } from './services.ts';

/** The migrations up to `version` applied as migrate() applies them, recorded, on an empty database. */
async function migrateUpTo(db: Db, version: number): Promise<void> {
  await db.exec(`CREATE TABLE schema_migrations (
    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  for (const migration of (await readMigrations()).filter((m) => m.version <= version)) {
    await db.transaction(async (tx) => {
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    });
  }
}

/** A database placed before articles' stories had a table of their own keeps every story after the upgrade. */
async function checkUpgrade(db: Db): Promise<void> {
  await migrateUpTo(db, 31);
  const placed: Array<[string, string | null]> = [['quay', 'quay'], ['ferry', 'quay'], ['unplaced', null]];
  for (const [id, story] of placed) {
    await db.query(`INSERT INTO articles (id, url, text, content_hash, story_id) VALUES ($1, $1, 'A text.', 'h', $2)`, [id, story]);
  }
  assert.deepEqual(await migrate(db), ['0032_article_stories']);
  assert.deepEqual(await db.query('SELECT article_id, story_id FROM article_stories ORDER BY article_id'), [
    { article_id: 'ferry', story_id: 'quay' },
    { article_id: 'quay', story_id: 'quay' },
  ]);
  // An article's story figures are read through the new table: one call marks the story due, the next reads it whole.
  assert.deepEqual(await db.query('SELECT * FROM story_figures_of($1, false, $2)', ['unplaced', ['quay']]), [
    { story: null, read_whole: false, figure_claims: [] },
  ]);
  assert.deepEqual(await db.query('SELECT * FROM story_figures_of($1, false, $2)', ['ferry', []]), [
    { story: 'quay', read_whole: true, figure_claims: [] },
  ]);
  await db.query(`DELETE FROM articles WHERE id = 'ferry'`);
  assert.deepEqual(await db.query('SELECT article_id FROM article_stories'), [{ article_id: 'quay' }]);
}

describe('migration 0032: articles stories in a table of their own', () => {
  test('on PostgreSQL', async () => {
    const database = await createTestDatabase();
    const db = await openPostgresDb(database.url);
    try {
      await checkUpgrade(db);
    } finally {
      await db.close();
      await database.drop();
    }
  });

  test('on PGlite', async () => {
    const temp = await tempDir();
    const db = await openEmbeddedDb(temp.dir);
    try {
      await checkUpgrade(db);
    } finally {
      await db.close();
      await temp.remove();
    }
  });
});
