import type { Db, Queryable } from '../../store/db.ts';

/**
 * A Queryable that records the plan of each statement instead of running it (every statement answers no rows),
 * so that a test can check which indexes the store's statements would use. Sequential scans are off: a test's
 * small table is cheaper to scan than any index, and the plan is read as a big table's would be planned.
 */
export function recordPlans(db: Db): { recorder: Queryable; plans: string[] } {
  const plans: string[] = [];
  const recorder: Queryable = {
    query: async <R extends object>(sql: string, params?: readonly unknown[]): Promise<R[]> => {
      plans.push(
        await db.transaction(async (tx) => {
          await tx.query('SET LOCAL enable_seqscan = off');
          const plan = await tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params);
          return plan.map((r) => r['QUERY PLAN']).join('\n');
        }),
      );
      return [];
    },
  };
  return { recorder, plans };
}
