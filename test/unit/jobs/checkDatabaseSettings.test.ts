import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDatabaseSettings } from '../../../jobs/checkDatabaseSettings.ts';

/** A database that answers SHOW autovacuum with `setting`, or fails when it is null. */
const answering = (kind: 'postgres' | 'embedded', setting: string | null) => ({
  kind,
  query: async <R extends object>(sql: string): Promise<R[]> => {
    assert.equal(sql, 'SHOW autovacuum');
    if (setting === null) throw new Error('connection refused');
    return [{ autovacuum: setting }] as unknown as R[];
  },
});

test('a PostgreSQL whose autovacuum is off gets a warning; on, unreachable or embedded, none', async () => {
  const [warning, ...more] = await checkDatabaseSettings(answering('postgres', 'off'));
  assert.match(warning ?? '', /autovacuum is off/);
  assert.deepEqual(more, []);
  assert.deepEqual(await checkDatabaseSettings(answering('postgres', 'on')), []);
  assert.deepEqual(await checkDatabaseSettings(answering('postgres', null)), []);
  assert.deepEqual(await checkDatabaseSettings(answering('embedded', 'off')), []);
});
