/**
 * The synthetic feed server of `npm run bench:ingest`, run as its own process so that its CPU is not
 * counted as claimdesk's. Feed i publishes as a Poisson process with a mean gap drawn log-uniformly
 * between 10 minutes and 3 days; at the simulated time (POST /clock?t=MS) it serves its 20 latest entries,
 * an ETag and Last-Modified from them, and 304 to a matching If-None-Match or If-Modified-Since.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const FEEDS = Number(process.env.BENCH_FEEDS ?? 10_000);
const START = Date.UTC(2026, 0, 1);
const HISTORY_MS = 7 * 24 * 3600_000;
const HORIZON_MS = 2 * 3600_000;

/** mulberry32: a small seeded generator, so every run serves the same feeds. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const rand = random(42);
const feeds: Float64Array[] = [];
for (let i = 0; i < FEEDS; i += 1) {
  const meanGap = 600_000 * Math.exp(rand() * Math.log((3 * 24 * 3600_000) / 600_000));
  const times: number[] = [];
  for (let t = START - HISTORY_MS + -Math.log(1 - rand()) * meanGap; t < START + HORIZON_MS; t += -Math.log(1 - rand()) * meanGap) {
    times.push(t);
  }
  feeds.push(Float64Array.from(times));
}

let now = START;
let requests = 0;
let notModified = 0;

/** How many entries of a sorted list were published at or before t. */
function countUntil(times: Float64Array, t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((times[mid] ?? 0) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function renderFeed(i: number, times: Float64Array, count: number): string {
  const items: string[] = [];
  for (let k = count - 1; k >= Math.max(0, count - 20); k -= 1) {
    const date = new Date(times[k] ?? 0).toUTCString();
    items.push(
      `<item><title>Feed ${i} story ${k}: officials meet over the budget</title><link>https://outlet${i % 500}.example/${i}/${k}</link>` +
        `<guid isPermaLink="false">f${i}-${k}</guid><pubDate>${date}</pubDate>` +
        `<description>Story ${k} of feed ${i}. The minister said the budget would be ready by spring, and the opposition ` +
        `asked for more detail on the figures before the vote, which is due next month.</description></item>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed ${i}</title>` +
    `<link>https://outlet${i % 500}.example/</link><description>Synthetic feed</description>${items.join('')}</channel></rss>`;
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (req.method === 'POST' && url.pathname === '/clock') {
    now = Number(url.searchParams.get('t'));
    res.end('ok');
    return;
  }
  if (url.pathname === '/stats') {
    const cpu = process.cpuUsage();
    res.end(JSON.stringify({ requests, notModified, cpuSeconds: (cpu.user + cpu.system) / 1e6 }));
    return;
  }
  const m = /^\/f\/(\d+)\.xml$/.exec(url.pathname);
  const times = m ? feeds[Number(m[1])] : undefined;
  if (!m || !times) {
    res.statusCode = 404;
    res.end();
    return;
  }
  requests += 1;
  const count = countUntil(times, now);
  const etag = `"${m[1]}-${count}"`;
  const lastModified = new Date(count > 0 ? (times[count - 1] ?? START) : START - HISTORY_MS).toUTCString();
  if (req.headers['if-none-match'] === etag || (!req.headers['if-none-match'] && req.headers['if-modified-since'] === lastModified)) {
    notModified += 1;
    res.statusCode = 304;
    res.end();
    return;
  }
  res.setHeader('content-type', 'application/rss+xml; charset=utf-8');
  res.setHeader('etag', etag);
  res.setHeader('last-modified', lastModified);
  res.end(renderFeed(Number(m[1]), times, count));
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port, start: START })}\n`);
});
