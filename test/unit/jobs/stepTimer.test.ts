import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Db, Queryable } from '../../../store/db.ts';
import { countStatements, timeStep } from '../../../jobs/stepTimer.ts';

/** A Db that answers every statement with no rows and records what it was sent. */
function fakeDb(sent: string[]): Db {
  const queryable: Queryable = {
    query: async (sql) => {
      sent.push(sql);
      return [];
    },
  };
  return {
    kind: 'postgres',
    location: 'fake',
    query: queryable.query,
    transaction: async (fn) => {
      sent.push('BEGIN');
      const result = await fn(queryable);
      sent.push('COMMIT');
      return result;
    },
    exec: async () => undefined,
    close: async () => undefined,
  };
}

test('countStatements counts each statement, and BEGIN and COMMIT of a transaction', async () => {
  const sent: string[] = [];
  let counted = 0;
  const db = countStatements(fakeDb(sent), (n) => (counted += n));
  await db.query('SELECT 1');
  await db.transaction(async (tx) => {
    await tx.query('SELECT 2');
    await tx.query('SELECT 3');
  });
  assert.deepEqual(sent, ['SELECT 1', 'BEGIN', 'SELECT 2', 'SELECT 3', 'COMMIT']);
  assert.equal(counted, sent.length);
});

test('timeStep reports a step that throws, and passes its error on', async () => {
  const steps: string[] = [];
  const timer = (step: string, seconds: number) => steps.push(`${step} ${seconds >= 0}`);
  assert.equal(await timeStep(timer, 'read', async () => 7), 7);
  await assert.rejects(timeStep(timer, 'write', () => Promise.reject(new Error('down'))), /down/);
  assert.deepEqual(steps, ['read true', 'write true']);
  // Without a timer the work only runs.
  assert.equal(await timeStep(undefined, 'read', async () => 8), 8);
});
