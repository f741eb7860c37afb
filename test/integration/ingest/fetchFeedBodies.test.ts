import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { fetchDocument, type FetchOptions } from '../../../ingest/fetchDocument.ts';
import { FetchError } from '../../../ingest/errors.ts';
import { parseFeed } from '../../../ingest/parseFeed.ts';

const RUSSIAN = 'Песков заявил, что ёлка';
const rss = (encoding: string, extra = ''): string =>
  `<?xml version="1.0" encoding="${encoding}"?><rss version="2.0"><channel><title>${RUSSIAN}</title>` +
  `<item><title>${RUSSIAN}</title><link>https://news.example/1</link></item>${extra}</channel></rss>`;

/** path -> [content-type, body] */
const ROUTES: Record<string, [string, Buffer]> = {
  '/cp1251-prolog-only': ['text/xml', iconv.encode(rss('windows-1251'), 'windows-1251')],
  '/koi8-header-says-utf8': ['application/rss+xml; charset=utf-8', iconv.encode(rss('koi8-r'), 'koi8-r')],
  '/iso-8859-5-header': ['application/xml; charset=ISO-8859-5', iconv.encode(rss('utf-8'), 'iso-8859-5')],
  '/no-charset-anywhere': [
    'application/xml',
    Buffer.from(rss('utf-8').replace(' encoding="utf-8"', ''), 'utf8'),
  ],
  '/html-meta': [
    'text/html',
    iconv.encode(
      `<html><head><meta charset="windows-1251"><title>${RUSSIAN}</title></head></html>`,
      'windows-1251',
    ),
  ],
  '/malformed': [
    'application/rss+xml',
    Buffer.from(
      '<rss><channel><title>AT&T &eacute;dition</title>' +
        '<item><title>One</title><link>https://news.example/1</link><pubDate>not a date</pubDate></item>' +
        '<item><title>Two &nbsp; <b>bold</title><link>https://news.example/2</link></item>' +
        '<item><title>Three</title><link>https://news.example/3</link></item>' +
        '<item><title>Cut off',
    ),
  ],
};

let server: Server;
let base = '';

function options(overrides: Partial<FetchOptions> = {}): FetchOptions {
  return {
    timeoutMs: 3000,
    maxBytes: 100_000,
    userAgent: 'claimdesk-test/1',
    allowPrivateNetworks: true,
    ...overrides,
  };
}

async function fetchBody(path: string): Promise<string> {
  const result = await fetchDocument(`${base}${path}`, options());
  assert.equal(result.status, 'ok');
  return result.status === 'ok' ? result.document.body : '';
}

before(async () => {
  server = createServer((req, res) => {
    const route = ROUTES[req.url ?? ''];
    if (!route) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': route[0] });
    res.end(route[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('charsets of fetched feeds', () => {
  for (const path of [
    '/cp1251-prolog-only',
    '/koi8-header-says-utf8',
    '/iso-8859-5-header',
    '/no-charset-anywhere',
  ]) {
    test(`${path.slice(1)}: decoded without U+FFFD, then parsed`, async () => {
      const body = await fetchBody(path);
      assert.ok(!body.includes('\uFFFD'), body.slice(0, 120));
      const feed = await parseFeed(body, `${base}${path}`);
      assert.equal(feed.title, RUSSIAN);
      assert.equal(feed.entries[0]?.title, RUSSIAN);
    });
  }

  test('an HTML page declaring its charset in <meta>', async () => {
    assert.ok((await fetchBody('/html-meta')).includes(`<title>${RUSSIAN}</title>`));
  });
});

test('malformed XML (bare &, HTML entities, a bad date, an unclosed tag, a cut-off end) keeps its entries', async () => {
  const feed = await parseFeed(await fetchBody('/malformed'), `${base}/malformed`);
  assert.equal(feed.title, 'AT&T édition');
  assert.ok(feed.entries.length >= 3, `entries: ${feed.entries.length}`);
  assert.equal(feed.entries[0]?.publishedAt, null);
  assert.equal(feed.entries[2]?.url, 'https://news.example/3');
});

test('a connect that never completes fails on the connect timeout, well before the total one', async () => {
  // 192.0.2.0/24 (TEST-NET-1) is never routed: the SYN goes unanswered or is refused at once.
  const started = performance.now();
  await assert.rejects(
    fetchDocument('http://192.0.2.77/feed', options({ timeoutMs: 10_000, connectTimeoutMs: 200 })),
    (error: unknown) => error instanceof FetchError && !error.permanent,
  );
  assert.ok(performance.now() - started < 5000);
});
