import type { Queryable } from './db.ts';

/**
 * Takes the transaction-scoped advisory locks of some scopes (merge scopes, speakers' surnames) in one
 * statement: `scopes` exclusively, `shared` (those not also in `scopes`) in shared mode, which only an exclusive
 * holder waits for. Every caller takes them in the same order (by lock key), so concurrent transactions queue
 * up instead of deadlocking, even when two scope names hash to one key.
 */
export async function lockScopes(db: Queryable, scopes: readonly string[], shared: readonly string[] = []): Promise<void> {
  if (scopes.length === 0 && shared.length === 0) return;
  // DISTINCT keeps the subquery from being flattened: the locks are taken row by row in its sorted order.
  // A key named both ways (or two names hashing to one key) is taken once, exclusively.
  await db.query(
    `SELECT count(CASE WHEN every_shared THEN pg_advisory_xact_lock_shared(k) ELSE pg_advisory_xact_lock(k) END)
     FROM (
       SELECT hashtext(s.name) AS k, bool_and(s.shared) AS every_shared
       FROM (SELECT unnest($1::text[]) AS name, false AS shared UNION ALL SELECT unnest($2::text[]), true) AS s
       GROUP BY 1 ORDER BY 1
     ) AS sorted`,
    [scopes, shared],
  );
}
