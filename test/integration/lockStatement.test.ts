// The scope locks written into a statement (sent with BEGIN in one round trip) on the real PostgreSQL: names from
// article text, with quotes, backslashes and SQL of their own, are locked as the same keys the parameterised
// statement takes, whatever standard_conforming_strings says, and nothing of them runs.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Db } from '../../store/db.ts';
import { lockScopesStatement, tryLockGroups, tryLockScopes } from '../../store/locks.ts';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openDb } from '../../store/openDb.ts';
import { openTestDb } from './services.ts';

let db: Db;
let close: () => Promise<void>;
before(async () => {
  ({ db, close } = await openTestDb());
});
after(() => close());

const hostile = ["text|o'hara", 'text|a\\b', "text|x\\'); DROP TABLE articles; --", 'text|“Ünïcode”'];

/** The advisory lock keys this transaction holds, sorted. */
const heldKeys = (tx: { query: Db['query'] }) =>
  tx
    .query<{ key: string }>(
      `SELECT objid::text AS key FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() ORDER BY 1`,
    )
    .then((rows) => rows.map((r) => r.key));

for (const conforming of ['on', 'off']) {
  test(`hostile scope names lock their own keys with standard_conforming_strings ${conforming}`, async () => {
    const expected = await db.query<{ key: string }>(
      `SELECT DISTINCT (hashtext(n)::bigint & 4294967295)::text AS key FROM unnest($1::text[]) AS n ORDER BY 1`,
      [hostile],
    );
    const held = await db.transaction(async (tx) => {
      await tx.query(`SET LOCAL standard_conforming_strings = ${conforming}`);
      await tx.query(lockScopesStatement(hostile) ?? '');
      return heldKeys(tx);
    });
    assert.deepEqual(
      held,
      expected.map((r) => r.key),
    );
    const tables = await db.query(`SELECT 1 FROM pg_tables WHERE tablename = 'articles'`);
    assert.equal(tables.length, 1, 'the articles table is still there');
  });
}

test('the lock statement travels with BEGIN and holds its keys for the transaction', async () => {
  const statement = lockScopesStatement(hostile) ?? '';
  const held = await db.transaction((tx) => heldKeys(tx), { begin: statement });
  assert.equal(held.length, new Set(hostile).size);
});

test('settings sent with the lock statement hold for that transaction alone, on PostgreSQL and in the embedded database', async () => {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'claimdesk-locks-'));
  const embedded = await openDb({ databaseUrl: null, dataDir, migrate: false });
  try {
    for (const target of [db, embedded]) {
      const before = (await target.query<{ work_mem: string }>('SHOW work_mem'))[0]?.work_mem;
      const inside = await target.transaction(async (tx) => (await tx.query<{ work_mem: string }>('SHOW work_mem'))[0]?.work_mem, {
        begin: lockScopesStatement(["text|o'hara"], [], { work_mem: '32MB' }) ?? '',
      });
      assert.equal(inside, '32MB', target.kind);
      assert.equal((await target.query<{ work_mem: string }>('SHOW work_mem'))[0]?.work_mem, before, `${target.kind}: reset at the end`);
    }
  } finally {
    await embedded.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
});

test('scope locks tried without waiting: all held when every one is free (or held by the same transaction), else false at once', async () => {
  const [busy, free, other] = ['text|ashworth', 'figure|value|14', 'figure|name|boats'];
  await db.transaction(async (holder) => {
    await holder.query(lockScopesStatement([busy]) ?? '');
    const started = performance.now();
    const [refused, got] = await db.transaction(async (tx) => {
      const refused = await tryLockScopes(tx, [free, busy]);
      const got = await tryLockScopes(tx, [other]);
      return [refused, got];
    });
    assert.equal(refused, false);
    assert.equal(got, true);
    assert.ok(performance.now() - started < 5_000, 'no wait for the lock held elsewhere');
    // Those of the transaction's own and none: true.
    assert.equal(await db.transaction(async (tx) => (await tx.query(lockScopesStatement([free]) ?? ''), tryLockScopes(tx, [free]))), true);
    assert.equal(await tryLockScopes(holder, [busy]), true);
    assert.equal(await tryLockScopes(holder, []), true);
  });
  // Released with their transaction.
  assert.equal(await db.transaction((tx) => tryLockScopes(tx, [busy, free, other])), true);
});

test('scope locks tried group after group: the groups counted up to the first refused, shared ones beside shared', async () => {
  const [busy, shared, free, other, mine] = ['text|pemberton', 'text|*', 'figure|name|ferries', 'figure|value|31', 'text|okafor'];
  await db.transaction(async (holder) => {
    await holder.query(lockScopesStatement([busy], [shared]) ?? '');
    const [counted, held, heldShared, keys] = await db.transaction(async (tx) => {
      await tx.query(lockScopesStatement([mine]) ?? '');
      const held = new Set([mine]);
      const heldShared = new Set<string>();
      const counted = await tryLockGroups(
        tx,
        [
          // Its own lock again, and a shared one another transaction holds shared: got.
          { scopes: [mine, free], shared: [shared] },
          // One held elsewhere: refused, and so the group after it is not counted though its lock is free.
          { scopes: [busy], shared: [] },
          { scopes: [other], shared: [] },
        ],
        held,
        heldShared,
      );
      return [counted, held, heldShared, await heldKeys(tx)];
    });
    assert.equal(counted, 1);
    assert.deepEqual([...held].sort(), [free, mine].sort());
    assert.deepEqual([...heldShared], [shared]);
    assert.ok(keys.length >= 3, 'the locks got are held by the transaction');
    // Exclusively, a scope held shared elsewhere is refused.
    assert.equal(await db.transaction((tx) => tryLockGroups(tx, [{ scopes: [shared], shared: [] }], new Set(), new Set())), 0);
    // Nothing to ask: every group counted, without a statement.
    assert.equal(await tryLockGroups(holder, [{ scopes: [busy], shared: [shared] }], new Set([busy]), new Set([shared])), 1);
  });
  assert.equal(await db.transaction((tx) => tryLockGroups(tx, [{ scopes: [busy], shared: [] }, { scopes: [shared, other], shared: [] }], new Set(), new Set())), 2);
});
