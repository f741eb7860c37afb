import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseOpml } from '../../../ingest/parseOpml.ts';

test('collects xmlUrl from nested outlines, titled by title or text', () => {
  const opml = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>Subscriptions</title></head>
  <body>
    <outline text="News">
      <outline type="rss" text="Text name" title="BBC World" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml"/>
      <outline text="Deeper">
        <outline type="rss" text="Reuters &amp; Co" xmlUrl="https://example.com/feed?a=1&amp;b=2"></outline>
      </outline>
    </outline>
    <!-- <outline xmlUrl="https://commented.example/feed"/> -->
    <outline type='rss' XMLURL='https://upper.example/rss'/>
    <outline type="rss" title="Dup" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml"/>
    <outline text="Folder without feed"/>
  </body>
</opml>`;
  assert.deepEqual(parseOpml(opml), [
    { url: 'https://feeds.bbci.co.uk/news/world/rss.xml', title: 'BBC World' },
    { url: 'https://example.com/feed?a=1&b=2', title: 'Reuters & Co' },
    { url: 'https://upper.example/rss', title: null },
  ]);
});

test('a document without outlines gives an empty list', () => {
  assert.deepEqual(parseOpml('<opml><body></body></opml>'), []);
  assert.deepEqual(parseOpml('not xml at all'), []);
});

test('a listed URL holding a character reference XML forbids is listed with its problem, not cut at the "#"', () => {
  const feeds = parseOpml('<opml><body><outline xmlUrl="http://example.com/feed&#x0;.xml"/><outline xmlUrl="http://example.com/b&#233;.xml"/></body></opml>');
  assert.equal(feeds.length, 2);
  assert.equal(feeds[0]?.url, 'http://example.com/feed&#x0;.xml');
  assert.match(feeds[0]?.problem ?? '', /&#x0;, a character XML forbids/);
  assert.deepEqual(feeds[1], { url: 'http://example.com/bé.xml', title: null });
});
