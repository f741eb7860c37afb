// Full-text feeds polled with a 200 every time (no validators): an unchanged entry costs no write, an edited
// one is stored and extracted again, a new GUID for a known URL stays one article; on PostgreSQL and embedded.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TestContext } from 'node:test';
import { addFeeds, pollDueFeeds } from '../../app/commands/feeds.ts';
import { loadConfig } from '../../jobs/config.ts';
import { processFetch } from '../../jobs/processFetch.ts';
import { openRuntime } from '../../jobs/runtime.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import type { RunReport } from '../../jobs/runReport.ts';
import { rss, startFeedsServer } from './feedsServer.ts';
import type { FeedsServer, Route, TestEntry } from './feedsServer.ts';
import { createTestDatabase, tempDir } from './services.ts';

const HOUR = 3600_000;

/** Serves whatever body() gives now, always with a 200 and no ETag or Last-Modified. */
const serveFresh =
  (body: () => string): Route =>
  (_req, res) => {
    res.setHeader('content-type', 'application/rss+xml');
    res.end(body());
  };

const story = (prefix: string, i: number, said = 'We will keep talking'): TestEntry => ({
  title: `${prefix} story ${i}`,
  link: `http://127.0.0.1/${prefix}/${i}`,
  guid: `${prefix}-${i}`,
  date: new Date(Date.UTC(2026, 10, 1) - i * HOUR),
  content:
    `<p>${prefix} story ${i}. "${said}," said Anna Berg, the minister, on day ${i}.</p>` +
    `<p>The talks on the harbour went on for ${i + 3} hours, and 12 delegates stayed until the end of the session.</p>`,
});

/** The row version of every article and alias: an UPDATE (even to the same values) changes it. */
async function rowVersions(runtime: Runtime): Promise<Map<string, string>> {
  const rows = await runtime.db.query<{ key: string; version: string }>(
    `SELECT 'article ' || id AS key, xmin::text AS version FROM articles
     UNION ALL SELECT 'alias ' || alias, xmin::text FROM article_aliases`,
  );
  return new Map(rows.map((r) => [r.key, r.version]));
}

async function poll(runtime: Runtime, feedId: string): Promise<RunReport> {
  await runtime.db.query('UPDATE feeds SET next_fetch_at = now() WHERE id = $1', [feedId]);
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return await pollDueFeeds(runtime, true);
  } finally {
    process.stdout.write = write;
  }
}

const count = async (runtime: Runtime, sql: string, params: unknown[] = []) =>
  Number((await runtime.db.query<{ n: string }>(sql, params))[0]?.n);

describe('full-text feeds polled with a 200', () => {
  let server: FeedsServer;
  let databaseUrl: string;
  const cleanups: Array<() => Promise<void>> = [];

  before(async () => {
    server = await startFeedsServer();
    const database = await createTestDatabase();
    databaseUrl = database.url;
    cleanups.push(database.drop, server.close);
  });
  after(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  /** Two polls of the same feed: the second writes nothing and asks for no extraction. */
  async function checkUnchangedPoll(
    runtime: Runtime,
    prefix: string,
  ): Promise<{ feedId: string; entries: TestEntry[] }> {
    const entries = Array.from({ length: 4 }, (_, i) => ({
      ...story(prefix, i),
      link: `${server.base}/${prefix}/${i}`,
    }));
    server.routes.set(
      `/${prefix}.xml`,
      serveFresh(() => rss(prefix, entries)),
    );
    const [feed] = await addFeeds(runtime, [`${server.base}/${prefix}.xml`], { everySeconds: 900 });
    const first = await poll(runtime, feed!.id);
    assert.deepEqual(first.failures, []);
    assert.equal(first.stats.articlesNew, 4);
    assert.ok(first.stats.mentions > 0, 'the articles were extracted');
    assert.equal(first.jobsDone, 1 + 4 + 4, 'the poll, then an extraction and a merge per article');
    const before = await rowVersions(runtime);

    const second = await poll(runtime, feed!.id);
    assert.deepEqual(second.failures, []);
    assert.deepEqual([second.stats.articlesNew, second.stats.articlesSeen, second.stats.mentions], [0, 4, 0]);
    assert.equal(second.jobsDone, 1, 'the poll alone: no extraction asked for');
    assert.deepEqual(await rowVersions(runtime), before, 'no article or alias written');
    assert.equal(server.log.filter((l) => l.path === `/${prefix}.xml`).at(-1)?.status, 200);
    return { feedId: feed!.id, entries };
  }

  test('PostgreSQL: an unchanged entry is not written again, an edited one is, a new GUID keeps its article', async () => {
    const runtime = await openRuntime(
      loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', CLAIMS_ALLOW_PRIVATE_NETWORKS: '1' }),
    );
    try {
      const { feedId, entries } = await checkUnchangedPoll(runtime, 'pg');
      const before = await rowVersions(runtime);
      const idOf = async (i: number) =>
        (
          await runtime.db.query<{ id: string }>('SELECT id FROM articles WHERE url = $1', [entries[i]!.link])
        )[0]!.id;
      const [edited, moved] = [await idOf(1), await idOf(2)];

      // Entry 1 is edited; entry 2 comes back under a new GUID, its link with a tracking parameter (the same canonical URL).
      entries[1] = { ...entries[1]!, content: story('pg', 1, 'We have stopped talking').content };
      entries[2] = { ...entries[2]!, guid: 'pg-2-renamed', link: `${entries[2]!.link}?utm_source=feed` };
      const third = await poll(runtime, feedId);
      assert.deepEqual(third.failures, []);
      assert.deepEqual([third.stats.articlesNew, third.stats.articlesSeen], [0, 4]);
      assert.equal(
        await count(runtime, 'SELECT count(*) AS n FROM articles'),
        4,
        'still one article per story',
      );
      const [article] = await runtime.db.query<{
        text: string;
        content_hash: string;
        extracted_hash: string;
        deduped_hash: string;
      }>('SELECT text, content_hash, extracted_hash, deduped_hash FROM articles WHERE id = $1', [edited]);
      assert.match(article!.text, /We have stopped talking/);
      assert.equal(article!.extracted_hash, article!.content_hash, 're-extracted');
      assert.equal(article!.deduped_hash, article!.content_hash, 're-merged');
      const quotes = await runtime.db.query<{ text: string }>(
        `SELECT text FROM mentions WHERE article_id = $1 AND kind = 'quote'`,
        [edited],
      );
      assert.ok(
        quotes.some((q) => /stopped talking/.test(q.text)),
        JSON.stringify(quotes),
      );
      assert.ok(!quotes.some((q) => /keep talking/.test(q.text)), 'the old version is gone');
      const renamed = await runtime.db.query<{ article_id: string }>(
        'SELECT article_id FROM article_aliases WHERE alias = $1',
        [`guid:${feedId}:pg-2-renamed`],
      );
      assert.deepEqual(renamed, [{ article_id: moved }], 'the new GUID names the same article');
      const after = await rowVersions(runtime);
      for (const i of [0, 3]) {
        const key = `article ${await idOf(i)}`;
        assert.equal(after.get(key), before.get(key), `entry ${i} untouched`);
      }
      assert.notEqual(after.get(`article ${edited}`), before.get(`article ${edited}`));

      // Everything is known again: the next poll writes nothing.
      const fourth = await poll(runtime, feedId);
      assert.deepEqual([fourth.stats.articlesNew, fourth.stats.articlesSeen, fourth.jobsDone], [0, 4, 1]);
      assert.deepEqual(await rowVersions(runtime), after);
    } finally {
      await runtime.close();
    }
  });

  test('embedded database: an unchanged entry is not written again', async () => {
    const dir = await tempDir();
    cleanups.unshift(dir.remove);
    const runtime = await openRuntime(
      loadConfig({ CLAIMS_DATA_DIR: dir.dir, LOG_LEVEL: 'silent', CLAIMS_ALLOW_PRIVATE_NETWORKS: '1' }),
    );
    try {
      await checkUnchangedPoll(runtime, 'embedded');
    } finally {
      await runtime.close();
    }
  });

  test('the fetch stage of an unchanged 2,000-entry feed (timing printed)', async (t: TestContext) => {
    const runtime = await openRuntime(
      loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', CLAIMS_ALLOW_PRIVATE_NETWORKS: '1' }),
    );
    try {
      const n = 2000;
      const entries = Array.from({ length: n }, (_, i) => ({
        ...story('big', i),
        link: `${server.base}/big/${i}`,
      }));
      const body = rss('Big', entries);
      server.routes.set(
        '/big.xml',
        serveFresh(() => body),
      );
      const [feed] = await addFeeds(runtime, [`${server.base}/big.xml`], { everySeconds: 900 });
      const data = { url: `${server.base}/big.xml`, feedId: feed!.id, poll: true };
      let started = performance.now();
      const first = await processFetch(runtime.ctx, data);
      const firstMs = performance.now() - started;
      assert.equal(first.stats.articlesNew, n);
      // As if the extractions and merges it asked for had run.
      await runtime.db.query(
        'UPDATE articles SET extracted_hash = content_hash, deduped_hash = content_hash',
      );
      started = performance.now();
      const second = await processFetch(runtime.ctx, data);
      const secondMs = performance.now() - started;
      t.diagnostic(
        `${n} full-text entries: first fetch stage ${Math.round(firstMs)} ms, unchanged second ${Math.round(secondMs)} ms`,
      );
      assert.deepEqual([second.stats.articlesNew, second.stats.articlesSeen], [0, n]);
      assert.deepEqual(second.next, [], 'no extraction asked for');
    } finally {
      await runtime.close();
    }
  });
});
