import { test } from 'node:test';
import assert from 'node:assert/strict';
import { archiveLinks } from '../../../ingest/archiveLinks.ts';

test('RFC 5005 prev-archive and paged next links, resolved, before the first entry only', () => {
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom">
    <link rel="self" href="https://example.org/feed"/>
    <link rel="current" href="https://example.org/feed"/>
    <link rel="prev-archive" href="/archive/2025-12"/>
    <link href="https://example.org/feed?page=2" rel="next"/>
    <link rel="prev-archive" href="https://example.org/archive/2025-12"/>
    <entry><link rel="next" href="https://example.org/not-this"/></entry></feed>`;
  assert.deepEqual(archiveLinks(atom, 'https://example.org/feed'), [
    'https://example.org/archive/2025-12',
    'https://example.org/feed?page=2',
  ]);
  const rss = `<rss><channel><atom:link rel="prev-archive" href="https://example.org/rss?y=2025&amp;m=1"/><atom:link rel="next" href="https://example.org/rss"/><item></item></channel></rss>`;
  assert.deepEqual(archiveLinks(rss, 'https://example.org/rss'), ['https://example.org/rss?y=2025&m=1']);
  assert.deepEqual(archiveLinks('<rss><channel><link>https://example.org/</link></channel></rss>', 'https://example.org/rss'), []);
});
