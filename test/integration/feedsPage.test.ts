// The web page's /feeds on the real PostgreSQL, after real polls of a local server: every field that
// `claims feeds list` prints is on the page, escaped.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { createWebApp } from '../../app/web/createWebApp.ts';
import { escapeHtml } from '../../app/web/html.ts';
import { loadConfig } from '../../jobs/config.ts';
import { pollFeed } from '../../jobs/pollFeed.ts';
import { openRuntime } from '../../jobs/runtime.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import * as store from '../../store/index.ts';
import type { FeedRow } from '../../store/feeds.ts';
import { rss, serve, startFeedsServer } from './feedsServer.ts';
import type { FeedsServer } from './feedsServer.ts';
import { createTestDatabase } from './services.ts';

const DAY = 86_400_000;

describe('the feeds page', () => {
  let runtime: Runtime;
  let site: FeedsServer;
  let app: Hono;
  const cleanups: Array<() => Promise<void>> = [];

  before(async () => {
    const database = await createTestDatabase();
    cleanups.push(database.drop);
    site = await startFeedsServer();
    cleanups.push(site.close);
    runtime = await openRuntime(
      loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', CLAIMS_ALLOW_PRIVATE_NETWORKS: '1', CLAIMS_RESPECT_ROBOTS: '0' }),
    );
    cleanups.unshift(() => runtime.close());
    const date = new Date(Date.now() - 3600_000);
    site.routes.set(
      '/good.xml',
      serve(
        // Not an inline HTML tag, so the parser keeps it as text (flattenTitles drops <b>, <a> and the like).
        rss('Harbour &lt;blink&gt;news&lt;/blink&gt;', [
          { title: 'One', link: `${site.base}/one`, guid: 'one', date, content: '<p>"The berths are clear," Ines Calloway said.</p>' },
        ]),
        'application/rss+xml',
      ),
    );
    const good = await store.feeds.subscribe(runtime.db, { url: `${site.base}/good.xml`, outlet: 'Elmstead Post', everySeconds: 900 });
    const bad = await store.feeds.subscribe(runtime.db, { url: `${site.base}/gone.xml`, outlet: 'Gone & Co', everySeconds: 900 });
    // Two polls of the good feed (200, then 304) and two of the missing one, the second once it has failed for days.
    await pollFeed(runtime.ctx, { url: good.url, feedId: good.id, poll: true });
    await pollFeed(runtime.ctx, { url: good.url, feedId: good.id, poll: true }, Date.now() + 2 * DAY);
    await pollFeed(runtime.ctx, { url: bad.url, feedId: bad.id, poll: true });
    await runtime.db.query(`UPDATE feeds SET failing_since = now() - interval '2 days' WHERE id = $1`, [bad.id]);
    await pollFeed(runtime.ctx, { url: bad.url, feedId: bad.id, poll: true }, Date.now() + 2 * DAY);
    app = createWebApp({ db: runtime.db, queues: null, apiToken: null });
  });
  after(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  /** The page's row of a feed. */
  const rowOf = (page: string, id: string): string => {
    const start = page.indexOf(`<tr data-feed="${id}">`);
    assert.notEqual(start, -1, `no row for ${id}`);
    return page.slice(start, page.indexOf('</tr>', start));
  };
  const shown = (iso: string | null) => (iso === null ? '—' : iso.replace('T', ' ').replace('Z', ' UTC'));

  test('every field of `claims feeds list` is shown, for a working and a failing feed', async () => {
    const response = await app.request('/feeds');
    assert.equal(response.status, 200);
    const page = await response.text();
    const listed: FeedRow[] = await store.feeds.listSubscribed(runtime.db);
    assert.equal(listed.length, 2);
    const [failing, working] = listed;
    assert.ok(failing && working);
    assert.equal(failing.lastStatus, 'failing');
    assert.equal(working.lastStatus, 'not-modified');
    // Failing feeds first, as in feeds list.
    assert.ok(page.indexOf(`data-feed="${failing.id}"`) < page.indexOf(`data-feed="${working.id}"`));
    for (const f of listed) {
      const row = rowOf(page, f.id);
      assert.ok(row.includes(escapeHtml(f.url)), `url in ${row}`);
      if (f.title) assert.ok(row.includes(escapeHtml(f.title)), `title in ${row}`);
      assert.ok(row.includes(`outlet: ${escapeHtml(f.outlet ?? '')}`), `outlet in ${row}`);
      assert.ok(row.includes(`<span class="status">${f.lastStatus}</span>`), `status in ${row}`);
      assert.ok(row.includes(shown(f.lastFetchedAt)), `last fetch in ${row}`);
      assert.ok(row.includes(shown(f.nextFetchAt)), `next fetch in ${row}`);
      assert.ok(row.includes(`<td>${f.consecutiveErrors}</td>`), `errors in a row in ${row}`);
      assert.ok(row.includes(`<td>${f.articlesSeen}<div`), `articles seen in ${row}`);
    }
    const bad = rowOf(page, failing.id);
    assert.equal(failing.consecutiveErrors, 2);
    assert.ok(bad.includes(` since <time datetime="${failing.failingSince}">${shown(failing.failingSince)}</time>`), bad);
    assert.ok(bad.includes(`last error: ${escapeHtml(failing.lastError ?? 'none')}`), bad);
    assert.match(bad, /HTTP 404/);
    assert.match(bad, /class="warn"/);
    assert.match(bad, /<td>0%<\/td>/);
    const good = rowOf(page, working.id);
    assert.equal(working.articlesSeen, 1);
    assert.match(good, /<td>50%<\/td>/);
    assert.match(good, /1 article stored/);
    assert.match(good, /every \d+(\.\d)? (min|h|d)/);
    // The title is text, not markup.
    assert.ok(good.includes('Harbour &lt;blink&gt;news&lt;/blink&gt;'));
    assert.ok(!page.includes('<blink>news</blink>'));
  });

  test('the API gives the same fields', async () => {
    const body = (await (await app.request('/api/feeds')).json()) as { feeds: Array<Record<string, unknown>> };
    assert.equal(body.feeds.length, 2);
    for (const key of ['title', 'outlet', 'last_fetched_at', 'last_status', 'failing_since', 'next_fetch_at', 'every_seconds', 'consecutive_errors', 'last_error', 'articles_seen', 'not_modified_rate']) {
      assert.ok(key in (body.feeds[0] ?? {}), key);
    }
    assert.deepEqual(
      body.feeds.map((f) => f.not_modified_rate),
      [0, 0.5],
    );
  });
});
