import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { generatePages } from '../../../bench/e2e/generatePages.ts';
import { extractArticle } from '../../../extract/extractArticle.ts';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { startExtractionThreads } from '../../../jobs/startExtractionThreads.ts';

describe('startExtractionThreads', () => {
  const threads = startExtractionThreads(2);
  after(() => threads.close());

  test('a page and its mentions come back from the threads as they are extracted in-process, many at once', async () => {
    const pages = generatePages(4).map((p) => ({ html: p.html, url: `https://bench.example${p.path}` }));
    const articles = await Promise.all(pages.map((p) => threads.extractPage(p.html, p.url)));
    assert.deepEqual(
      articles,
      pages.map((p) => extractArticle(p.html, p.url)),
    );
    const found = await Promise.all(articles.map((a) => threads.extractMentions(a.text)));
    assert.deepEqual(
      found,
      articles.map((a) => extractMentions(a.text)),
    );
    assert.ok(found.every((f) => f.mentions.length > 0));
  });

  test('after close, extraction is refused', async () => {
    const closing = startExtractionThreads(1);
    await closing.close();
    await assert.rejects(closing.extractMentions('"Yes," she said.'), /closed/);
  });
});
