// The e2e bench's pages (quotes of a few speakers repeated across outlets, figures, boilerplate) ingested in
// two orders give the same quote and statement claims: these never depend on the order of arrival. (Figures
// join within their story, and stories may be placed otherwise in another order: README, Stories.)
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { generatePages } from '../../bench/e2e/generatePages.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import { ingestInOrder } from './ingestInOrder.ts';
import { tempDir } from './services.ts';

/** Each quote or statement claim as the ids of its mentions. */
async function textClaims(runtime: Runtime): Promise<string[]> {
  const rows = await runtime.db.query<{ ids: string }>(
    `SELECT string_agg(m.id, ',' ORDER BY m.id) AS ids FROM claims c JOIN mentions m ON m.claim_id = c.id
     WHERE c.kind <> 'number' GROUP BY c.id`,
  );
  return rows.map((r) => r.ids).sort();
}

describe('order independence on generated pages', () => {
  const cleanups: Array<() => Promise<void>> = [];
  after(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  test('forwards and backwards, the same quote and statement claims', async () => {
    const temp = await tempDir();
    cleanups.push(temp.remove);
    const files = await Promise.all(
      generatePages(40).map(async (page, i) => {
        const file = path.join(temp.dir, `page-${String(i).padStart(3, '0')}.html`);
        await fs.writeFile(file, page.html);
        return file;
      }),
    );
    const forwards = await textClaims(await ingestInOrder(files, cleanups));
    const backwards = await textClaims(await ingestInOrder([...files].reverse(), cleanups));
    // Most statements are repeated by several pages: claims of more than one mention exist.
    assert.ok(forwards.filter((ids) => ids.includes(',')).length > 5, String(forwards.length));
    assert.deepEqual(backwards, forwards);
  });
});
