// A claim's speaker when a named speaker's words and a described speaker's copy of them join (issue 16, item 1):
// the named one, whichever article came first and however long the description, on the real PostgreSQL.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../jobs/config.ts';
import { planInputs } from '../../jobs/planInputs.ts';
import { openRuntime } from '../../jobs/runtime.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import { createTestDatabase, tempDir } from './services.ts';

const WORDS = 'We are going to build a great wall along the southern border and Mexico will pay for it';

describe('the speaker of a claim printed by a named and a described speaker', () => {
  let folder: { dir: string; remove(): Promise<void> };
  const files: Record<'named' | 'described', string> = { named: '', described: '' };

  before(async () => {
    folder = await tempDir();
    files.named = path.join(folder.dir, 'named.txt');
    files.described = path.join(folder.dir, 'described.txt');
    await fs.writeFile(files.named, `Trump speaks\n\n"${WORDS}," Donald Trump said on Monday.\n`);
    await fs.writeFile(files.described, `Rally report\n\n"${WORDS}," a senior campaign adviser said.\n`);
  });

  after(() => folder.remove());

  for (const order of [['named', 'described'], ['described', 'named']] as const) {
    test(`is the named one when the ${order[0]} article comes first`, async () => {
      const database = await createTestDatabase();
      const runtime: Runtime = await openRuntime(loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'error' }));
      try {
        for (const which of order) {
          const plan = await planInputs([files[which]], { maxBytes: runtime.config.fetch.maxBytes, runId: which });
          await runtime.run(plan.jobs, { wait: true });
        }
        const claims = await runtime.db.query<{ speaker: string | null; mention_count: number }>(
          `SELECT speaker, mention_count FROM claims WHERE kind = 'quote'`,
        );
        assert.deepEqual(claims, [{ speaker: 'Donald Trump', mention_count: 2 }]);
      } finally {
        await runtime.close();
        await database.drop();
      }
    });
  }
});
