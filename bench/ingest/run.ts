/**
 * `npm run bench:ingest [-- --feeds 10000 --concurrency 64]`: the ingest bench. A local server (its own
 * process) serves synthetic feeds with realistic publishing rates; claimdesk's HTTP client and feed parser
 * poll them through one simulated hour, first every 15 minutes (conditional GETs), then on the adaptive
 * schedule of jobs/planNextPoll.ts. Prints requests, the share answered 304, new entries found, CPU
 * seconds of the client (and of the server apart), wall time and peak RSS.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fetchDocument } from '../../ingest/fetchDocument.ts';
import type { FetchOptions } from '../../ingest/fetchDocument.ts';
import { parseFeed } from '../../ingest/parseFeed.ts';
import { DEFAULT_POLL_BOUNDS, intervalAfterSuccess } from '../../jobs/planNextPoll.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: { feeds: { type: 'string', default: '10000' }, concurrency: { type: 'string', default: '64' } },
});
const FEEDS = Number(values.feeds);
const CONCURRENCY = Number(values.concurrency);
const HOUR = 3600_000;
const log = (line: string) => process.stderr.write(`${line}\n`);

interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  guids: Set<string>;
  nextAt: number;
  everySeconds: number;
}

interface ModeResult {
  mode: string;
  requests: number;
  notModified: number;
  newEntries: number;
  errors: number;
  cpuSeconds: number;
  serverCpuSeconds: number;
  wallSeconds: number;
  peakRssMb: number;
}

const fetchOptions: FetchOptions = {
  timeoutMs: 20_000,
  maxBytes: 15 * 1024 * 1024,
  userAgent: 'claimdesk-bench/0.1',
  allowPrivateNetworks: true,
};

async function pool<T>(items: readonly T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        await fn(item);
      }
    }),
  );
}

async function main(): Promise<void> {
  const server = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'feedServer.ts')], {
    env: { ...process.env, BENCH_FEEDS: String(FEEDS) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const first = await new Promise<string>((resolve) => readline.createInterface({ input: server.stdout! }).once('line', resolve));
    const { port, start } = JSON.parse(first) as { port: number; start: number };
    const base = `http://127.0.0.1:${port}`;
    const setClock = (t: number) => fetch(`${base}/clock?t=${t}`, { method: 'POST' }).then((r) => r.text());
    const serverStats = () => fetch(`${base}/stats`).then((r) => r.json() as Promise<{ cpuSeconds: number }>);

    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    const results: ModeResult[] = [];
    for (const mode of ['fixed 15 min', 'adaptive'] as const) {
      const feeds: FeedState[] = Array.from({ length: FEEDS }, (_, i) => ({
        url: `${base}/f/${i}.xml`, etag: null, lastModified: null, guids: new Set(), nextAt: start, everySeconds: 900,
      }));
      const result: ModeResult = { mode, requests: 0, notModified: 0, newEntries: 0, errors: 0, cpuSeconds: 0, serverCpuSeconds: 0, wallSeconds: 0, peakRssMb: 0 };
      peakRss = process.memoryUsage().rss;
      const serverBefore = (await serverStats()).cpuSeconds;
      const cpuBefore = process.cpuUsage();
      const wallBefore = performance.now();
      const poll = async (feed: FeedState, now: number) => {
        result.requests += 1;
        try {
          const fetched = await fetchDocument(feed.url, { ...fetchOptions, etag: feed.etag, lastModified: feed.lastModified });
          if (fetched.status === 'not-modified') {
            result.notModified += 1;
            feed.nextAt = now + feed.everySeconds * 1000;
            return;
          }
          const parsed = await parseFeed(fetched.document.body, fetched.document.url);
          feed.etag = fetched.document.etag;
          feed.lastModified = fetched.document.lastModified;
          for (const e of parsed.entries) {
            const key = e.guid ?? e.url ?? '';
            if (feed.guids.has(key)) continue;
            feed.guids.add(key);
            result.newEntries += 1;
          }
          if (feed.guids.size > 40) feed.guids = new Set(parsed.entries.map((e) => e.guid ?? e.url ?? ''));
          const times = parsed.entries.flatMap((e) => (e.publishedAt ? [Date.parse(e.publishedAt)] : []));
          feed.everySeconds = mode === 'adaptive' ? intervalAfterSuccess({ entryTimes: times, everySeconds: 900 }, DEFAULT_POLL_BOUNDS) : 900;
          feed.nextAt = now + feed.everySeconds * 1000;
        } catch (error) {
          result.errors += 1;
          if (result.errors <= 3) log(`error: ${feed.url}: ${error instanceof Error ? error.message : String(error)}`);
          feed.nextAt = now + 900_000;
        }
      };
      // One simulated minute per step; a feed is polled at the first step at or after its next time.
      for (let now = start; now < start + HOUR; now += 60_000) {
        const due = feeds.filter((f) => f.nextAt <= now);
        if (due.length === 0) continue;
        await setClock(now);
        await pool(due, CONCURRENCY, (f) => poll(f, now));
      }
      const cpu = process.cpuUsage(cpuBefore);
      result.cpuSeconds = (cpu.user + cpu.system) / 1e6;
      result.serverCpuSeconds = (await serverStats()).cpuSeconds - serverBefore;
      result.wallSeconds = (performance.now() - wallBefore) / 1000;
      result.peakRssMb = peakRss / 2 ** 20;
      results.push(result);
      log(`${mode}: done`);
    }
    clearInterval(sampler);
    const fmt = (n: number, d = 1) => n.toFixed(d);
    log(`\n${FEEDS} synthetic feeds (mean gap log-uniform 10 min – 3 days), one simulated hour, concurrency ${CONCURRENCY}`);
    log('| polling | requests | 304 | 304 after each feed\'s first fetch | new entries | errors | client CPU s | server CPU s | wall s | peak RSS MB |');
    log('|---|---|---|---|---|---|---|---|---|---|');
    for (const r of results) {
      log(`| ${r.mode} | ${r.requests} | ${fmt((100 * r.notModified) / Math.max(1, r.requests))}% | ${fmt((100 * r.notModified) / Math.max(1, r.requests - FEEDS))}% | ${r.newEntries} | ${r.errors} | ` +
        `${fmt(r.cpuSeconds)} | ${fmt(r.serverCpuSeconds)} | ${fmt(r.wallSeconds)} | ${fmt(r.peakRssMb, 0)} |`);
    }
    process.stdout.write(`${JSON.stringify({ feeds: FEEDS, concurrency: CONCURRENCY, results })}\n`);
  } finally {
    server.kill();
  }
}

await main();
