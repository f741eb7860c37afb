import { InputError } from '../../errors.ts';
import { exportFeedList, readFeedList } from '../../jobs/feedLists.ts';
import { scheduleFeed, unscheduleFeed } from '../../jobs/feedSchedulers.ts';
import type { FollowUp } from '../../jobs/jobTypes.ts';
import { canonicalizeUrl } from '../../jobs/planInputs.ts';
import { formatEvery } from '../../jobs/planNextPoll.ts';
import { fetchOptionsOf } from '../../jobs/processFetch.ts';
import { assertListedFeedFetchable, isTransientFetchError, resolveFeeds } from '../../jobs/resolveFeeds.ts';
import { runInProcess } from '../../jobs/runInProcess.ts';
import { messageOf } from '../../jobs/runReport.ts';
import type { RunReport } from '../../jobs/runReport.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import * as store from '../../store/index.ts';
import type { FeedRow } from '../../store/feeds.ts';
import { makeId } from '../../ids.ts';
import { formatReport, note, out, plural } from '../output.ts';
import { feedFailure } from './jobs.ts';
import type { FailureRow } from './jobs.ts';

export interface AddFlags {
  everySeconds: number;
  outlet?: string;
  minEverySeconds?: number;
  maxEverySeconds?: number;
}

async function subscribeAndSchedule(runtime: Runtime, input: store.feeds.SubscribeInput): Promise<FeedRow> {
  const feed = await store.feeds.subscribe(runtime.db, input);
  if (runtime.queues) await scheduleFeed(runtime.queues, feed);
  return feed;
}

/** `claims feeds add`: subscribes to feeds, finding a site's feeds from its home page. A bad URL is named and the others go on. */
export async function addFeeds(runtime: Runtime, urls: readonly string[], flags: AddFlags): Promise<FeedRow[]> {
  const { minEverySeconds: min, maxEverySeconds: max } = flags;
  if (min !== undefined && max !== undefined && min > max) throw new InputError('--min-every must not be longer than --max-every');
  const added: FeedRow[] = [];
  for (const input of urls) {
    try {
      const url = canonicalizeUrl(input);
      const found = await resolveFeeds(url, fetchOptionsOf(runtime.ctx)).catch((error: unknown) => {
        // A feed that is down for now is still subscribed: polling backs off until it answers.
        if (!isTransientFetchError(error)) throw error;
        note(`warning: ${input}: ${messageOf(error, input)}; subscribed anyway, polling will retry`);
        return [{ url, title: null }];
      });
      for (const f of found) {
        const feed = await subscribeAndSchedule(runtime, subscriptionOf(f, flags));
        added.push(feed);
        note(`added ${feed.url}${feed.url !== url ? ` (found from ${input})` : ''}`);
      }
    } catch (error) {
      note(`failed: ${input}: ${messageOf(error, input)}`);
      process.exitCode = 1;
    }
  }
  if (!runtime.queues && added.length > 0) note('no REDIS_URL: run `claims feeds poll` (e.g. from cron) to fetch due feeds');
  return added;
}

/** A found or listed feed with the command's outlet and interval flags. */
const subscriptionOf = (f: { url: string; title: string | null }, flags: AddFlags) => ({
  url: canonicalizeUrl(f.url),
  title: f.title,
  outlet: flags.outlet ?? null,
  everySeconds: flags.everySeconds,
  minEverySeconds: flags.minEverySeconds,
  maxEverySeconds: flags.maxEverySeconds,
});

/** `claims feeds import FILE.opml`: subscribes to every feed the list names (no discovery: OPML names feeds). */
export async function importFeeds(runtime: Runtime, file: string, flags: AddFlags): Promise<number> {
  const listed = await readFeedList(file);
  if (listed.length === 0) throw new InputError(`${file}: no <outline xmlUrl="..."> in this OPML file`);
  let count = 0;
  for (const f of listed) {
    try {
      if (f.problem) throw new InputError(f.problem);
      await assertListedFeedFetchable(f.url, runtime.ctx.fetch);
      await subscribeAndSchedule(runtime, subscriptionOf(f, flags));
      count += 1;
    } catch (error) {
      note(`failed: ${f.url}: ${messageOf(error, f.url)}`);
      process.exitCode = 1;
    }
  }
  note(`imported ${plural(count, 'feed')} from ${file}`);
  return count;
}

/** `claims feeds export`: the subscribed feeds as OPML on stdout. */
export async function exportFeeds(runtime: Runtime): Promise<void> {
  process.stdout.write(await exportFeedList(runtime.db));
}

/** `claims feeds remove URL|ID`: unsubscribes and removes the job scheduler; stored articles stay. */
export async function removeFeed(runtime: Runtime, idOrUrl: string): Promise<void> {
  const feed = await findSubscribed(runtime, idOrUrl);
  if (!(await store.feeds.unsubscribe(runtime.db, feed.id))) throw new InputError(`no subscribed feed ${idOrUrl}`);
  if (runtime.queues) await unscheduleFeed(runtime.queues, feed.id);
  note(`removed ${feed.url}`);
}

/** The share of fetches answered 304, or null before any fetch. */
const notModifiedRate = (f: FeedRow) => (f.fetchCount === 0 ? null : f.notModifiedCount / f.fetchCount);

/** `claims feeds list`: every subscribed feed with its health. */
export async function listFeeds(runtime: Runtime, json: boolean): Promise<void> {
  const feeds = await store.feeds.listSubscribed(runtime.db);
  if (json) {
    for (const f of feeds) out(JSON.stringify({ ...f, notModifiedRate: notModifiedRate(f) }));
    return;
  }
  if (feeds.length === 0) note('no feeds: add one with `claims feeds add URL`');
  for (const f of feeds) {
    const rate = notModifiedRate(f);
    out(`${f.id}  ${f.url}`);
    out(`  ${f.title ?? '(untitled)'}${f.outlet ? ` · outlet ${f.outlet}` : ''} · status ${f.lastStatus ?? 'never fetched'}` +
      `${f.failingSince ? ` since ${f.failingSince}` : ''}`);
    const every = `every ${formatEvery(f.adaptedEverySeconds ?? f.everySeconds)}`;
    const next = f.nextFetchAt ? `next ${f.nextFetchAt}` : 'no fetch planned';
    // A feed never fetched has no last fetch, share of 304s or errors to show: "-" and "304 -" read as faults.
    if (f.lastFetchedAt === null && rate === null && f.consecutiveErrors === 0) {
      out(`  ${next} · ${every}`);
      continue;
    }
    out(`  last fetch ${f.lastFetchedAt ?? 'unknown'} · ${next} · ${every}` +
      ` · ${plural(f.articlesSeen, 'article')} seen` +
      (rate === null ? '' : ` · ${Math.round(rate * 100)}% of fetches unchanged (HTTP 304)`) +
      ` · ${plural(f.consecutiveErrors, 'error')} in a row${f.lastError ? `: ${f.lastError}` : ''}`);
  }
}

/** The poll job of a feed, unique per run. */
export const pollJob = (feed: FeedRow, runId: string, pollNow = false): FollowUp<'fetch'> => ({
  queue: 'fetch',
  id: makeId('poll', feed.id, runId),
  data: { url: feed.url, feedId: feed.id, outlet: feed.outlet, poll: true, ...(pollNow ? { pollNow } : {}) },
});

/** A subscribed feed by its id or URL (any spelling of it). @throws InputError when there is none. */
async function findSubscribed(runtime: Runtime, idOrUrl: string): Promise<FeedRow> {
  let feed = await store.feeds.find(runtime.db, idOrUrl);
  if (!feed && /^https?:\/\//i.test(idOrUrl)) feed = await store.feeds.find(runtime.db, canonicalizeUrl(idOrUrl));
  if (!feed || !feed.subscribed) throw new InputError(`no subscribed feed ${idOrUrl}`);
  return feed;
}

/**
 * `claims feeds poll`: fetches every due feed once, in this process (what the schedulers do with Redis).
 * `now`: the feeds named (every subscribed one when none is), due or not, a feed in back-off included.
 */
export async function pollDueFeeds(runtime: Runtime, json: boolean, now?: { feeds: readonly string[] }): Promise<RunReport> {
  const started = performance.now();
  const due = !now
    ? await store.feeds.listDue(runtime.db)
    : now.feeds.length > 0
      ? await Promise.all(now.feeds.map((f) => findSubscribed(runtime, f)))
      : await store.feeds.listSubscribed(runtime.db);
  const runId = new Date().toISOString();
  const report = await runInProcess(runtime.ctx, due.map((f) => pollJob(f, runId, now !== undefined)));
  const feedFailures = await failedThisPoll(runtime, due);
  if (json) out(JSON.stringify({ due: due.length, ...report, feedFailures }));
  else {
    note(`polled ${plural(due.length, now ? 'feed' : 'due feed')}`);
    formatReport(report, (performance.now() - started) / 1000).forEach((line) => note(line));
    for (const f of feedFailures) note(`feed failed: ${f.subject}: ${messageOf(f.error, f.subject)}`);
  }
  return report;
}

/**
 * The feeds whose fetch failed in this poll, as `claims jobs failed` lists them: a poll does not fail its job (the
 * feed's back-off retries it, and the exit code stays 0), so without this the failure was only a log line.
 */
async function failedThisPoll(runtime: Runtime, polled: readonly FeedRow[]): Promise<FailureRow[]> {
  const failed: FailureRow[] = [];
  for (const before of polled) {
    const after = await store.feeds.find(runtime.db, before.id);
    if (after && after.consecutiveErrors > before.consecutiveErrors) failed.push(feedFailure(after));
  }
  return failed;
}
