import type { Queryable } from './db.ts';

/**
 * Takes the transaction-scoped advisory locks of some scopes (merge scopes, speakers' surnames) in one
 * statement. Every caller takes them in the same order (by lock key), so concurrent transactions queue up
 * instead of deadlocking, even when two scope names hash to one key.
 */
export async function lockScopes(db: Queryable, scopes: readonly string[]): Promise<void> {
  if (scopes.length === 0) return;
  // DISTINCT keeps the subquery from being flattened: the locks are taken row by row in its sorted order.
  await db.query(
    `SELECT count(pg_advisory_xact_lock(k)) FROM (
       SELECT DISTINCT hashtext(s) AS k FROM unnest($1::text[]) AS s ORDER BY k
     ) AS sorted`,
    [scopes],
  );
}
