// A one-shot run without Redis carries each article from fetch to merge, as a worker's job does.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { planInputs } from '../../jobs/planInputs.ts';
import { runInProcess } from '../../jobs/runInProcess.ts';
import type { Db, Queryable } from '../../store/db.ts';
import { page, rss, serve } from './feedsServer.ts';
import { inProcessSite } from './services.ts';

const cleanups: Array<() => Promise<void>> = [];
after(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** The database, every statement sent through it written down. */
function recording(db: Db, sent: string[]): Db {
  const recorded = (q: Queryable): Queryable => ({
    query: (sql, params) => {
      sent.push(sql);
      return q.query(sql, params);
    },
  });
  return {
    ...db,
    query: recorded(db).query,
    transaction: (fn, options) => db.transaction((tx) => fn(recorded(tx)), options),
  };
}

test('an in-process run extracts and merges the article its fetch stored without reading it again', async () => {
  const { site, runtime } = await inProcessSite(cleanups);
  const day = new Date(Date.now() - 3600_000);
  site.routes.set(
    '/feed',
    serve(
      rss('Carried', [{ title: 'One', link: `${site.base}/one`, guid: 'one', date: day }]),
      'application/rss+xml',
    ),
  );
  site.routes.set(
    '/one',
    serve(
      page('One', '"The bridge reopens on Monday," engineer Tova Lind said.'),
      'text/html; charset=utf-8',
    ),
  );
  const sent: string[] = [];
  const plan = await planInputs([`${site.base}/feed`], { maxBytes: 1e6, runId: 'carried' });
  const report = await runInProcess({ ...runtime.ctx, db: recording(runtime.db, sent) }, plan.jobs);
  assert.deepEqual(report.failures, []);
  // The feed, the page's fetch, its extraction and its merge: each stage a job done, as when each was queued.
  assert.equal(report.jobsDone, 4);
  assert.ok((report.stats.claimsNew ?? 0) > 0, 'claims made');
  const reads = sent.filter((sql) => /^\s*SELECT (a\.)?id, (a\.)?url, (a\.)?title/.test(sql));
  assert.deepEqual(reads, [], 'the article is neither read by its extraction nor by its merge');
});

test('an in-process run names each job as it starts it, so a long page shows which it is on', async () => {
  const { site, runtime } = await inProcessSite(cleanups);
  site.routes.set('/two', serve(page('Two', '"The ferry runs again," captain Ada Moor said.'), 'text/html; charset=utf-8'));
  const plan = await planInputs([`${site.base}/two`], { maxBytes: 1e6, runId: 'named' });
  const calls: Array<[number, number, string | undefined]> = [];
  await runInProcess(runtime.ctx, plan.jobs, (done, total, current) => calls.push([done, total, current]));
  // Before the page's job ends, the bar has its name; after, the count moves on.
  assert.deepEqual(calls[0], [0, 1, `fetch ${site.base}/two`]);
  assert.equal(calls.at(-1)?.[0], calls.at(-1)?.[1]);
});
