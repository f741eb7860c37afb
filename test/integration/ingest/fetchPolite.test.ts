import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchDocument, type FetchOptions } from '../../../ingest/fetchDocument.ts';
import { FetchError, RobotsDisallowedError } from '../../../ingest/errors.ts';
import { HostLimiter } from '../../../ingest/hostLimiter.ts';
import { RobotsCache } from '../../../ingest/robotsCache.ts';

const FEED = '<rss version="2.0"><channel><title>t</title><item><title>a</title></item></channel></rss>';

interface Site {
  server: Server;
  base: string;
  hits: Map<string, number>;
  /** When each request (robots.txt too) arrived, in ms. */
  starts: number[];
  userAgents: string[];
  running: number;
  peak: number;
}

const sites: Site[] = [];

/** A local site whose /robots.txt answers `robots` (a body, or a status). */
async function startSite(robots: string | number): Promise<Site> {
  const site: Site = {
    server: createServer(),
    base: '',
    hits: new Map(),
    starts: [],
    userAgents: [],
    running: 0,
    peak: 0,
  };
  site.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    site.hits.set(path, (site.hits.get(path) ?? 0) + 1);
    site.starts.push(performance.now());
    site.userAgents.push(req.headers['user-agent'] ?? '');
    if (path === '/robots.txt') {
      res.writeHead(typeof robots === 'number' ? robots : 200, { 'content-type': 'text/plain' });
      res.end(typeof robots === 'number' ? 'robots status' : robots);
      return;
    }
    if (path === '/to-private') {
      res.writeHead(302, { location: '/private/feed' });
      res.end();
      return;
    }
    site.running++;
    site.peak = Math.max(site.peak, site.running);
    setTimeout(() => {
      site.running--;
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(FEED);
    }, 40);
  });
  await new Promise<void>((resolve) => site.server.listen(0, '127.0.0.1', resolve));
  site.base = `http://127.0.0.1:${(site.server.address() as AddressInfo).port}`;
  sites.push(site);
  return site;
}

function options(overrides: Partial<FetchOptions> = {}): FetchOptions {
  return {
    timeoutMs: 3000,
    maxBytes: 100_000,
    userAgent: 'claimdesk/0.1 (+test)',
    allowPrivateNetworks: true,
    respectRobots: true,
    robotsCache: new RobotsCache(),
    ...overrides,
  };
}

let disallowing: Site;

before(async () => {
  disallowing = await startSite('User-agent: *\nDisallow: /\n\nUser-agent: claimdesk\nDisallow: /private\n');
});

after(async () => {
  for (const site of sites) {
    site.server.closeAllConnections();
    await new Promise<void>((resolve) => site.server.close(() => resolve()));
  }
});

describe('robots.txt', () => {
  test('a disallowed URL is refused before it is requested, permanently and saying why', async () => {
    const robotsCache = new RobotsCache();
    await assert.rejects(
      fetchDocument(`${disallowing.base}/private/feed`, options({ robotsCache })),
      (error: unknown) => {
        assert.ok(error instanceof RobotsDisallowedError);
        assert.equal(error.permanent, true);
        assert.match(error.message, /disallowed for claimdesk by http:\/\/127\.0\.0\.1:\d+\/robots\.txt/);
        return true;
      },
    );
    assert.equal(disallowing.hits.get('/private/feed'), undefined);
    // The group naming claimdesk applies, not the * group; the file was read once for both fetches.
    const ok = await fetchDocument(`${disallowing.base}/feed`, options({ robotsCache }));
    assert.equal(ok.status, 'ok');
    assert.equal(disallowing.hits.get('/robots.txt'), 1);
  });

  test('a redirect into a disallowed path is refused at that hop', async () => {
    await assert.rejects(
      fetchDocument(`${disallowing.base}/to-private`, options()),
      (error: unknown) => error instanceof RobotsDisallowedError && error.url.endsWith('/private/feed'),
    );
    assert.equal(disallowing.hits.get('/private/feed'), undefined);
  });

  test('a robots.txt longer than we read is read up to the limit, not taken as unreachable', async () => {
    const site = await startSite(`User-agent: claimdesk\nDisallow: /private\n${'# padding\n'.repeat(300_000)}Disallow: /late\n`);
    await assert.rejects(fetchDocument(`${site.base}/private/feed`, options()), RobotsDisallowedError);
    const robotsCache = new RobotsCache();
    assert.equal((await fetchDocument(`${site.base}/feed`, options({ robotsCache }))).status, 'ok');
    // A rule past the limit is not seen.
    assert.equal((await fetchDocument(`${site.base}/late`, options({ robotsCache }))).status, 'ok');
  });

  test('a missing robots.txt (404) allows everything', async () => {
    const site = await startSite(404);
    assert.equal((await fetchDocument(`${site.base}/private/feed`, options())).status, 'ok');
  });

  test('a failing robots.txt (500) holds the site with a transient error; respectRobots false skips it', async () => {
    const site = await startSite(500);
    await assert.rejects(fetchDocument(`${site.base}/feed`, options()), (error: unknown) => {
      assert.ok(error instanceof FetchError && !(error instanceof RobotsDisallowedError));
      assert.equal(error.permanent, false);
      assert.match(error.message, /robots\.txt is unreachable/);
      return true;
    });
    assert.equal(site.hits.get('/feed'), undefined);
    assert.equal((await fetchDocument(`${site.base}/feed`, options({ respectRobots: false }))).status, 'ok');
  });
});

describe('per-host limit', () => {
  test('never more than maxInFlight requests at the server, starts spaced by the interval', async () => {
    const site = await startSite(404);
    const hostLimiter = new HostLimiter({ maxInFlight: 2, minIntervalMs: 15 });
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        fetchDocument(`${site.base}/feed?n=${i}`, options({ respectRobots: false, hostGate: hostLimiter })),
      ),
    );
    assert.ok(results.every((r) => r.status === 'ok'));
    assert.equal(site.peak, 2);
    // 8 requests of 40 ms, 2 at a time: at least 4 rounds.
    assert.ok(performance.now() - started >= 150);
  });

  test('hostLimits from the config share one limiter across fetches', async () => {
    const site = await startSite(404);
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        fetchDocument(
          `${site.base}/feed?n=${i}`,
          options({ respectRobots: false, hostLimits: { maxInFlight: 1, minIntervalMs: 0 } }),
        ),
      ),
    );
    assert.equal(site.peak, 1);
  });

  test("a site's Crawl-delay spaces the starts when it is longer than the interval", async () => {
    const site = await startSite('User-agent: *\nDisallow: /private\n\nUser-agent: claimdesk\nCrawl-delay: 0.4\n');
    const hostLimits = { maxInFlight: 4, minIntervalMs: 10 };
    const robotsCache = new RobotsCache();
    const results = await Promise.all(
      Array.from({ length: 3 }, (_, i) =>
        fetchDocument(`${site.base}/feed?n=${i}`, options({ hostLimits, robotsCache })),
      ),
    );
    assert.ok(results.every((r) => r.status === 'ok'));
    // robots.txt once, then three feeds, each 400 ms after the previous start (less a timer's slack).
    assert.equal(site.starts.length, 4);
    const gaps = site.starts.slice(1).map((t, i) => t - (site.starts[i] ?? 0));
    for (const gap of gaps) assert.ok(gap >= 390, `gaps ${gaps.map(Math.round).join(', ')} ms`);
    // Another site on the same limits keeps the configured interval.
    const other = await startSite(404);
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 3 }, (_, i) => fetchDocument(`${other.base}/feed?n=${i}`, options({ hostLimits }))),
    );
    assert.ok(performance.now() - started < 390);
  });

  test('the User-Agent names claimdesk on robots.txt and on the document', async () => {
    const site = await startSite(404);
    await fetchDocument(`${site.base}/feed`, options());
    assert.equal(site.userAgents.length, 2);
    assert.ok(site.userAgents.every((ua) => ua.startsWith('claimdesk/')));
  });
});
