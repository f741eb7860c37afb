// A figure joins the figures of its story: when a placement moves an article into another story, its figures
// are merged again, so that the claims are those of the stories as they are now, whichever article arrived first.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { mergeMovedFigures } from '../../jobs/processDedupe.ts';
import { ingestInOrder } from './ingestInOrder.ts';
import { tempDir } from './services.ts';

describe('figures follow their story', () => {
  const cleanups: Array<() => Promise<void>> = [];
  after(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  test('a figure merged in a story of its own joins the same figure of the story its article is moved to', async () => {
    const temp = await tempDir();
    cleanups.push(temp.remove);
    const files = {
      valley:
        'Floodwater swept through the Varnholt valley overnight. Two bridges were closed. Mayor Ilse Varkonen ordered the evacuation of the riverside schools.\n',
      dam: 'Engineer Teodor Brask warned that the Tessaly dam was under strain. Two bridges were closed. Inspectors will climb the concrete wall at dawn.\n',
    };
    const paths = await Promise.all(
      Object.entries(files).map(async ([name, text]) => {
        const file = path.join(temp.dir, `${name}.txt`);
        await fs.writeFile(file, text);
        return file;
      }),
    );
    const runtime = await ingestInOrder(paths, cleanups);
    const db = runtime.db;
    const articles = await db.query<{ id: string; url: string }>('SELECT id, url FROM articles ORDER BY url');
    const [dam, valley] = articles.map((a) => a.id) as [string, string];
    // Each article in a story of its own, its figure merged there (a small count: one fact per story).
    await db.query('UPDATE articles SET story_id = id');
    const claimsOfBridges = async () => {
      const rows = await db.query<{ claim_id: string; article_id: string }>(
        "SELECT claim_id, article_id FROM mentions WHERE kind = 'number' AND value = 2 ORDER BY article_id",
      );
      assert.equal(rows.length, 2, JSON.stringify(rows));
      return new Set(rows.map((r) => r.claim_id)).size;
    };
    await mergeMovedFigures(runtime.ctx, [dam, valley]);
    assert.equal(await claimsOfBridges(), 2);
    // A later report puts the dam article in the valley's story: its figure joins the valley's.
    const story = valley < dam ? valley : dam;
    await db.query('UPDATE articles SET story_id = $1 WHERE id = ANY($2::text[])', [story, [dam, valley]]);
    await mergeMovedFigures(runtime.ctx, [dam]);
    assert.equal(await claimsOfBridges(), 1);
  });
});
