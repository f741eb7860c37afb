import type { Db } from '../store/db.ts';

/**
 * What a PostgreSQL serving workers should have, as warnings: autovacuum on. Without it (or VACUUM (ANALYZE) run
 * some other way) the planner keeps the plans it chose for empty tables and every statement reads the dead rows that
 * merges and placements leave behind (each moves articles between stories and rewrites claims): on the e2e bench,
 * PostgreSQL's CPU a page was 11-31% higher than with VACUUM (ANALYZE) every 30 s (README, round tput38). The
 * embedded database is not checked.
 * A server that does not answer gets no warning (the caller's own statements will say why).
 */
export async function checkDatabaseSettings(db: Pick<Db, 'kind' | 'query'>): Promise<string[]> {
  if (db.kind !== 'postgres') return [];
  try {
    const rows = await db.query<{ autovacuum: string }>('SHOW autovacuum');
    if (rows[0]?.autovacuum === 'off') {
      return [
        'PostgreSQL autovacuum is off: turn it on (autovacuum = on), or run VACUUM (ANALYZE) often, or statements slow down as dead rows pile up',
      ];
    }
    return [];
  } catch {
    return [];
  }
}
