import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { keepNewestEntries } from '../../../ingest/keepNewestEntries.ts';
import { parseFeed } from '../../../ingest/parseFeed.ts';
import { growthOf } from '../growth.ts';

const BASE = 'https://news.example.com/feed.xml';
const day = (n: number) => new Date(Date.UTC(2024, 10, n, 12)).toUTCString();

/** RSS items in the given order, each `<item>` titled by its day (0: no date). */
const rss = (days: number[], extra = '') =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${extra}\n` +
  days
    .map((d, i) => `<item><title>d${d}-${i}</title><link>https://news.example.com/${i}</link>${d ? `<pubDate>${day(d)}</pubDate>` : ''}</item>`)
    .join('\n') +
  '\n<lastBuildDate>x</lastBuildDate></channel></rss>';

const titles = async (xml: string, maxEntries: number) =>
  (await parseFeed(xml, BASE, { maxEntries })).entries.map((e) => e.title);

describe('keepNewestEntries', () => {
  test('keeps the newest by date, in document order, and all that is not an entry', async () => {
    const xml = rss([3, 9, 1, 7, 5]);
    const kept = keepNewestEntries(xml, 3);
    assert.equal(kept.total, 5);
    assert.equal(kept.dropped, 2);
    assert.match(kept.xml, /<title>T<\/title>/);
    assert.match(kept.xml, /<lastBuildDate>x<\/lastBuildDate><\/channel><\/rss>$/);
    assert.deepEqual(await titles(xml, 3), ['d9-1', 'd7-3', 'd5-4']);
  });

  test('undated entries come after dated ones; without dates the first ones are kept', async () => {
    assert.deepEqual(await titles(rss([0, 4, 0, 2]), 3), ['d0-0', 'd4-1', 'd2-3']);
    assert.deepEqual(await titles(rss([0, 0, 0, 0]), 2), ['d0-0', 'd0-1']);
  });

  test('no more than max: the text is left as it is', () => {
    const xml = rss([1, 2]);
    assert.deepEqual(keepNewestEntries(xml, 2), { xml, total: 2, dropped: 0 });
  });

  test('Atom entries, prefixed names and self-closing entries are counted; CDATA and comments are not', () => {
    const atom =
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>' +
      `<entry><id>1</id><updated>2024-11-01T00:00:00Z</updated><content><![CDATA[</entry><entry>]]></content></entry>` +
      '<!-- <entry><id>c</id></entry> -->' +
      '<atom:entry><id>2</id><updated>2024-11-03T00:00:00Z</updated></atom:entry>' +
      '<entry/>' +
      '<entry><id>4</id><published>2024-11-02T00:00:00Z</published></entry></feed>';
    const kept = keepNewestEntries(atom, 2);
    assert.equal(kept.total, 4);
    assert.equal(kept.dropped, 2);
    assert.match(kept.xml, /<id>2<\/id>/);
    assert.match(kept.xml, /<id>4<\/id>/);
    assert.doesNotMatch(kept.xml, /<id>1<\/id>|<entry\/>/);
    assert.match(kept.xml, /<!-- <entry><id>c<\/id><\/entry> -->/);
  });

  test('entries that do not balance are left to the parser, and the cap applies after parsing', async () => {
    const broken = rss([1, 2, 3]).replace('</item>', '');
    assert.deepEqual(keepNewestEntries(broken, 1), { xml: broken, total: 0, dropped: 0 });
    const feed = await parseFeed(broken, BASE, { maxEntries: 1 });
    assert.ok(feed.entries.length <= 1);
  });

  test('unterminated sections and tags are given up on in linear time', async () => {
    for (const flood of ['<![CDATA[', '<!--', '<item ', '</entry']) {
      const xmlOf = (n: number) => `<rss><channel><item><title>a</title></item>${flood.repeat(n)}</channel></rss>`;
      const kept = keepNewestEntries(xmlOf(200_000), 1);
      assert.equal(kept.xml, xmlOf(200_000), flood);
      assert.equal(kept.dropped, 0);
      // Four times the input: about four times the time when linear, sixteen when quadratic.
      const growth = await growthOf((n) => keepNewestEntries(xmlOf(n), 1), 50_000, { tries: 5 });
      assert.ok(growth < 12, `${flood}: ${growth.toFixed(1)}x the time for 4x the input`);
    }
  });

  test('parseFeed reports what the cap left out; JSON Feed is capped too', async () => {
    const feed = await parseFeed(rss([1, 2, 3, 4]), BASE, { maxEntries: 2 });
    assert.equal(feed.droppedEntries, 2);
    assert.equal((await parseFeed(rss([1, 2]), BASE, { maxEntries: 2 })).droppedEntries, undefined);
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'J',
      items: [1, 5, 3].map((d) => ({ id: `j${d}`, url: `https://j.example/${d}`, date_published: `2024-11-0${d}T00:00:00Z` })),
    });
    const capped = await parseFeed(json, BASE, { maxEntries: 2 });
    assert.deepEqual(capped.entries.map((e) => e.guid), ['j5', 'j3']);
    assert.equal(capped.droppedEntries, 1);
  });

  test('100,000 entries: the newest 2,000, quickly', async () => {
    const start = Date.UTC(2020, 0, 1);
    const feedOf = (length: number) =>
      `<rss version="2.0"><channel><title>Big</title>${Array.from(
        { length },
        (_, i) => `<item><title>e${i}</title><link>https://b.example/${i}</link><pubDate>${new Date(start + i * 60_000).toUTCString()}</pubDate></item>`,
      ).join('')}</channel></rss>`;
    const xml = feedOf(100_000);
    const baselineXml = feedOf(2000);
    await parseFeed(baselineXml, BASE); // warm up the parser before timing
    let began = performance.now();
    await parseFeed(baselineXml, BASE);
    const baselineMs = performance.now() - began;
    began = performance.now();
    const feed = await parseFeed(xml, BASE, { maxEntries: 2000 });
    const ms = performance.now() - began;
    assert.equal(feed.entries.length, 2000);
    assert.equal(feed.droppedEntries, 98_000);
    assert.equal(feed.entries[0]?.title, 'e98000');
    assert.equal(feed.entries.at(-1)?.title, 'e99999');
    // Unbounded, rss-parser reads all 100,000 (about 50 times the 2,000 of the baseline, measured in the same run);
    // the cap leaves it a scan of the text and the newest 2,000 (about 6 times).
    assert.ok(ms < baselineMs * 20, `${Math.round(ms)} ms, ${(ms / baselineMs).toFixed(1)}x the 2,000-entry feed`);
  });
});
