// Helpers for integration tests on the machine's real PostgreSQL and Redis: a fresh database per file,
// a unique queue prefix per test.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { loadConfig } from '../../jobs/config.ts';
import { QUEUE_NAMES } from '../../jobs/queueNames.ts';
import { openRuntime } from '../../jobs/runtime.ts';
import type { Db } from '../../store/db.ts';
import { openDb } from '../../store/openDb.ts';
import { startFeedsServer } from './feedsServer.ts';

export const ADMIN_DATABASE_URL =
  process.env.CLAIMDESK_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.CLAIMDESK_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Creates an empty database on the test server; drop() removes it. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `claimdesk_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A fresh PostgreSQL database opened as the product opens it; `close` closes it and drops the database. */
export async function openTestDb(): Promise<{ db: Db; close(): Promise<void> }> {
  const database = await createTestDatabase();
  const db = await openDb({ databaseUrl: database.url, dataDir: '' });
  return {
    db,
    async close() {
      await db.close();
      await database.drop();
    },
  };
}

/** A unique Redis key prefix, so that tests never see each other's queues. */
export const uniquePrefix = () => `test-${randomUUID()}`;

/** A temporary folder, removed by the returned function. */
export async function tempDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'claimdesk-test-'));
  return { dir, remove: () => fs.rm(dir, { recursive: true, force: true }) };
}

export const REPO_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const TEST_CORPUS = path.join(REPO_ROOT, 'test', 'fixtures', 'corpus');

/**
 * Removes everything a test's `claims` processes left in Redis under `prefix`: every queue's jobs, and the
 * fleet's per-host slots.
 */
export async function clearQueues(prefix: string): Promise<void> {
  const connection = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
  try {
    for (const name of QUEUE_NAMES) {
      const queue = new Queue(name, { connection, prefix });
      await queue.obliterate({ force: true });
      await queue.close();
    }
    const hostKeys = await connection.keys(`${prefix}:host:*`);
    if (hostKeys.length > 0) await connection.del(...hostKeys);
  } finally {
    connection.disconnect();
  }
}

/**
 * A fresh PostgreSQL database and a runtime on it with queues of their own on the test Redis; the cleanups (the
 * queues' jobs obliterated, the runtime closed, the database dropped) are put in `cleanups`.
 */
export async function queuedRuntime(cleanups: Array<() => Promise<void>>) {
  const database = await createTestDatabase();
  cleanups.push(database.drop);
  const runtime = await openRuntime(
    loadConfig({ DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL, CLAIMS_QUEUE_PREFIX: uniquePrefix(), LOG_LEVEL: 'silent' }),
  );
  cleanups.unshift(() => runtime.close());
  const queues = runtime.queues!;
  cleanups.unshift(async () => {
    await Promise.all(Object.values(queues.queues).map((q) => q.obliterate({ force: true })));
  });
  return { runtime, queues };
}

/**
 * A fresh database, a local feeds server and an in-process runtime (no Redis) allowed to fetch from it at once:
 * their cleanups are put in `cleanups` (the runtime's first).
 */
export async function inProcessSite(cleanups: Array<() => Promise<void>>) {
  const database = await createTestDatabase();
  cleanups.push(database.drop);
  const site = await startFeedsServer();
  cleanups.push(site.close);
  const runtime = await openRuntime(
    loadConfig({
      DATABASE_URL: database.url,
      LOG_LEVEL: 'silent',
      CLAIMS_ALLOW_PRIVATE_NETWORKS: '1',
      CLAIMS_RESPECT_ROBOTS: '0',
      CLAIMS_FETCH_HOST_INTERVAL_MS: '0',
    }),
  );
  cleanups.unshift(() => runtime.close());
  return { site, runtime };
}
