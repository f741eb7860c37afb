// The dedupe stage run by several processes at once on the real PostgreSQL: no job fails on a deadlock, and
// the claims are those of one process merging the same articles one after the other (issue 19: the dedupe bench
// lost one article's job a run to "deadlock detected" between a near-duplicate grouping and a placement).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, describe, test } from 'node:test';
import { generateCorpus } from '../../bench/generateCorpus.ts';
import { loadCorpus } from '../../bench/loadCorpus.ts';
import { runPool } from '../../bench/runPool.ts';
import { DEFAULT_MERGE_OPTIONS } from '../../dedupe/decideMerge.ts';
import { loadConfig } from '../../jobs/config.ts';
import type { StageContext } from '../../jobs/context.ts';
import { createLogger } from '../../jobs/logger.ts';
import { processDedupe } from '../../jobs/processDedupe.ts';
import { startExtractionThreads } from '../../jobs/startExtractionThreads.ts';
import type { Db } from '../../store/db.ts';
import * as store from '../../store/index.ts';
import { openDb } from '../../store/openDb.ts';
import { createTestDatabase, openTestDb } from './services.ts';

const contextOf = (db: Db): StageContext => ({
  db,
  fetch: loadConfig({}).fetch,
  dedupe: DEFAULT_MERGE_OPTIONS,
  log: createLogger('silent'),
});

/** Every claim as its id and the ids of its mentions, sorted; a mention in no claim is a claim of its own. */
async function claimsOf(db: Db): Promise<string[]> {
  const rows = await db.query<{ claim: string }>(
    `SELECT coalesce(claim_id, 'none:' || id) || ' ' || string_agg(id, ',' ORDER BY id) AS claim
     FROM mentions GROUP BY coalesce(claim_id, 'none:' || id)`,
  );
  return rows.map((r) => r.claim).sort();
}

/** Every near-duplicate group of more than one article, as its articles' ids, sorted. */
async function groupsOf(db: Db): Promise<string[]> {
  const rows = await db.query<{ members: string }>(
    `SELECT string_agg(id, ',' ORDER BY id) AS members FROM articles
     GROUP BY coalesce(duplicate_of, id) HAVING count(*) > 1`,
  );
  return rows.map((r) => r.members).sort();
}

/** Waits until a backend of the database other than the caller's waits for a lock. */
async function someoneWaits(db: Db): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    const rows = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'`,
    );
    if ((rows[0]?.n ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('no backend came to wait for a lock');
}

describe('dedupe by several processes at once', () => {
  const cleanups: Array<() => Promise<void>> = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  test('a grouping that rewrites placed copies waits for the placement in progress instead of deadlocking with it', async () => {
    const { db, close } = await openTestDb();
    cleanups.push(close);
    // Three copies of one text. The grouping of the last, whose id is the least, rewrites the other two's rows,
    // which a placement (of other articles, in a batch) is rewriting meanwhile, in the other order.
    const text = Array.from({ length: 40 }, (_, i) => `Sentence ${i} of the wire story about the harbour bridge.`).join(' ');
    const contentHash = createHash('sha256').update(text).digest('hex').slice(0, 32);
    const urls = Array.from({ length: 3 }, (_, i) => `https://copies.example/${i}`);
    const ids = urls.map((url) => store.articles.articleId(url));
    for (const url of urls) {
      await store.articles.upsert(db, {
        url,
        canonicalUrl: url,
        title: 'Harbour bridge',
        byline: null,
        publishedAt: '2026-03-01T10:00:00Z',
        siteName: null,
        language: 'en',
        text,
        outlet: null,
        feedId: null,
        contentHash,
      });
    }
    const [least, middle, greatest] = [...ids].sort() as [string, string, string];
    const ctx = contextOf(db);
    for (const id of [middle, greatest]) await processDedupe(ctx, { articleId: id, contentHash });
    const groups = () => db.query<{ id: string; duplicate_of: string | null }>('SELECT id, duplicate_of FROM articles ORDER BY id');
    assert.deepEqual((await groups()).slice(1), [
      { id: middle, duplicate_of: null },
      { id: greatest, duplicate_of: middle },
    ]);

    let grouped: Promise<unknown> = Promise.resolve();
    await db.transaction(async (tx) => {
      // What a placement does: under the placements lock, rewrite articles' rows, one statement after another.
      await store.stories.lockPlacements(tx);
      await tx.query('UPDATE articles SET story_terms = story_terms WHERE id = $1', [greatest]);
      grouped = processDedupe(ctx, { articleId: least, contentHash });
      await someoneWaits(db);
      await tx.query('UPDATE articles SET story_terms = story_terms WHERE id = $1', [middle]);
    });
    await grouped;
    assert.deepEqual(await groups(), [
      { id: least, duplicate_of: null },
      { id: middle, duplicate_of: least },
      { id: greatest, duplicate_of: least },
    ]);
  });

  test('three processes of two jobs each merge overlapping articles as one process does, no job failing', async () => {
    const corpus = [...generateCorpus({ seed: 7, mentions: 1200 })];
    const runs: string[][] = [];
    const groupings: string[][] = [];
    for (const processes of [1, 3]) {
      const database = await createTestDatabase();
      const dbs: Db[] = [];
      cleanups.push(async () => {
        for (const db of dbs) await db.close();
        await database.drop();
      });
      for (let i = 0; i < processes; i++) dbs.push(await openDb({ databaseUrl: database.url, dataDir: '' }));
      const first = dbs[0] as Db;
      const loaded = await loadCorpus(first, corpus, { concurrency: 1 });
      assert.ok(loaded.articles.length > 100, String(loaded.articles.length));
      const failures: unknown[] = [];
      // One process merges one article after the other; the others share the articles out, two jobs a process
      // (each process with its pool and its placement batcher, as `claims worker` processes have), their merges
      // planned and their neighbourhoods regrouped in dedupe threads (as a worker's are; shared by the three here),
      // the one process's on its event loop.
      const threads = processes === 1 ? null : startExtractionThreads(1, 2);
      cleanups.push(async () => threads?.close());
      const queue = loaded.articles[Symbol.iterator]();
      await Promise.all(
        dbs.map((db) =>
          runPool(queue, processes === 1 ? 1 : 2, async (article) => {
            try {
              const ctx = threads?.planMerges && threads.regroupNeighbourhood
                ? { ...contextOf(db), planMerges: threads.planMerges, regroupNeighbourhood: threads.regroupNeighbourhood }
                : contextOf(db);
              await processDedupe(ctx, { articleId: article.articleId, contentHash: article.contentHash });
            } catch (error) {
              failures.push(error);
            }
          }),
        ),
      );
      assert.deepEqual(failures.map(String), []);
      const unmerged = await first.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM articles WHERE deduped_hash IS DISTINCT FROM content_hash',
      );
      assert.equal(unmerged[0]?.n, 0);
      runs.push(await claimsOf(first));
      groupings.push(await groupsOf(first));
    }
    const [alone, together] = runs as [string[], string[]];
    assert.ok(alone.filter((claim) => claim.includes(',')).length > 50, String(alone.length));
    assert.deepEqual(together, alone);
    // Near-duplicate groups too: each process groups its jobs' articles several under one lock (GroupBatcher).
    const [groupsAlone, groupsTogether] = groupings as [string[], string[]];
    assert.ok(groupsAlone.some((group) => group.includes(',')), 'some articles are grouped as copies');
    assert.deepEqual(groupsTogether, groupsAlone);
  });
});
