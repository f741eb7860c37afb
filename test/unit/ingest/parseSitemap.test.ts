import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSitemap, parseSitemap } from '../../../ingest/parseSitemap.ts';
import { formatOpml } from '../../../ingest/formatOpml.ts';
import { sniffKind } from '../../../ingest/sniffKind.ts';
import { parseOpml } from '../../../ingest/parseOpml.ts';

const news = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://example.org/a?x=1&amp;y=2</loc>
    <news:news><news:publication><news:name>Ex</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>2026-01-02T10:00:00Z</news:publication_date><news:title><![CDATA[Talks & more]]></news:title></news:news></url>
  <url><loc> https://example.org/b </loc><lastmod>2026-01-01</lastmod></url>
  <url><loc>ftp://example.org/c</loc></url>
  <url><lastmod>2026-01-01</lastmod></url>
</urlset>`;

test('reads a news sitemap: URLs, publication dates and titles; skips bad entries', () => {
  assert.ok(isSitemap(news));
  assert.deepEqual(parseSitemap(news, 'https://example.org/sitemap.xml'), {
    kind: 'urlset',
    entries: [
      { url: 'https://example.org/a?x=1&y=2', date: '2026-01-02T10:00:00Z', title: 'Talks & more' },
      { url: 'https://example.org/b', date: '2026-01-01', title: null },
    ],
  });
});

test('reads a sitemap index', () => {
  const index = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>/news-1.xml</loc><lastmod>2026-01-01</lastmod></sitemap><sitemap><loc>https://example.org/news-2.xml</loc></sitemap>
  </sitemapindex>`;
  assert.ok(isSitemap(index));
  const parsed = parseSitemap(index, 'https://example.org/sitemap.xml');
  assert.equal(parsed.kind, 'index');
  assert.deepEqual(parsed.entries.map((e) => e.url), ['https://example.org/news-1.xml', 'https://example.org/news-2.xml']);
  assert.ok(!isSitemap('<rss><channel></channel></rss>'));
});

test('OPML export reads back as the same feeds', () => {
  const feeds = [
    { url: 'https://example.org/rss?a=1&b=2', title: 'Tom & "Jerry" <news>' },
    { url: 'https://example.net/atom.xml', title: null },
  ];
  assert.deepEqual(parseOpml(formatOpml(feeds)), [feeds[0], { url: 'https://example.net/atom.xml', title: 'https://example.net/atom.xml' }]);
});

test('a sitemap is its own kind of document', () => {
  assert.equal(sniffKind('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>', 'application/xml', 'https://e.org/s.xml'), 'sitemap');
  assert.equal(sniffKind('<sitemapindex></sitemapindex>', null, 'file:///tmp/s.xml'), 'sitemap');
});
