import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleIdentity, guidAlias } from '../../../jobs/articleIdentity.ts';

test('a canonical link on the same site names the article; every way in is an alias', () => {
  const id = articleIdentity({
    fetchedUrl: 'https://WWW.Example.org/amp/story?utm_source=rss#top',
    canonicalUrl: 'https://example.org/news/story?fbclid=1',
    entryUrl: 'https://www.example.org/amp/story?utm_campaign=x',
    guid: 'tag:example.org,2026:1',
    feedId: 'f_1',
  });
  assert.equal(id.url, 'https://example.org/news/story');
  assert.deepEqual(id.aliases, [
    'https://example.org/news/story',
    'https://www.example.org/amp/story',
    guidAlias('f_1', 'tag:example.org,2026:1'),
  ]);
  assert.equal(id.sitePrefix, 'https://www.example.org/');
});

test("another site's canonical link is not followed, and a bad one is ignored", () => {
  assert.equal(articleIdentity({ fetchedUrl: 'https://small.example/a', canonicalUrl: 'https://big.example/a' }).url, 'https://small.example/a');
  assert.equal(articleIdentity({ fetchedUrl: 'https://small.example/a', canonicalUrl: 'not a url' }).url, 'https://small.example/a');
});

test('local files keep their URL and are never matched by content', () => {
  const id = articleIdentity({ fetchedUrl: 'file:///tmp/a.txt' });
  assert.deepEqual(id, { url: 'file:///tmp/a.txt', aliases: ['file:///tmp/a.txt'], sitePrefix: null });
  assert.deepEqual(articleIdentity({ fetchedUrl: 'urn:guid:42', guid: '42' }).aliases, ['urn:guid:42']);
});
