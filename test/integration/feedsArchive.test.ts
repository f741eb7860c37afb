// Entry identity and archives on the real PostgreSQL, against a local HTTP server: one story reached
// several ways is one article; sitemaps, sitemap indexes and RFC 5005 archive pages are ingested.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../jobs/config.ts';
import { planInputs } from '../../jobs/planInputs.ts';
import { openRuntime } from '../../jobs/runtime.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import { page, rss, serve, startFeedsServer } from './feedsServer.ts';
import type { FeedsServer } from './feedsServer.ts';
import { createTestDatabase, tempDir } from './services.ts';

const XML = 'application/rss+xml';
const DAY = 24 * 3600_000;

describe('entry identity and archives', () => {
  let server: FeedsServer;
  let runtime: Runtime;
  const cleanups: Array<() => Promise<void>> = [];
  const ingest = async (inputs: string[]) => {
    const plan = await planInputs(inputs, { maxBytes: 1e7, runId: String(Math.random()) });
    const report = await runtime.run(plan.jobs, { wait: true });
    assert.deepEqual(report?.failures, []);
    return report!;
  };
  const urlsLike = async (pattern: string) =>
    (await runtime.db.query<{ url: string }>('SELECT url FROM articles WHERE url LIKE $1 ORDER BY url', [pattern])).map((r) => r.url);

  before(async () => {
    server = await startFeedsServer();
    const database = await createTestDatabase();
    runtime = await openRuntime(loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', CLAIMS_ALLOW_PRIVATE_NETWORKS: '1' }));
    cleanups.push(() => runtime.close(), database.drop, server.close);
  });
  after(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  test('the same article through two feeds, with tracking parameters, a new GUID or a canonical link, is one article', async () => {
    const b = server.base;
    server.routes.set('/id/story', serve(page('Talks resume', 'The talks resumed on Monday, officials said.', `${b}/id/story`), 'text/html'));
    server.routes.set('/id/amp', serve(page('Talks resume', 'The talks resumed on Monday, officials said.', `${b}/id/story?utm_medium=amp`), 'text/html'));
    const day = new Date(Date.now() - DAY);
    server.routes.set('/id/a.xml', serve(rss('A', [{ title: 'Talks resume', link: `${b}/id/story?utm_source=a&fbclid=1#top`, guid: 'a-1', date: day }]), XML));
    server.routes.set('/id/b.xml', serve(rss('B', [
      { title: 'Talks resume', link: `${b}/id/story?utm_source=b`, guid: 'b-1', date: day },
      { title: 'Talks resume (AMP)', link: `${b}/id/amp`, guid: 'b-2', date: day },
    ]), XML));
    const first = await ingest([`${b}/id/a.xml`]);
    assert.equal(first.stats.articlesNew, 1);
    const second = await ingest([`${b}/id/b.xml`]);
    assert.equal(second.stats.articlesNew, 0, 'the second feed finds it stored');
    assert.deepEqual(await urlsLike(`${b}/id/%`), [`${b}/id/story`]);
    // Re-published under a new URL and GUID on the same site, with the same text: still one article.
    server.routes.set('/id/story-updated', serve(page('Talks resume (updated)', 'The talks resumed on Monday, officials said.'), 'text/html'));
    server.routes.set('/id/c.xml', serve(rss('C', [{ title: 'Talks resume', link: `${b}/id/story-updated`, guid: 'c-9', date: day }]), XML));
    assert.equal((await ingest([`${b}/id/c.xml`])).stats.articlesNew, 0);
    assert.deepEqual(await urlsLike(`${b}/id/%`), [`${b}/id/story`]);
  });

  test('a sitemap index, its news sitemap and a sitemap file are ingested', async () => {
    const b = server.base;
    for (const n of [1, 2, 3]) server.routes.set(`/sm/${n}`, serve(page(`Sitemap story ${n}`, `Story number ${n} of the sitemap tells of harvest ${n}.`), 'text/html'));
    const urlset = (ns: number[]) => `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      ${ns.map((n) => `<url><loc>${b}/sm/${n}</loc><news:news><news:publication_date>2026-01-0${n}</news:publication_date></news:news></url>`).join('')}</urlset>`;
    server.routes.set('/sitemap-news.xml', serve(urlset([1, 2]), 'application/xml'));
    server.routes.set('/sitemap.xml', serve(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>/sitemap-news.xml</loc></sitemap></sitemapindex>`, 'application/xml'));
    const report = await ingest([`${b}/sitemap.xml`]);
    assert.equal(report.stats.articlesNew, 2);
    const dir = await tempDir();
    cleanups.unshift(dir.remove);
    const file = path.join(dir.dir, 'sitemap.xml');
    await fs.writeFile(file, urlset([2, 3]));
    assert.equal((await ingest([file])).stats.articlesNew, 1);
    assert.deepEqual(await urlsLike(`${b}/sm/%`), [1, 2, 3].map((n) => `${b}/sm/${n}`));
  });

  test("a feed's RFC 5005 archive pages are followed back", async () => {
    const b = server.base;
    const entry = (n: number) => ({
      title: `Archive ${n}`, link: `${b}/ar/${n}`, guid: `ar-${n}`, date: new Date(Date.now() - n * DAY),
      content: `<p>Archived story ${n}: "We will rebuild the bridge ${n}," said Mayor Lena Holm.</p>`,
    });
    const link = (rel: string, href: string) => `<atom:link rel="${rel}" href="${href}"/>`;
    server.routes.set('/ar/feed.xml', serve(rss('Arch', [entry(0)], link('prev-archive', `${b}/ar/2025.xml`)), XML));
    server.routes.set('/ar/2025.xml', serve(rss('Arch', [entry(1)], link('current', `${b}/ar/feed.xml`) + link('prev-archive', '/ar/2024.xml')), XML));
    server.routes.set('/ar/2024.xml', serve(rss('Arch', [entry(2)], link('next-archive', `${b}/ar/2025.xml`)), XML));
    await ingest([`${b}/ar/feed.xml`]);
    assert.deepEqual(await urlsLike(`${b}/ar/%`), [0, 1, 2].map((n) => `${b}/ar/${n}`));
    const feeds = await runtime.db.query<{ url: string }>(`SELECT url FROM feeds WHERE url LIKE $1`, [`${b}/ar/%`]);
    assert.deepEqual(feeds.map((f) => f.url), [`${b}/ar/feed.xml`], 'archive pages are not feeds of their own');
  });
});
