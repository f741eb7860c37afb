import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import type { Db, SharedDb } from '../../store/db.ts';
import { openSharedDb } from '../../store/openSharedDb.ts';
import { shareEmbeddedDb } from '../../store/shareEmbeddedDb.ts';
import { tempDir } from './services.ts';

/** Rejects when `promise` takes longer than `ms`: a queue that stopped would otherwise hang the test. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe('the embedded database shared over its socket', () => {
  let dir: string;
  let remove: () => Promise<void>;
  let pglite: PGlite;
  let shared: SharedDb;
  const opened: Db[] = [];

  before(async () => {
    ({ dir, remove } = await tempDir());
    const dataDir = path.join(dir, 'data');
    pglite = await PGlite.create(dataDir);
    shared = await shareEmbeddedDb(pglite, dataDir);
    dir = dataDir;
  });
  after(async () => {
    for (const db of opened) await db.close().catch(() => undefined);
    await shared.stop();
    await pglite.close();
    await remove();
  });

  const connect = async () => {
    const db = await within(openSharedDb(dir, process.pid), 10_000, 'connect');
    opened.push(db);
    return db;
  };

  test('a query that fails as SQL, then a good one, on one connection', async () => {
    const db = await connect();
    await assert.rejects(within(db.query('SELECT 1/0'), 10_000, 'the failing query'), /division by zero/);
    assert.deepEqual(await within(db.query('SELECT 1 AS one'), 10_000, 'the next query'), [{ one: 1 }]);
  });

  test('a query that throws inside the socket server leaves the queue working for every connection', async () => {
    const db = await connect();
    const other = await connect();
    const original = pglite.execProtocolRawStream.bind(pglite);
    let armed = true;
    pglite.execProtocolRawStream = (async (...args: Parameters<typeof original>) => {
      if (armed) {
        armed = false;
        throw new Error('PGlite failed');
      }
      return original(...args);
    }) as typeof original;
    try {
      await assert.rejects(within(db.query('SELECT 2'), 10_000, 'the query that throws'));
      assert.deepEqual(await within(other.query('SELECT 3 AS three'), 10_000, 'another connection'), [{ three: 3 }]);
      const again = await connect();
      assert.deepEqual(await within(again.query('SELECT 4 AS four'), 10_000, 'a new connection'), [{ four: 4 }]);
    } finally {
      pglite.execProtocolRawStream = original;
    }
  });

  test("serve's own queries go through the socket, so a command's open transaction is not theirs", async () => {
    const command = await connect();
    let seen: Promise<Array<{ n: string }>> | undefined;
    await command.transaction(async (tx) => {
      await tx.query('CREATE TABLE in_flight (n int)');
      // Run on PGlite directly, serve's query would run inside this transaction and see the table.
      seen = shared.db.query<{ n: string }>("SELECT count(*) AS n FROM pg_tables WHERE tablename = 'in_flight'");
      await new Promise((resolve) => setTimeout(resolve, 200));
      await tx.query('DROP TABLE in_flight');
    });
    assert.deepEqual(await within(seen!, 10_000, "serve's query"), [{ n: '0' }]);
  });
});
