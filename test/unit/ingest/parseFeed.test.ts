import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../../ingest/parseFeed.ts';
import { FeedParseError } from '../../../ingest/errors.ts';

const BASE = 'https://news.example.com/feeds/world.xml';

describe('RSS 2.0', () => {
  const rss = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>World &amp; Europe</title>
    <link>https://News.Example.com/world</link>
    <item>
      <title>Russia moves to block WhatsApp</title>
      <link>/world/whatsapp?utm_source=rss&amp;id=7#top</link>
      <guid isPermaLink="false">wa-1</guid>
      <dc:creator>Jane Roe</dc:creator>
      <pubDate>Thu, 28 Nov 2024 10:15:00 GMT</pubDate>
      <description>Short summary</description>
      <content:encoded><![CDATA[<p>Peskov said &amp; more.</p>]]></content:encoded>
    </item>
    <item>
      <title>Second</title>
      <guid>https://news.example.com/world/second</guid>
      <pubDate>sometime last week</pubDate>
    </item>
  </channel>
</rss>`;

  test('maps channel and items, resolving and canonicalising links', async () => {
    const feed = await parseFeed(rss, BASE);
    assert.equal(feed.title, 'World & Europe');
    assert.equal(feed.link, 'https://news.example.com/world');
    assert.equal(feed.entries.length, 2);
    const [first, second] = feed.entries;
    assert.deepEqual(first, {
      url: 'https://news.example.com/world/whatsapp?id=7',
      guid: 'wa-1',
      title: 'Russia moves to block WhatsApp',
      author: 'Jane Roe',
      publishedAt: '2024-11-28T10:15:00.000Z',
      contentHtml: '<p>Peskov said &amp; more.</p>',
      summary: 'Short summary',
    });
    assert.equal(
      second?.url,
      'https://news.example.com/world/second',
      'a permalink guid stands in for the link',
    );
    assert.equal(second?.publishedAt, null, 'a bad date is dropped');
    assert.equal(second?.contentHtml, null);
  });

  test('a bare & and HTML entities do not lose the feed', async () => {
    const xml = `<rss version="2.0"><channel><title>Q&A &mdash; daily</title><item><title>Tom & Jerry&nbsp;&eacute;t&eacute;</title><link>https://example.com/a?x=1&y=2</link></item></channel></rss>`;
    const feed = await parseFeed(xml, BASE);
    assert.equal(feed.title, 'Q&A \u2014 daily');
    assert.equal(feed.entries[0]?.title, 'Tom & Jerry\u00a0\u00e9t\u00e9');
    assert.equal(feed.entries[0]?.url, 'https://example.com/a?x=1&y=2');
  });

  test('an RSS element without a version is read as RSS 2.0', async () => {
    const feed = await parseFeed(
      '<rss><channel><title>No version</title><item><title>i</title></item></channel></rss>',
      BASE,
    );
    assert.equal(feed.title, 'No version');
    assert.equal(feed.entries.length, 1);
    assert.equal(feed.entries[0]?.url, null);
  });

  test('RSS 0.91 survives markup that strict XML refuses', async () => {
    const xml = `<rss version="0.91"><channel><title>Old</title><item><title>One<br></title><link>http://old.example/1</link></item></channel></rss>`;
    const feed = await parseFeed(xml, BASE);
    assert.equal(feed.entries[0]?.url, 'http://old.example/1');
  });
});

test('Atom: alternate link, full content, summary, author, and a bad published date', async () => {
  const atom = `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Atom News</title>
  <link rel="self" href="https://atom.example/feed"/>
  <link rel="alternate" href="https://atom.example/"/>
  <entry>
    <title>Entry one</title>
    <id>urn:uuid:1</id>
    <link rel="alternate" type="text/html" href="/2024/one?fbclid=abc"/>
    <published>yesterday-ish</published>
    <updated>2024-11-27T08:00:00+01:00</updated>
    <author><name>Ann Author</name></author>
    <summary>The gist</summary>
    <content type="html">&lt;p&gt;Full &lt;b&gt;text&lt;/b&gt;&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Entry two</title>
    <id>urn:uuid:2</id>
    <link href="https://atom.example/two"/>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Inline <em>xhtml</em></p></div></content>
  </entry>
</feed>`;
  const feed = await parseFeed(atom, 'https://atom.example/feed');
  assert.equal(feed.title, 'Atom News');
  assert.equal(feed.link, 'https://atom.example/');
  const [one, two] = feed.entries;
  assert.equal(one?.url, 'https://atom.example/2024/one');
  assert.equal(one?.guid, 'urn:uuid:1');
  assert.equal(one?.author, 'Ann Author');
  assert.equal(one?.publishedAt, '2024-11-27T07:00:00.000Z', 'falls back to updated');
  assert.equal(one?.contentHtml, '<p>Full <b>text</b></p>');
  assert.equal(one?.summary, 'The gist');
  assert.equal(two?.url, 'https://atom.example/two');
  assert.equal(two?.contentHtml, '<p>Inline <em>xhtml</em></p>', 'the xhtml container div is not content');
  assert.equal(two?.summary, null);
});

test('Microsoft CDF: a capitalised <CHANNEL> without <rss> keeps its items', async () => {
  const cdf =
    '<CHANNEL>\n<TITLE>Site</TITLE>\n<ITEM HREF="https://cdf.example/1">\n  <TITLE>Example item</TITLE>\n</ITEM>\n</CHANNEL>';
  const feed = await parseFeed(cdf, 'https://cdf.example/channel.cdf');
  assert.equal(feed.title, 'Site');
  assert.equal(feed.entries.length, 1);
  assert.equal(feed.entries[0]?.title, 'Example item');
});

test('RSS 1.0 (RDF)', async () => {
  const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/"><title>RDF site</title><link>https://rdf.example/</link></channel>
  <item rdf:about="https://rdf.example/1">
    <title>RDF item</title><link>https://rdf.example/1</link>
    <description>About it</description>
    <dc:date>2003-12-13T18:30:02Z</dc:date><dc:creator>Rita</dc:creator>
  </item>
</rdf:RDF>`;
  const feed = await parseFeed(rdf, 'https://rdf.example/index.rdf');
  assert.equal(feed.title, 'RDF site');
  assert.deepEqual(feed.entries[0], {
    url: 'https://rdf.example/1',
    guid: 'https://rdf.example/1',
    title: 'RDF item',
    author: 'Rita',
    publishedAt: '2003-12-13T18:30:02.000Z',
    contentHtml: null,
    summary: 'About it',
  });
});

describe('JSON Feed', () => {
  test('1.1 with authors, relative urls and a bad date', async () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'JSON News',
      home_page_url: 'https://json.example/',
      items: [
        {
          id: 1,
          url: '/posts/1?utm_medium=feed',
          title: 'First',
          content_html: '<p>Hello</p>',
          summary: 'Hi',
          date_published: '2024-01-02T03:04:05Z',
          authors: [{ name: 'Jo' }],
        },
        {
          id: 'b',
          external_url: 'https://elsewhere.example/x',
          content_text: 'Plain',
          date_published: 'not a date',
        },
      ],
    });
    const feed = await parseFeed(json, 'https://json.example/feed.json');
    assert.equal(feed.title, 'JSON News');
    assert.equal(feed.link, 'https://json.example/');
    assert.deepEqual(feed.entries[0], {
      url: 'https://json.example/posts/1',
      guid: '1',
      title: 'First',
      author: 'Jo',
      publishedAt: '2024-01-02T03:04:05.000Z',
      contentHtml: '<p>Hello</p>',
      summary: 'Hi',
    });
    assert.equal(feed.entries[1]?.url, 'https://elsewhere.example/x');
    assert.equal(feed.entries[1]?.publishedAt, null);
    assert.equal(feed.entries[1]?.summary, 'Plain');
  });

  test('1.0 author object', async () => {
    const json =
      '{"version":"https://jsonfeed.org/version/1","title":"T","items":[{"id":"x","author":{"name":"Old Style"}}]}';
    const feed = await parseFeed(json, BASE);
    assert.equal(feed.entries[0]?.author, 'Old Style');
  });
});

describe('damaged but readable feeds', () => {
  test('a truncated feed keeps the entries before the cut', async () => {
    const xml =
      '<rss version="2.0"><channel><title>Cut</title><item><title>Kept</title></item></channel></rss';
    const feed = await parseFeed(xml, BASE);
    assert.equal(feed.entries[0]?.title, 'Kept');
  });

  test('a feed cut short before its first entry ends is no feed', async () => {
    for (const xml of [
      '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>a</ti',
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>Cut</title><entry><id>1',
    ]) {
      await assert.rejects(parseFeed(xml, BASE), /not a readable feed \(cut short: no closing <\/(rss|feed)> and no whole entry/);
    }
  });

  test('an RSS document without a channel is an empty feed', async () => {
    assert.deepEqual(await parseFeed('<rss version="2.0">\n</rss>', BASE), {
      title: null,
      link: null,
      entries: [],
    });
  });

  test('an ampersand inside CDATA is left alone', async () => {
    const xml =
      '<rss version="2.0"><channel><item><description><![CDATA[a &amp; b & c]]></description></item></channel></rss>';
    const feed = await parseFeed(xml, BASE);
    assert.equal(feed.entries[0]?.summary, 'a &amp; b & c');
  });
});

describe('unparseable input throws FeedParseError', () => {
  const cases: Array<[string, string]> = [
    ['plain text', 'this is not a feed'],
    ['an HTML page', '<!DOCTYPE html><html><body>hi</body></html>'],
    ['invalid JSON', '{"version": "https://jsonfeed.org/version/1", '],
    ['JSON without items', '{"version": "https://jsonfeed.org/version/1"}'],
    ['an empty body', ''],
  ];
  for (const [name, body] of cases) {
    test(name, async () => {
      await assert.rejects(parseFeed(body, BASE), (error: unknown) => {
        assert.ok(error instanceof FeedParseError);
        assert.equal(error.url, BASE);
        assert.equal(error.code, 'feed_parse_error');
        return true;
      });
    });
  }
});
