// The scope locks written into a statement (sent with BEGIN in one round trip) on the real PostgreSQL: names from
// article text, with quotes, backslashes and SQL of their own, are locked as the same keys the parameterised
// statement takes, whatever standard_conforming_strings says, and nothing of them runs.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Db } from '../../store/db.ts';
import { lockScopesStatement } from '../../store/locks.ts';
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
