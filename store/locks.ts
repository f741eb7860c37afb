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
 * BEGIN in one round trip (TransactionOptions); undefined when there is no scope to lock. `settings` (name and value,
 * written as given: the caller's constants) are set for the rest of the transaction by the same statement.
 */
export function lockScopesStatement(
  scopes: readonly string[],
  shared: readonly string[] = [],
  settings: Readonly<Record<string, string>> = {},
): string | undefined {
  if (scopes.length === 0 && shared.length === 0) return undefined;
  return scopeLocksSql(textArray(scopes), textArray(shared), settings);
}

function scopeLocksSql(scopes: string, shared: string, settings: Readonly<Record<string, string>> = {}): string {
  const set = Object.entries(settings).map(([name, value]) => `set_config(${textLiteral(name)}, ${textLiteral(value)}, true), `);
  // The GROUP BY and ORDER BY keep the subquery from being flattened: the locks are taken row by row in its sorted
  // order. A key named both ways (or two names hashing to one key) is taken once, exclusively.
  return `SELECT ${set.join('')}count(CASE WHEN every_shared THEN pg_advisory_xact_lock_shared(k) ELSE pg_advisory_xact_lock(k) END)
     FROM (
       SELECT hashtext(s.name) AS k, bool_and(s.shared) AS every_shared
       FROM (SELECT unnest(${scopes}) AS name, false AS shared UNION ALL SELECT unnest(${shared}), true) AS s
       GROUP BY 1 ORDER BY 1
     ) AS sorted`;
}

/**
 * A text[] literal of these strings, each quoted as textLiteral quotes it.
 */
export function textArray(values: readonly string[]): string {
  return `ARRAY[${values.map(textLiteral).join(', ')}]::text[]`;
}

/**
 * A string quoted as the pg client's escapeLiteral quotes it (a quote doubled; with a backslash, an E'' string with it
 * doubled), written here so that the embedded default never loads the pg client.
 */
function textLiteral(v: string): string {
  return v.includes('\\') ? `E'${v.replaceAll('\\', '\\\\').replaceAll("'", "''")}'` : `'${v.replaceAll("'", "''")}'`;
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

/**
 * Tries to take, group after group, the transaction-scoped advisory locks of some scopes without waiting for any
 * (as tryLockScopes does, so never out of lockScopes' order into a deadlock): each group's `scopes` exclusively, its
 * `shared` (those not also in `scopes`) in shared mode. A scope this transaction holds already (`held`, exclusively,
 * or `heldShared` for a shared one) is not asked again. Those it got stay held until the transaction ends, even
 * those of a group after one it did not get all of; the scopes of the groups counted are added to `held` and
 * `heldShared`.
 * @returns how many groups, from the first, got every one of their locks.
 */
export async function tryLockGroups(
  db: Queryable,
  groups: ReadonlyArray<{ scopes: readonly string[]; shared: readonly string[] }>,
  held: Set<string>,
  heldShared: Set<string>,
): Promise<number> {
  // What each group asks for, each scope once over the groups (exclusive when any group asks for it so first).
  const asked = new Map<string, { group: number; shared: boolean }>();
  const wanted = groups.map(({ scopes, shared }, group) => {
    const exclusive = new Set(scopes);
    const needs = [...[...exclusive].map((name) => ({ name, shared: false })), ...shared.filter((name) => !exclusive.has(name)).map((name) => ({ name, shared: true }))];
    for (const need of needs) {
      if (held.has(need.name) || (need.shared && heldShared.has(need.name))) continue;
      const before = asked.get(need.name);
      if (!before) asked.set(need.name, { group, shared: need.shared });
      // Asked shared by an earlier group, exclusively by this one: tried exclusively, and the earlier group counted
      // as failed when that fails (a shared try might have passed; the group merely waits for the next batch).
      else if (before.shared && !need.shared) asked.set(need.name, { group: before.group, shared: false });
    }
    return needs;
  });
  let got = groups.length;
  if (asked.size > 0) {
    const rows = [...asked];
    const answers = await db.query<{ got: boolean[] }>(
      `SELECT array_agg(CASE WHEN t.shared THEN pg_try_advisory_xact_lock_shared(hashtext(t.name))
                             ELSE pg_try_advisory_xact_lock(hashtext(t.name)) END ORDER BY t.n) AS got
       FROM unnest($1::text[], $2::boolean[]) WITH ORDINALITY AS t (name, shared, n)`,
      [rows.map(([name]) => name), rows.map(([, a]) => a.shared)],
    );
    const answer = answers[0]?.got ?? [];
    rows.forEach(([, a], i) => {
      if (answer[i] !== true) got = Math.min(got, a.group);
    });
  }
  for (const needs of wanted.slice(0, got)) {
    for (const need of needs) (need.shared ? heldShared : held).add(need.name);
  }
  return got;
}
