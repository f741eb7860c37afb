// The SSRF guard on a redirect hop, against real local servers: private networks stay forbidden, and only
// the test server's own 127.0.0.1:port is let through (allowedPrivateHosts), so the next hop meets the real guard.
import { after, before, describe, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import dns from 'node:dns';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchDocument, type FetchOptions } from '../../../ingest/fetchDocument.ts';
import { UnsafeUrlError } from '../../../ingest/errors.ts';

const FEED = '<rss version="2.0"><channel><title>Local</title><item><title>One</title></item></channel></rss>';

interface LocalServer {
  server: Server;
  port: number;
  host: string;
  /** Paths requested, in order. */
  hits: string[];
}

/** A server on 127.0.0.1 that serves FEED at /feed and redirects /go?to=URL to URL. */
async function startServer(): Promise<LocalServer> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    hits.push(url.pathname);
    const to = url.searchParams.get('to');
    if (url.pathname === '/go' && to !== null) {
      res.writeHead(302, { location: to });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(FEED);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, port, host: `127.0.0.1:${port}`, hits };
}

let trusted: LocalServer;
let other: LocalServer;

/** The real guard, with exactly the trusted server exempt. */
function options(overrides: Partial<FetchOptions> = {}): FetchOptions {
  return {
    timeoutMs: 3000,
    connectTimeoutMs: 1000,
    maxBytes: 100_000,
    userAgent: 'claimdesk-test/1',
    allowPrivateNetworks: false,
    allowedPrivateHosts: [trusted.host],
    ...overrides,
  };
}

const redirectTo = (target: string) => `http://${trusted.host}/go?to=${encodeURIComponent(target)}`;

before(async () => {
  trusted = await startServer();
  other = await startServer();
});

after(async () => {
  for (const { server } of [trusted, other]) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

describe('a redirect to a private address', () => {
  test('the exempt server is fetched, and a redirect that stays on it is followed', async () => {
    trusted.hits.length = 0;
    const result = await fetchDocument(redirectTo('/feed'), options());
    assert.equal(result.status, 'ok');
    assert.deepEqual(trusted.hits, ['/go', '/feed']);
  });

  test('is refused on the redirect hop, before any request to it, with an error that says the address is private', async () => {
    const targets = () => [
      // [location, what the error must name]
      ['http://169.254.169.254/latest/meta-data/', /169\.254\.169\.254 is a link-local or cloud metadata address/],
      ['http://10.0.0.1/feed', /10\.0\.0\.1 is a private, loopback or reserved address/],
      // The trusted server itself, spelled as an IPv4-mapped IPv6 address: a different host, not exempt.
      [`http://[::ffff:127.0.0.1]:${trusted.port}/feed`, /::ffff:7f00:1 is a private, loopback or reserved address/],
      [`http://localhost:${trusted.port}/feed`, /localhost is a loopback name, a private address/],
      [`http://127.0.0.1:${other.port}/feed`, /127\.0\.0\.1 is a private, loopback or reserved address/],
      [`http://0x7f000001:${other.port}/feed`, /127\.0\.0\.1 is a private, loopback or reserved address/],
    ] as const;
    for (const [location, reason] of targets()) {
      trusted.hits.length = 0;
      other.hits.length = 0;
      await assert.rejects(fetchDocument(redirectTo(location), options()), (error: unknown) => {
        assert.ok(error instanceof UnsafeUrlError, `${location}: expected UnsafeUrlError, got ${String(error)}`);
        assert.match(error.message, reason);
        assert.match(error.message, /private/);
        assert.equal(error.permanent, true);
        return true;
      });
      // The first hop reached the trusted server; the refused hop sent nothing anywhere.
      assert.deepEqual(trusted.hits, ['/go'], location);
      assert.deepEqual(other.hits, [], location);
    }
  });

  test('the exemption is the exact host and port: the other local server is refused on the first hop', async () => {
    other.hits.length = 0;
    await assert.rejects(fetchDocument(`http://${other.host}/feed`, options()), UnsafeUrlError);
    assert.deepEqual(other.hits, []);
  });

  test('DNS rebinding on a redirect hop: a name public for the guard but loopback at connect time is refused', async () => {
    trusted.hits.length = 0;
    // The guard's lookup sees a public address; the connect-time lookup (undici's) is answered with loopback.
    const guardLookup = mock.method(dns.promises, 'lookup', async () => [{ address: '93.184.216.34', family: 4 }]);
    const connectLookup = mock.method(
      dns,
      'lookup',
      (_host: string, _options: unknown, callback: (...args: unknown[]) => void) => {
        callback(null, [{ address: '127.0.0.1', family: 4 }]);
      },
    );
    try {
      await assert.rejects(
        fetchDocument(redirectTo(`http://rebind.example:${trusted.port}/feed`), options()),
        (error: unknown) => {
          assert.ok(error instanceof UnsafeUrlError, `expected UnsafeUrlError, got ${String(error)}`);
          assert.match(error.message, /rebind\.example resolved to 127\.0\.0\.1 at connect time, a private/);
          return true;
        },
      );
      assert.equal(guardLookup.mock.callCount(), 1);
      assert.ok(connectLookup.mock.callCount() >= 1);
    } finally {
      guardLookup.mock.restore();
      connectLookup.mock.restore();
    }
    assert.deepEqual(trusted.hits, ['/go']);
  });
});
