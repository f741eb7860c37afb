// claims.conflicted (migration 0015), which the has-conflicts filter reads with claim_conflicts: set by the
// merge that records a conflict, on the claim it writes and on the other side, whichever article comes first.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { searchClaims } from '../../store/search.ts';
import { ingestInOrder, writeRivalFigures } from './ingestInOrder.ts';
import { tempDir } from './services.ts';

/** Claims with a conflict that are not flagged: the flag may claim too much, never too little. */
const UNFLAGGED = 'SELECT c.id FROM claims c WHERE NOT c.conflicted AND c.id IN (SELECT claim_id FROM claim_conflicts)';

describe('claims with conflicting variants', () => {
  const cleanups: Array<() => Promise<void>> = [];
  after(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  test('a figure reported with another value flags both claims, in either order', async () => {
    const temp = await tempDir();
    cleanups.push(temp.remove);
    const { right, wrong, other } = await writeRivalFigures(temp.dir);
    for (const order of [[right, wrong, other], [other, wrong, right]]) {
      const runtime = await ingestInOrder(order, cleanups);
      const stored = await runtime.db.query<{ claim_id: string }>('SELECT DISTINCT claim_id FROM claim_conflicts ORDER BY 1');
      assert.equal(stored.length, 2, 'the two WhatsApp figures conflict');
      assert.deepEqual(await runtime.db.query(UNFLAGGED), []);
      const found = await searchClaims(runtime.db, { hasConflicts: true }, { limit: 100 });
      assert.deepEqual(found.results.map((r) => r.id).sort(), stored.map((r) => r.claim_id));
      const users = await searchClaims(runtime.db, { query: 'users', hasConflicts: false }, { limit: 100 });
      assert.ok(users.results.length > 0 && users.results.every((r) => !stored.some((s) => s.claim_id === r.id)));
    }
  });
});
