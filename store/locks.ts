import type { Queryable } from './db.ts';

/**
 * Takes the transaction-scoped advisory locks of some scopes (merge scopes, speakers' surnames) in one
 * statement: `scopes` exclusively, `shared` (those not also in `scopes`) in shared mode, which only an exclusive
 * holder waits for. Every caller takes them in the same order (by lock key), so concurrent transactions queue
 * up instead of deadlocking, even when two scope names hash to one key.
 */
export async function lockScopes(db: Queryable, scopes: readonly string[], shared: readonly string[] = []): Promise<void> {
  if (scopes.length === 0 && shared.length === 0) return;
  await db.query(scopeLocksSql('$1::text[]', '$2::text[]'), [scopes, shared]);
}

/**
 * lockScopes' statement with the scopes written into it (no parameters), so that a transaction can send it with its
 * BEGIN in one round trip (TransactionOptions); undefined when there is no scope to lock.
 */
export function lockScopesStatement(scopes: readonly string[], shared: readonly string[] = []): string | undefined {
  if (scopes.length === 0 && shared.length === 0) return undefined;
  return scopeLocksSql(textArray(scopes), textArray(shared));
}

function scopeLocksSql(scopes: string, shared: string): string {
  // The GROUP BY and ORDER BY keep the subquery from being flattened: the locks are taken row by row in its sorted
  // order. A key named both ways (or two names hashing to one key) is taken once, exclusively.
  return `SELECT count(CASE WHEN every_shared THEN pg_advisory_xact_lock_shared(k) ELSE pg_advisory_xact_lock(k) END)
     FROM (
       SELECT hashtext(s.name) AS k, bool_and(s.shared) AS every_shared
       FROM (SELECT unnest(${scopes}) AS name, false AS shared UNION ALL SELECT unnest(${shared}), true) AS s
       GROUP BY 1 ORDER BY 1
     ) AS sorted`;
}

/**
 * A text[] literal of these strings, each quoted as the pg client's escapeLiteral quotes it (a quote doubled; with a
 * backslash, an E'' string with it doubled), written here so that the embedded default never loads the pg client.
 */
export function textArray(values: readonly string[]): string {
  const literal = (v: string) =>
    v.includes('\\') ? `E'${v.replaceAll('\\', '\\\\').replaceAll("'", "''")}'` : `'${v.replaceAll("'", "''")}'`;
  return `ARRAY[${values.map(literal).join(', ')}]::text[]`;
}

/**
 * Tries to take the transaction-scoped advisory locks of some scopes exclusively without waiting for any, in one
 * statement: a transaction that already holds other scope locks may take more this way without the risk of a
 * deadlock that waiting out of lockScopes' order would bring. Those it got stay held until the transaction ends,
 * whether or not it got them all (a lock this session holds already is got again).
 * @returns whether every one of them is now held.
 */
export async function tryLockScopes(db: Queryable, scopes: readonly string[]): Promise<boolean> {
  if (scopes.length === 0) return true;
  const rows = await db.query<{ got: boolean }>(
    `SELECT bool_and(pg_try_advisory_xact_lock(k)) AS got
     FROM (SELECT DISTINCT hashtext(name) AS k FROM unnest($1::text[]) AS name ORDER BY 1) AS sorted`,
    [scopes],
  );
  return rows[0]?.got === true;
}
