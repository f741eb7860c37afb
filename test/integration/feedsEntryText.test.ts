// A feed whose entries' pages cannot be fetched, a feed in back-off polled now, and feed errors beside the
// failed jobs: on PostgreSQL, through the commands' own functions.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { listFailures } from '../../app/commands/jobs.ts';
import { addFeeds, pollDueFeeds } from '../../app/commands/feeds.ts';
import { loadConfig } from '../../jobs/config.ts';
import { openRuntime } from '../../jobs/runtime.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import type { RunReport } from '../../jobs/runReport.ts';
import { getClaimDetail } from '../../store/claimDetail.ts';
import { page, serve, startFeedsServer } from './feedsServer.ts';
import type { FeedsServer } from './feedsServer.ts';
import { createTestDatabase } from './services.ts';

const item = (base: string, n: number, description: string | null) =>
  `<item><title>Story ${n}</title><link>${base}/story/${n}</link><guid isPermaLink="false">s-${n}</guid>` +
  `<pubDate>${new Date(Date.UTC(2026, 10, 1, n)).toUTCString()}</pubDate>` +
  (description === null ? '' : `<description><![CDATA[${description}]]></description>`) +
  '</item>';

describe('feeds whose pages fail', () => {
  let runtime: Runtime;
  let server: FeedsServer;
  let drop: () => Promise<void>;

  before(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    server = await startFeedsServer();
    runtime = await openRuntime(
      loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', CLAIMS_ALLOW_PRIVATE_NETWORKS: '1', CLAIMS_RESPECT_ROBOTS: '0' }),
    );
  });
  after(async () => {
    await runtime.close();
    await server.close();
    await drop();
  });

  test("an entry whose page is gone is stored from the feed's own text, marked; one without text fails", async () => {
    const b = server.base;
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title><link>${b}/</link>
${item(b, 1, null)}
${item(b, 2, '<p>“We will not give up on the harbour talks,” said Anna Berg, the minister, on Tuesday. The talks went on for 12 hours.</p>')}
${item(b, 3, null)}
</channel></rss>`;
    server.routes.set('/feed.xml', serve(feed, 'application/rss+xml'));
    server.routes.set('/story/1', serve(page('Story 1', '“The harbour stays open,” said Anna Berg, the minister.'), 'text/html'));
    const [subscribed] = await addFeeds(runtime, [`${b}/feed.xml`], { everySeconds: 900 });
    const report = await pollDueFeeds(runtime, false, { feeds: [subscribed!.id] });
    assert.equal(report.stats.articlesNew, 2);
    assert.deepEqual(report.failures.map((f) => [f.subject, f.error]), [[`${b}/story/3`, 'HTTP 404']]);
    const [stored] = await runtime.db.query<{ id: string; text_source: string | null; title: string }>(
      'SELECT id, text_source, title FROM articles WHERE url = $1',
      [`${b}/story/2`],
    );
    assert.equal(stored?.title, 'Story 2');
    assert.equal(stored?.text_source, "the feed entry's own text: its page could not be fetched (HTTP 404)");
    const [claim] = await runtime.db.query<{ claim_id: string }>('SELECT claim_id FROM mentions WHERE article_id = $1 AND kind = $2', [stored!.id, 'quote']);
    const detail = await getClaimDetail(runtime.db, claim!.claim_id);
    assert.equal(detail.mentions[0]?.article.text_source, stored?.text_source);
  });

  test('a feed in back-off is polled with --now, and its errors are listed beside the failed jobs', async () => {
    server.routes.set('/down.xml', (_req, res) => {
      res.statusCode = 500;
      res.end('down');
    });
    const [down] = await addFeeds(runtime, [`${server.base}/down.xml`], { everySeconds: 900 });
    const first: RunReport = await pollDueFeeds(runtime, false, { feeds: [`${server.base}/down.xml`] });
    assert.deepEqual(first.failures, [], 'a feed poll records its failure on the feed');
    const row = async () =>
      (await runtime.db.query<{ errors: number; next: Date }>('SELECT consecutive_errors AS errors, next_fetch_at AS next FROM feeds WHERE id = $1', [down!.id]))[0]!;
    assert.equal((await row()).errors, 1);
    assert.ok((await row()).next.getTime() > Date.now(), 'in back-off');
    const due = await pollDueFeeds(runtime, false);
    assert.equal((await row()).errors, 1, `a due poll leaves it alone (${due.jobsDone} jobs)`);
    await pollDueFeeds(runtime, false, { feeds: [down!.id] });
    assert.equal((await row()).errors, 2, '--now polls it');

    const feedLine = (await listFailures(runtime, { limit: 50 })).find((l) => l.id === down!.id);
    assert.equal(feedLine?.queue, 'feed');
    assert.equal(feedLine?.subject, `${server.base}/down.xml`);
    assert.equal(feedLine?.attempts, 2);
    assert.match(feedLine?.error ?? '', /HTTP 500 .*2 errors in a row.*claims feeds poll --now /);
    server.routes.set('/down.xml', serve('<rss version="2.0"><channel><title>Back</title></channel></rss>', 'application/rss+xml'));
    await pollDueFeeds(runtime, false, { feeds: [down!.id] });
    assert.equal((await row()).errors, 0, 'it recovers');
    assert.ok(!(await listFailures(runtime, { limit: 50 })).some((l) => l.id === down!.id));
  });
});
