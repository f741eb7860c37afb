import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { fetchAgent, fetchDocument, type FetchOptions } from '../../../ingest/fetchDocument.ts';
import {
  DocumentTooLargeError,
  FetchError,
  RateLimitedError,
  UnsafeUrlError,
} from '../../../ingest/errors.ts';

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title><item><title>One</title></item></channel></rss>`;
const ETAG = '"v1"';
const LAST_MODIFIED = 'Wed, 27 Nov 2024 10:00:00 GMT';
/** 20 MB of zeros gzip to about 20 KB. */
const BOMB = gzipSync(Buffer.alloc(20 * 1024 * 1024));

let server: Server;
let base = '';
const hits: string[] = [];

function route(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://x');
  hits.push(url.pathname);
  const redirect = /^\/redirect\/(\d+)$/.exec(url.pathname);
  if (redirect) {
    const left = Number(redirect[1]);
    res.writeHead(left === 1 ? 301 : 302, { location: left === 1 ? '/feed' : `/redirect/${left - 1}` });
    res.end();
    return;
  }
  switch (url.pathname) {
    case '/feed':
      if (req.headers['if-none-match'] === ETAG || req.headers['if-modified-since'] === LAST_MODIFIED) {
        res.writeHead(304, { etag: ETAG, 'cache-control': 'max-age=600' });
        res.end();
        return;
      }
      res.writeHead(200, {
        'content-type': 'text/xml',
        etag: ETAG,
        'last-modified': LAST_MODIFIED,
        'cache-control': 'public, max-age=300',
      });
      res.end(FEED);
      return;
    case '/slow':
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/xml' }).end(FEED), 50);
      return;
    case '/busy':
      res.writeHead(429, { 'retry-after': '120' });
      res.end('slow down');
      return;
    case '/down':
      res.writeHead(503, { 'retry-after': new Date(Date.now() + 60_000).toUTCString() });
      res.end('maintenance');
      return;
    case '/echo-headers':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(req.headers));
      return;
    case '/gzip':
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
      res.end(gzipSync(FEED));
      return;
    case '/br':
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'br' });
      res.end(brotliCompressSync(FEED));
      return;
    case '/deflate':
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'deflate' });
      res.end(deflateSync(FEED));
      return;
    case '/corrupt-gzip':
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(Buffer.from('definitely not gzip'));
      return;
    case '/bomb':
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(BOMB);
      return;
    case '/big':
      // Chunked, no Content-Length: the cap must trip while streaming.
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 64; i++) res.write('x'.repeat(4096));
      res.end();
      return;
    case '/random-bytes':
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256)));
      return;
    case '/png-as-page':
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 1)]));
      return;
    case '/late-nul':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<html><body><p>${'harbour '.repeat(10_000)}</p>\u0000<p>end</p></body></html>`);
      return;
    case '/cp1251':
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
      res.end(iconv.encode('<html><body>Песков</body></html>', 'windows-1251'));
      return;
    case '/never-ends': {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => res.write('.'), 20);
      res.on('close', () => clearInterval(timer));
      return;
    }
    case '/no-headers':
      return; // never answers
    case '/to-file':
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
      return;
    default: {
      const status = /^\/status\/(\d{3})$/.exec(url.pathname);
      res.writeHead(status ? Number(status[1]) : 404, { 'content-type': 'text/plain' });
      res.end('status page');
    }
  }
}

function options(overrides: Partial<FetchOptions> = {}): FetchOptions {
  return {
    timeoutMs: 5000,
    maxBytes: 100_000,
    userAgent: 'claimdesk-test/1',
    allowPrivateNetworks: true,
    ...overrides,
  };
}

function isFetchError(check: (error: FetchError) => void) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof FetchError, `expected a FetchError, got ${String(error)}`);
    check(error);
    return true;
  };
}

/** TCP connections the server has accepted. */
let connections = 0;

before(async () => {
  server = createServer(route);
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

describe('fetchDocument against a local server', () => {
  test('fetches, decodes and sniffs a feed with its validators', async () => {
    const result = await fetchDocument(`${base}/feed`, options());
    assert.equal(result.status, 'ok');
    if (result.status !== 'ok') return;
    assert.equal(result.document.kind, 'feed');
    assert.equal(result.document.body, FEED);
    assert.equal(result.document.etag, ETAG);
    assert.equal(result.document.lastModified, LAST_MODIFIED);
    assert.equal(result.document.contentType, 'text/xml');
    assert.equal(result.document.url, `${base}/feed`);
  });

  test('sends the user agent and Accept-Encoding', async () => {
    const result = await fetchDocument(`${base}/echo-headers`, options());
    assert.equal(result.status, 'ok');
    if (result.status !== 'ok') return;
    const headers = JSON.parse(result.document.body) as Record<string, string>;
    assert.equal(headers['user-agent'], 'claimdesk-test/1');
    assert.match(headers['accept-encoding'] ?? '', /gzip.*deflate.*br/);
  });

  test('a full fetch reports Cache-Control max-age', async () => {
    const result = await fetchDocument(`${base}/feed`, options());
    assert.equal(result.status === 'ok' && result.document.maxAgeSeconds, 300);
  });

  test('429 and 503 are transient RateLimitedErrors carrying Retry-After (seconds or a date)', async () => {
    await assert.rejects(fetchDocument(`${base}/busy`, options()), (error: unknown) => {
      assert.ok(error instanceof RateLimitedError);
      assert.equal(error.status, 429);
      assert.equal(error.permanent, false);
      assert.equal(error.retryAfterSeconds, 120);
      return true;
    });
    await assert.rejects(fetchDocument(`${base}/down`, options()), (error: unknown) => {
      assert.ok(error instanceof RateLimitedError);
      assert.equal(error.status, 503);
      assert.ok(
        error.retryAfterSeconds !== null && error.retryAfterSeconds > 50 && error.retryAfterSeconds <= 61,
      );
      return true;
    });
  });

  test('a conditional GET with the etag gets not-modified; so does one with Last-Modified', async () => {
    assert.deepEqual(await fetchDocument(`${base}/feed`, options({ etag: ETAG })), {
      status: 'not-modified',
      url: `${base}/feed`,
      maxAgeSeconds: 600,
    });
    const byDate = await fetchDocument(`${base}/feed`, options({ lastModified: LAST_MODIFIED }));
    assert.equal(byDate.status, 'not-modified');
    const stale = await fetchDocument(`${base}/feed`, options({ etag: '"old"' }));
    assert.equal(stale.status, 'ok');
  });

  test('follows 5 redirects, counting each hop, and reports the final url', async () => {
    hits.length = 0;
    const result = await fetchDocument(`${base}/redirect/5`, options());
    assert.equal(result.status, 'ok');
    if (result.status !== 'ok') return;
    assert.equal(result.document.url, `${base}/feed`);
    assert.deepEqual(hits, [
      '/redirect/5',
      '/redirect/4',
      '/redirect/3',
      '/redirect/2',
      '/redirect/1',
      '/feed',
    ]);
  });

  test('refuses a sixth redirect without following it', async () => {
    hits.length = 0;
    await assert.rejects(
      fetchDocument(`${base}/redirect/6`, options()),
      isFetchError((error) => {
        assert.match(error.message, /more than 5 redirects/);
        assert.equal(error.permanent, true);
      }),
    );
    assert.equal(hits.length, 6);
    assert.ok(!hits.includes('/feed'));
  });

  test('re-checks every hop: a redirect to file:// is refused', async () => {
    await assert.rejects(fetchDocument(`${base}/to-file`, options()), UnsafeUrlError);
  });

  for (const path of ['/gzip', '/br', '/deflate']) {
    test(`decompresses ${path.slice(1)}`, async () => {
      const result = await fetchDocument(`${base}${path}`, options());
      assert.equal(result.status, 'ok');
      if (result.status === 'ok') assert.equal(result.document.body, FEED);
    });
  }

  test('a gzip bomb stops at maxBytes of decompressed data', async () => {
    assert.ok(BOMB.length < 100_000, 'the compressed bomb itself is under the cap');
    const started = Date.now();
    await assert.rejects(fetchDocument(`${base}/bomb`, options()), (error: unknown) => {
      assert.ok(error instanceof DocumentTooLargeError);
      assert.equal(error.permanent, true);
      assert.equal(error.maxBytes, 100_000);
      return true;
    });
    assert.ok(Date.now() - started < 2000);
  });

  test('an oversized streamed body is cut off', async () => {
    await assert.rejects(fetchDocument(`${base}/big`, options()), DocumentTooLargeError);
    const fits = await fetchDocument(`${base}/big`, options({ maxBytes: 64 * 4096 }));
    assert.equal(fits.status, 'ok');
  });

  test('corrupt gzip is a permanent FetchError', async () => {
    await assert.rejects(
      fetchDocument(`${base}/corrupt-gzip`, options()),
      isFetchError((error) => assert.equal(error.permanent, true)),
    );
  });

  test('bytes that are not text (random bytes, an image served as a page) are a permanent FetchError saying so', async () => {
    for (const [path, what] of [
      ['/random-bytes', /not text but binary data/],
      ['/png-as-page', /not text but a PNG image/],
    ] as const) {
      await assert.rejects(
        fetchDocument(`${base}${path}`, options()),
        isFetchError((error) => {
          assert.equal(error.permanent, true);
          assert.match(error.message, what);
        }),
      );
    }
  });

  test('a stray NUL past the sample judged is kept out of the body (PostgreSQL stores no NUL)', async () => {
    const result = await fetchDocument(`${base}/late-nul`, options());
    assert.equal(result.status, 'ok');
    if (result.status === 'ok') {
      assert.equal(result.document.body.includes('\u0000'), false);
      assert.match(result.document.body, /\ufffd<p>end/);
    }
  });

  test('decodes the charset from the header', async () => {
    const result = await fetchDocument(`${base}/cp1251`, options());
    assert.equal(result.status, 'ok');
    if (result.status === 'ok') {
      assert.equal(result.document.body, '<html><body>Песков</body></html>');
      assert.equal(result.document.kind, 'html');
    }
  });

  test('a never-ending body times out as a transient error', async () => {
    const started = Date.now();
    await assert.rejects(
      fetchDocument(`${base}/never-ends`, options({ timeoutMs: 300, maxBytes: 10_000_000 })),
      isFetchError((error) => {
        assert.match(error.message, /timed out after 300 ms/);
        assert.equal(error.permanent, false);
        assert.equal(error.status, null);
      }),
    );
    assert.ok(Date.now() - started < 2000);
  });

  test('a server that never answers times out', async () => {
    await assert.rejects(
      fetchDocument(`${base}/no-headers`, options({ timeoutMs: 300 })),
      isFetchError((error) => assert.match(error.message, /timed out/)),
    );
  });

  test('the caller can cancel with its own signal', async () => {
    const controller = new AbortController();
    const reason = new Error('shutting down');
    setTimeout(() => controller.abort(reason), 100);
    await assert.rejects(
      fetchDocument(`${base}/no-headers`, options({ signal: controller.signal })),
      (error: unknown) => error === reason,
    );
  });

  test('404 and 410 are permanent FetchErrors with their status', async () => {
    for (const status of [404, 410]) {
      await assert.rejects(
        fetchDocument(`${base}/status/${status}`, options()),
        isFetchError((error) => {
          assert.equal(error.status, status);
          assert.equal(error.permanent, true);
          assert.equal(error.code, 'fetch_error');
        }),
      );
    }
  });

  test('503, 500, 429 and 408 are transient', async () => {
    for (const status of [503, 500, 429, 408]) {
      await assert.rejects(
        fetchDocument(`${base}/status/${status}`, options()),
        isFetchError((error) => {
          assert.equal(error.status, status);
          assert.equal(error.permanent, false);
        }),
      );
    }
  });

  test('a refused connection is a transient FetchError', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await assert.rejects(
      fetchDocument(`http://127.0.0.1:${port}/`, options()),
      isFetchError((error) => {
        assert.equal(error.permanent, false);
        assert.equal(error.status, null);
      }),
    );
  });

  test('onResponse hears every request: each hop, a 304, an error status, the bytes read, and no response', async () => {
    const heard: Array<[number | 'error', number]> = [];
    const onResponse = (status: number | 'error', bytes: number) => heard.push([status, bytes]);
    await fetchDocument(`${base}/redirect/2`, options({ onResponse }));
    await fetchDocument(`${base}/gzip`, options({ onResponse }));
    await fetchDocument(`${base}/feed`, options({ onResponse, etag: ETAG }));
    await assert.rejects(fetchDocument(`${base}/status/404`, options({ onResponse })), FetchError);
    await assert.rejects(fetchDocument(`${base}/big`, options({ onResponse, maxBytes: 1000 })), DocumentTooLargeError);
    await assert.rejects(fetchDocument(`http://127.0.0.1:9/`, options({ onResponse })), FetchError);
    // Refused by the guard: nothing was sent, nothing is heard.
    await assert.rejects(fetchDocument(`${base}/feed`, options({ onResponse, allowPrivateNetworks: false })), UnsafeUrlError);
    const feedBytes = Buffer.byteLength(FEED);
    assert.deepEqual(heard, [
      [302, 0],
      [301, 0],
      [200, feedBytes],
      [200, feedBytes], // decompressed
      [304, 0],
      [404, 0],
      [200, 0], // cut off at the cap: not read
      ['error', 0],
    ]);
  });

  test('a throwing onResponse does not fail the fetch', async () => {
    const result = await fetchDocument(`${base}/feed`, options({ onResponse: () => { throw new Error('metrics broke'); } }));
    assert.equal(result.status, 'ok');
  });
});

describe('fetchDocument through a kept agent (fetchAgent)', () => {
  test('fetches of one host reuse its connections, which stay open for the next; without the agent each opens its own', async () => {
    const agent = fetchAgent(options());
    try {
      const before = connections;
      for (let i = 0; i < 6; i++) assert.equal((await fetchDocument(`${base}/feed`, options({ agent }))).status, 'ok');
      // Six fetches one after another: the first connection serves the rest, or a second opened while it was released.
      assert.ok(connections - before <= 2, `${connections - before} connections for 6 fetches`);
      assert.equal(agent.destroyed, false, 'the fetch leaves the agent to its owner');
      const alone = connections;
      for (let i = 0; i < 6; i++) assert.equal((await fetchDocument(`${base}/feed`, options())).status, 'ok');
      assert.equal(connections - alone, 6);
    } finally {
      await agent.destroy();
    }
  });

  test('opens no more connections to a host than its limits let be in flight, however many fetches wait', async () => {
    const agent = fetchAgent(options({ hostLimits: { maxInFlight: 2, minIntervalMs: 0 } }));
    try {
      const before = connections;
      const results = await Promise.all(Array.from({ length: 6 }, () => fetchDocument(`${base}/slow`, options({ agent }))));
      assert.deepEqual(results.map((r) => r.status), Array(6).fill('ok'));
      assert.equal(connections - before, 2);
    } finally {
      await agent.destroy();
    }
  });
});
