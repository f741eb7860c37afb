/** Reads which claim every mention ended in, page by page (keyset on the id), for scoring the merge. */
import type { Queryable } from '../store/db.ts';

const PAGE = 20_000;

/**
 * Yields [mention id, claim id or null] for every stored mention. The bench's only SQL of its own: the
 * store has no reader of all assignments, and scoring must not hold a million rows from one query.
 */
export async function* readAssignments(db: Queryable): AsyncGenerator<[string, string | null]> {
  let after = '';
  for (;;) {
    const rows = await db.query<{ id: string; claim_id: string | null }>(
      'SELECT id, claim_id FROM mentions WHERE id > $1 ORDER BY id LIMIT $2',
      [after, PAGE],
    );
    for (const row of rows) yield [row.id, row.claim_id];
    const last = rows[rows.length - 1];
    if (!last || rows.length < PAGE) return;
    after = last.id;
  }
}
