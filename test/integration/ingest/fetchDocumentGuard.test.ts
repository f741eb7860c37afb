import { after, before, describe, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import dns from 'node:dns';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchDocument, type FetchOptions } from '../../../ingest/fetchDocument.ts';
import { guardedLookup } from '../../../ingest/guardUrl.ts';
import { UnsafeUrlError } from '../../../ingest/errors.ts';

let server: Server;
let base = '';
const hits: string[] = [];

function options(overrides: Partial<FetchOptions> = {}): FetchOptions {
  return {
    timeoutMs: 5000,
    maxBytes: 100_000,
    userAgent: 'claimdesk-test/1',
    allowPrivateNetworks: false,
    ...overrides,
  };
}

before(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url?.startsWith('/go?to=')) {
      res.writeHead(302, { location: decodeURIComponent(req.url.slice('/go?to='.length)) });
      res.end();
      return;
    }
    if (req.url === '/redirect') {
      res.writeHead(302, { location: '/feed' });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end('<rss version="2.0"><channel><title>private</title></channel></rss>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

test('the same URL is fetched when private networks are allowed', async () => {
  hits.length = 0;
  const result = await fetchDocument(`${base}/feed`, options({ allowPrivateNetworks: true }));
  assert.equal(result.status, 'ok');
  assert.deepEqual(hits, ['/feed']);
});

describe('the SSRF guard in front of a real server', () => {
  test('with allowPrivateNetworks false the URL is refused before any request arrives', async () => {
    hits.length = 0;
    for (const url of [
      `${base}/feed`,
      base.replace('127.0.0.1', 'localhost') + '/feed',
      `${base}/redirect`,
    ]) {
      await assert.rejects(fetchDocument(url, options()), (error: unknown) => {
        assert.ok(error instanceof UnsafeUrlError);
        assert.match(error.message, /private|loopback/);
        return true;
      });
    }
    assert.deepEqual(hits, []);
  });

  test('DNS rebinding: a name public for the guard but loopback at connect time is refused', async () => {
    hits.length = 0;
    const port = new URL(base).port;
    // First answer (the guard's check) is public; the second (undici's connect) rebinds to loopback.
    const guardLookup = mock.method(dns.promises, 'lookup', async () => [
      { address: '93.184.216.34', family: 4 },
    ]);
    const connectLookup = mock.method(
      dns,
      'lookup',
      (_host: string, _options: unknown, callback: (...args: unknown[]) => void) => {
        callback(null, [{ address: '127.0.0.1', family: 4 }]);
      },
    );
    try {
      await assert.rejects(
        fetchDocument(`http://rebind.example:${port}/feed`, options()),
        (error: unknown) => {
          assert.ok(error instanceof UnsafeUrlError, `expected UnsafeUrlError, got ${String(error)}`);
          assert.match(error.message, /127\.0\.0\.1 at connect time/);
          return true;
        },
      );
      assert.equal(guardLookup.mock.callCount(), 1);
      assert.ok(connectLookup.mock.callCount() >= 1);
    } finally {
      guardLookup.mock.restore();
      connectLookup.mock.restore();
    }
    assert.deepEqual(hits, []);
  });

  test('the connect-time lookup refuses a name that resolves to loopback', async () => {
    const error = await new Promise<unknown>((resolve) => {
      guardedLookup('localhost', {}, (err) => resolve(err));
    });
    assert.ok(error instanceof UnsafeUrlError);
    assert.match(error.message, /at connect time/);
  });
});

describe('with private networks allowed, link-local and cloud metadata stay refused', () => {
  const allowed = (): FetchOptions =>
    options({ allowPrivateNetworks: true, timeoutMs: 2000, connectTimeoutMs: 500 });

  test('a redirect from a loopback server to a metadata address is refused before the second hop', async () => {
    for (const target of [
      'http://169.254.169.254/latest/meta-data/',
      'http://[fd00:ec2::254]/latest/meta-data/',
      'http://metadata.google.internal/computeMetadata/v1/',
    ]) {
      hits.length = 0;
      await assert.rejects(
        fetchDocument(`${base}/go?to=${encodeURIComponent(target)}`, allowed()),
        (error: unknown) => {
          assert.ok(error instanceof UnsafeUrlError, `expected UnsafeUrlError, got ${String(error)}`);
          assert.match(error.message, /link-local or cloud metadata/);
          return true;
        },
      );
      assert.deepEqual(hits, [`/go?to=${encodeURIComponent(target)}`]);
    }
  });

  test('a name whose DNS answer is link-local is refused at connect time; loopback answers still connect', async () => {
    const port = new URL(base).port;
    let answer = '169.254.169.254';
    const connectLookup = mock.method(
      dns,
      'lookup',
      (_host: string, _options: unknown, callback: (...args: unknown[]) => void) => {
        callback(null, [{ address: answer, family: 4 }]);
      },
    );
    try {
      hits.length = 0;
      await assert.rejects(
        fetchDocument(`http://feeds.intranet.example:${port}/feed`, allowed()),
        (error: unknown) => {
          assert.ok(error instanceof UnsafeUrlError, `expected UnsafeUrlError, got ${String(error)}`);
          assert.match(error.message, /169\.254\.169\.254 at connect time, a link-local or cloud metadata/);
          return true;
        },
      );
      assert.deepEqual(hits, []);
      answer = '127.0.0.1';
      const result = await fetchDocument(`http://feeds.intranet.example:${port}/feed`, allowed());
      assert.equal(result.status, 'ok');
      assert.deepEqual(hits, ['/feed']);
    } finally {
      connectLookup.mock.restore();
    }
  });
});
