import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentJson } from '../../../app/commands/extract.ts';
import type { ExtractedDocument } from '../../../jobs/previewExtraction.ts';
import { entryArticle } from '../../../jobs/documentArticles.ts';

const doc = (fields: Partial<ExtractedDocument>): ExtractedDocument =>
  ({ url: 'https://news.example/a', title: 'T', byline: null, publishedAt: null, language: 'en', siteName: null, canonicalUrl: null, text: '', mentions: [], dropped: [], ...fields }) as ExtractedDocument;

test('claims extract --json lists the authors apart, a byline read as one name as one, none as none', () => {
  assert.deepEqual(documentJson(doc({ byline: 'Jane Roe, John Doe', authors: ['Jane Roe', 'John Doe'] })).authors, ['Jane Roe', 'John Doe']);
  assert.deepEqual(documentJson(doc({ byline: 'Alys Penhallow' })).authors, ['Alys Penhallow']);
  assert.deepEqual(documentJson(doc({})).authors, []);
});

test("a feed entry's author stands for the page's authors, as it does for its byline", () => {
  const html = '<html><head><meta name="author" content="Page Writer"></head><body><article><p>The council met on Tuesday and agreed the budget for the coming year after a long debate.</p></article></body></html>';
  const fromEntry = entryArticle(html, { title: 'Budget', author: 'Feed Author', publishedAt: null }, 'https://news.example/b');
  assert.equal(fromEntry.byline, 'Feed Author');
  assert.deepEqual(fromEntry.authors, ['Feed Author']);
});
