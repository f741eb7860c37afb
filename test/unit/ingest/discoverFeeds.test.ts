import { test } from 'node:test';
import assert from 'node:assert/strict';
import { discoverFeeds } from '../../../ingest/discoverFeeds.ts';
import { feedTtl } from '../../../ingest/feedTtl.ts';

test('finds RSS, Atom and JSON Feed links, resolved, without repeats', () => {
  const html = `<!doctype html><html><head>
    <link rel="stylesheet" href="/s.css">
    <link rel="alternate" type="application/rss+xml" title="All news" href="/rss.xml">
    <LINK REL='alternate' TYPE='application/atom+xml' HREF='https://Example.org/atom?a=1&amp;b=2'>
    <link type="application/feed+json" rel="alternate home" href="feed.json">
    <link rel="alternate" type="application/rss+xml" href="/rss.xml">
    <link rel="alternate" hreflang="fr" href="/fr/">
    <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
  </head><body></body></html>`;
  assert.deepEqual(discoverFeeds(html, 'https://example.org/news/'), [
    { url: 'https://example.org/rss.xml', title: 'All news', type: 'application/rss+xml' },
    { url: 'https://example.org/atom?a=1&b=2', title: null, type: 'application/atom+xml' },
    { url: 'https://example.org/news/feed.json', title: null, type: 'application/feed+json' },
  ]);
});

test('honours <base> and finds nothing on a page without feed links', () => {
  const html = '<head><base href="https://cdn.example.net/x/"><link rel=alternate type=application/rss+xml href=f.xml></head>';
  assert.deepEqual(discoverFeeds(html, 'https://example.org/').map((f) => f.url), ['https://cdn.example.net/x/f.xml']);
  assert.deepEqual(discoverFeeds('<html><head><title>x</title></head></html>', 'https://example.org/'), []);
});

test('reads an RSS channel ttl, not an item one', () => {
  assert.equal(feedTtl('<rss><channel><ttl>60</ttl><item><ttl>5</ttl></item></channel></rss>'), 60);
  assert.equal(feedTtl('<rss><channel><item><ttl>5</ttl></item></channel></rss>'), null);
  assert.equal(feedTtl('<feed></feed>'), null);
});
