// Local files with their outlet and date (flags, sidecars, printed lines), outlet counts that leave unknown
// outlets out, one article whichever route reached it, and the CSV's outlets column: on PostgreSQL.
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { claimToCsvRow, csvHeader } from '../../app/csv.ts';
import { loadConfig } from '../../jobs/config.ts';
import { planInputs } from '../../jobs/planInputs.ts';
import { openRuntime } from '../../jobs/runtime.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import { streamClaims } from '../../store/exportClaims.ts';
import type { ClaimRecord } from '../../store/claimRecords.ts';
import { page, rss, serve, startFeedsServer } from './feedsServer.ts';
import type { FeedsServer } from './feedsServer.ts';
import { createTestDatabase, REPO_ROOT, tempDir } from './services.ts';

const CORPUS = path.join(REPO_ROOT, 'app', 'demo', 'corpus');

describe('files with metadata, and one article per story whichever way it came', () => {
  let runtime: Runtime;
  let server: FeedsServer;
  let dir: string;
  const cleanups: Array<() => Promise<void>> = [];

  const ingest = async (inputs: string[], given: { outlet?: string; publishedAt?: string } = {}) => {
    const plan = await planInputs(inputs, { maxBytes: runtime.config.fetch.maxBytes, runId: String(Math.random()), ...given });
    assert.deepEqual(plan.failures, []);
    const report = await runtime.run(plan.jobs, { wait: true });
    assert.deepEqual(report?.failures, []);
    return report!;
  };
  const articles = () =>
    runtime.db.query<{ url: string; outlet: string | null; title: string | null; byline: string | null; published_at: Date | null }>(
      'SELECT url, outlet, title, byline, published_at FROM articles ORDER BY url',
    );
  const claims = async () => {
    const all: ClaimRecord[] = [];
    for await (const c of streamClaims(runtime.db)) all.push(c);
    return all;
  };
  const reset = () => runtime.db.exec('TRUNCATE articles, mentions, claims, speakers, article_aliases CASCADE');

  before(async () => {
    const database = await createTestDatabase();
    cleanups.push(database.drop);
    const temp = await tempDir();
    cleanups.push(temp.remove);
    dir = temp.dir;
    server = await startFeedsServer();
    cleanups.push(server.close);
    runtime = await openRuntime(
      loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', CLAIMS_ALLOW_PRIVATE_NETWORKS: '1', CLAIMS_RESPECT_ROBOTS: '0' }),
    );
  });
  after(async () => {
    await runtime.close();
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  test('--outlet and --published, a sidecar, and printed lines give files their outlet and date', async () => {
    const folder = path.join(dir, 'own');
    await mkdir(folder);
    for (const name of ['01_carrisford-courier.txt', '03_radio-carrisford.txt', '04_midshire-evening-post.txt']) {
      await writeFile(path.join(folder, name), await readFile(path.join(CORPUS, name)));
    }
    await writeFile(
      path.join(folder, '03_radio-carrisford.json'),
      JSON.stringify({ outlet: 'Radio Carrisford', published: '2025-06-09T07:30:00+01:00', title: 'Boil your water' }),
    );
    const midshire = await readFile(path.join(CORPUS, '04_midshire-evening-post.txt'), 'utf8');
    const [headline, ...rest] = midshire.split('\n');
    await writeFile(
      path.join(folder, '04_midshire-evening-post.txt'),
      [headline, 'By Alys Penhallow | Published 9 June 2025', ...rest, '© 2025 Midshire Evening Post. All rights reserved.'].join('\n'),
    );
    await ingest([path.join(folder, '01_carrisford-courier.txt')], { outlet: 'Carrisford Courier', publishedAt: '2025-06-08T22:00:00.000Z' });
    await ingest([folder]);
    const stored = await articles();
    assert.deepEqual(
      stored.map((a) => [path.basename(a.url), a.outlet, a.published_at?.toISOString() ?? null]),
      [
        ['01_carrisford-courier.txt', 'Carrisford Courier', '2025-06-08T22:00:00.000Z'],
        ['03_radio-carrisford.txt', 'Radio Carrisford', '2025-06-09T06:30:00.000Z'],
        ['04_midshire-evening-post.txt', 'Midshire Evening Post', '2025-06-09T00:00:00.000Z'],
      ],
    );
    assert.equal(stored[1]?.title, 'Boil your water');
    assert.equal(stored[2]?.byline, 'Alys Penhallow');
    const okafor = (await claims()).find((c) => c.speaker === 'Maren Okafor' && c.article_count === 3);
    assert.ok(okafor, 'the apology is carried by the three files');
    assert.equal(okafor.outlet_count, 3);
  });

  test('--published dates a page URL only when the page has no date; feed entries keep their own', async () => {
    await reset();
    const herald = await readFile(path.join(CORPUS, '05_westmarch-herald.html'), 'utf8');
    server.routes.set('/dated', serve(herald, 'text/html; charset=utf-8'));
    server.routes.set('/undated', serve(page('Port talks resume', '"We are close," the harbour master said.'), 'text/html; charset=utf-8'));
    const entry = {
      title: 'Ferry fares',
      link: `${server.base}/entry`,
      guid: 'entry-1',
      date: new Date('2025-05-01T09:00:00Z'),
      content: page('Ferry fares', '"Fares will rise," the operator said.'),
    };
    server.routes.set('/feed.xml', serve(rss('Coast feed', [entry]), 'application/rss+xml'));
    const given = '2026-02-12T00:00:00.000Z';
    await ingest(['dated', 'undated', 'feed.xml'].map((p) => `${server.base}/${p}`), { publishedAt: given });
    const dateOf = new Map((await articles()).map((a) => [new URL(a.url).pathname, a.published_at?.toISOString() ?? null]));
    assert.deepEqual(Object.fromEntries(dateOf), {
      '/dated': '2025-06-09T15:20:00.000Z',
      '/undated': given,
      '/entry': '2025-05-01T09:00:00.000Z',
    });
  });

  test('articles of unknown outlet count as no outlet; the CSV names the known ones', async () => {
    await reset();
    // The files alone, without the demo's sidecars.
    const folder = path.join(dir, 'bare');
    await mkdir(folder);
    const files: string[] = [];
    for (const name of ['01_carrisford-courier.txt', '03_radio-carrisford.txt', '04_midshire-evening-post.txt']) {
      files.push(path.join(folder, name));
      await writeFile(path.join(folder, name), await readFile(path.join(CORPUS, name)));
    }
    await ingest(files.slice(0, 2));
    await ingest([files[2]!], { outlet: 'Midshire Evening Post' });
    const carried = (await claims()).find((c) => c.speaker === 'Maren Okafor' && c.article_count === 3);
    assert.ok(carried, 'the apology is carried by the three files');
    assert.equal(carried.outlet_count, 1);
    // Told the outlet of a file already stored, its claims count it at once.
    await ingest([files[0]!], { outlet: 'Carrisford Courier' });
    const recounted = (await claims()).find((c) => c.id === carried.id);
    assert.equal(recounted?.outlet_count, 2);
    const header = csvHeader().trim().split(',');
    const row = claimToCsvRow(carried);
    assert.ok(header.includes('outlets'));
    assert.ok(row.includes(',Midshire Evening Post,'), row);
  });

  test('a file whose sidecar names its URL, and that URL, are one article, in either order', async () => {
    await reset();
    const html = await readFile(path.join(CORPUS, '05_westmarch-herald.html'), 'utf8');
    server.routes.set('/news/boil', serve(html, 'text/html; charset=utf-8'));
    const url = `${server.base}/news/boil`;
    const file = path.join(dir, 'saved.txt');
    await writeFile(file, await readFile(path.join(CORPUS, '01_carrisford-courier.txt')));
    await writeFile(path.join(dir, 'saved.json'), JSON.stringify({ url }));
    await ingest([file]);
    await ingest([url]);
    assert.deepEqual((await articles()).map((a) => a.url), [url]);
    await reset();
    await ingest([url]);
    await ingest([file]);
    assert.deepEqual((await articles()).map((a) => a.url), [url]);
  });

  test('a file holding the very text of an article from the web is that article (a backfill of saved pages)', async () => {
    await reset();
    const html = await readFile(path.join(CORPUS, '05_westmarch-herald.html'), 'utf8');
    server.routes.set('/news/herald', serve(html, 'text/html; charset=utf-8'));
    await ingest([`${server.base}/news/herald`]);
    const [web] = await runtime.db.query<{ text: string; outlet: string }>('SELECT text, outlet FROM articles');
    const folder = path.join(dir, 'saved-pages');
    await mkdir(folder);
    await writeFile(path.join(folder, 'herald.txt'), web!.text);
    const again = await ingest([folder]);
    assert.equal(again.stats.articlesNew, 0);
    assert.equal((await articles()).length, 1);
    for (const claim of await claims()) assert.equal(claim.outlet_count, 1);
  });
});
