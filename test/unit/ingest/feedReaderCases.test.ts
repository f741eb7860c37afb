// Feeds that common readers read one way and rss-parser's defaults another: each case is a small feed of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../../ingest/parseFeed.ts';
import { sniffKind } from '../../../ingest/sniffKind.ts';
import { flattenTitles } from '../../../ingest/flattenTitles.ts';
import { resolveXmlBase } from '../../../ingest/resolveXmlBase.ts';
import { growthOf } from '../growth.ts';

const BASE = 'https://news.example.com/feeds/world.xml';
const ATOM = 'xmlns="http://www.w3.org/2005/Atom"';

async function firstEntry(xml: string): Promise<{ url: string | null; title: string | null; guid: string | null }> {
  const entry = (await parseFeed(xml, BASE)).entries[0];
  assert.ok(entry, 'one entry');
  return entry;
}

test('a JSON Feed declaring "version": "1.0" is a feed, and parses', async () => {
  const json = '{"version": "1.0", "title": "World", "items": [{"id": "1", "url": "https://news.example.com/a", "title": "A"}]}';
  assert.equal(sniffKind(json, 'application/json', 'https://news.example.com/feed.json'), 'feed');
  assert.equal(sniffKind('{"version": "1.0", "name": "settings"}', 'application/json', BASE), 'text');
  assert.equal((await parseFeed(json, BASE)).entries[0]?.url, 'https://news.example.com/a');
});

test('an Atom enclosure is not the article: the alternate link is, or none', async () => {
  const withPage = `<feed ${ATOM}><entry><id>tag:x,2024:1</id><title>Episode</title>
<link rel="enclosure" type="audio/mpeg" href="https://cdn.example.com/ep1.mp3"/><link href="https://news.example.com/ep1"/></entry></feed>`;
  assert.equal((await firstEntry(withPage)).url, 'https://news.example.com/ep1');
  const onlyEnclosure = `<feed ${ATOM}><entry><id>tag:x,2024:1</id><title>Episode</title>
<link rel="enclosure" type="audio/mpeg" href="https://cdn.example.com/ep1.mp3"/></entry></feed>`;
  assert.equal((await firstEntry(onlyEnclosure)).url, null);
});

test('among several links, the first alternate HTML one, as common readers choose', async () => {
  const atom = `<feed ${ATOM}><entry><id>x</id><title>A</title>
<link rel="self" type="application/atom+xml" href="https://news.example.com/a.atom"/>
<link rel="related" type="text/html" href="https://other.example.com/b"/>
<link rel="alternate" type="application/pdf" href="https://news.example.com/a.pdf"/>
<link rel="alternate" type="text/html" href="https://news.example.com/a"/></entry></feed>`;
  assert.equal((await firstEntry(atom)).url, 'https://news.example.com/a');
  const rss = `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>t</title><item><title>A</title>
<atom:link rel="self" href="https://news.example.com/self"/><atom:link rel="alternate" href="https://news.example.com/a"/></item></channel></rss>`;
  assert.equal((await firstEntry(rss)).url, 'https://news.example.com/a');
});

test('rdf:about names an RSS 1.0 item but is not its link', async () => {
  const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://news.example.com/"><title>t</title></channel>
<item rdf:about="https://news.example.com/id/1"><title>A</title></item>
<item rdf:about="https://news.example.com/id/2"><title>B</title><link>https://news.example.com/b</link></item></rdf:RDF>`;
  const feed = await parseFeed(rdf, BASE);
  assert.deepEqual(
    feed.entries.map((e) => [e.url, e.guid]),
    [
      [null, 'https://news.example.com/id/1'],
      ['https://news.example.com/b', 'https://news.example.com/id/2'],
    ],
  );
});

test('xml:base resolves relative links, nested bases against their parents', async () => {
  const atom = `<feed ${ATOM} xml:base="https://news.example.com/blog/"><title>t</title>
<entry xml:base="2024/"><id>x</id><title>A</title><link href="post.html?a=1&amp;b=2"/></entry>
<entry><id>y</id><title>B</title><link href="/top.html"/></entry></feed>`;
  const feed = await parseFeed(atom, BASE);
  assert.deepEqual(
    feed.entries.map((e) => e.url),
    ['https://news.example.com/blog/2024/post.html?a=1&b=2', 'https://news.example.com/top.html'],
  );
  const rss = `<rss version="2.0"><channel xml:base="https://other.example.com/news/"><title>t</title>
<item><title>A</title><link>story.html</link></item></channel></rss>`;
  assert.equal((await firstEntry(rss)).url, 'https://other.example.com/news/story.html');
});

test('base64 titles are decoded: Atom 0.3 mode="base64", Atom 1.0 binary type', async () => {
  const atom03 = `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title mode="base64">V29ybGQgbmV3cw==</title>
<entry><title mode="base64">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</title><link rel="alternate" href="https://news.example.com/1"/></entry></feed>`;
  const feed = await parseFeed(atom03, BASE);
  assert.equal(feed.title, 'World news');
  assert.equal(feed.entries[0]?.title, 'Example Atom');
  const atom10 = `<feed ${ATOM}><entry><title type="application/octet-stream">
    RXhhbXBsZSA8Yj5BdG9tPC9iPg==
  </title><link href="https://news.example.com/1"/></entry></feed>`;
  assert.equal((await firstEntry(atom10)).title, 'Example Atom');
});

test('titles with inline markup keep their text, escaped or not; a script inside is not text', async () => {
  const atom = `<feed ${ATOM}><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">World <a href="/w">news</a> today</div></title>
<entry><title type="html">Example &lt;a href="x"&gt;test&lt;/a&gt; here</title><link href="https://news.example.com/1"/></entry>
<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">safe<script>location.href='x';</script> title</div></title><link href="https://news.example.com/2"/></entry>
<entry><title type="html">History of the &lt;blink&gt; tag</title><link href="https://news.example.com/3"/></entry></feed>`;
  const feed = await parseFeed(atom, BASE);
  assert.equal(feed.title, 'World news today');
  assert.deepEqual(
    feed.entries.map((e) => e.title),
    ['Example test here', 'safe title', 'History of the <blink> tag'],
  );
  const rss = `<rss version="2.0"><channel><title>t</title><item><title>Example <b>bold</b> claim</title>
<link>https://news.example.com/1</link></item></channel></rss>`;
  assert.equal((await firstEntry(rss)).title, 'Example bold claim');
  // Markup left unescaped in a plain Atom title, as feeds in the wild print it.
  const raw = `<feed ${ATOM}><entry><id>x</id><title>Example <a href="https://news.example.com/t">test</a></title><link href="https://news.example.com/1"/></entry></feed>`;
  assert.equal((await firstEntry(raw)).title, 'Example test');
});

test('a feed whose elements all carry a prefix (<atom:feed>) is read', async () => {
  const atom = `<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>World</atom:title>
<atom:entry><atom:id>x</atom:id><atom:title>A</atom:title><atom:link href="https://news.example.com/a"/></atom:entry></atom:feed>`;
  const feed = await parseFeed(atom, BASE);
  assert.equal(feed.title, 'World');
  assert.equal(feed.entries[0]?.url, 'https://news.example.com/a');
});

test('the title and xml:base rewrites stay linear on titles and quotes left open', async () => {
  // 18 KB of open titles took 28 s with a backtracking pattern (quadratic: 16x the time for 4x the input).
  const growth = await growthOf(
    (n) => {
      flattenTitles(`<rss><channel>${'<title>a '.repeat(n)}<b>x</b>`);
      resolveXmlBase(`<feed xml:base="https://news.example.com/">${'<a href="x '.repeat(n * 10)}`, BASE);
    },
    2000,
    { tries: 5 },
  );
  assert.ok(growth < 12, `${growth.toFixed(1)}x the time for 4x the input`);
});
