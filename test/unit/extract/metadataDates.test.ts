import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../../extract/extractArticle.ts';
import { detectLanguage } from '../../../extract/detectLanguage.ts';

const BODY = '<body><div class="story"><p>The harbour bridge will close for two years of repairs, the city council said on Tuesday after a long debate.</p></div></body>';

test('modified time from meta tags, published from <time datetime>', () => {
  const html = `<html><head><meta property="article:modified_time" content="2024-05-02T12:00:00Z"></head>
<body><time datetime="2024-05-01T08:00:00Z">1 May</time>${BODY}</body></html>`;
  const article = extractArticle(html, 'https://example.com/a');
  assert.equal(article.publishedAt, '2024-05-01T08:00:00.000Z');
  assert.equal(article.modifiedAt, '2024-05-02T12:00:00.000Z');
});

test('JSON-LD: an article inside @graph beats its WebPage, dates given as arrays, several authors', () => {
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebPage', headline: 'Page headline', datePublished: '2020-01-01T00:00:00Z' },
      { '@type': ['NewsArticle', 'Article'], headline: 'Bridge to close', datePublished: ['2024-05-01T08:00:00Z'], dateModified: ['2024-05-03T09:30:00+02:00'], author: [{ '@type': 'Person', name: 'Ann Lee' }, { '@type': 'Person', name: 'Bo Kim' }] },
    ],
  };
  const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head>${BODY}</html>`;
  const article = extractArticle(html, 'https://example.com/a');
  assert.equal(article.title, 'Bridge to close');
  assert.equal(article.publishedAt, '2024-05-01T08:00:00.000Z');
  assert.equal(article.modifiedAt, '2024-05-03T07:30:00.000Z');
  assert.equal(article.byline, 'Ann Lee, Bo Kim');
});

test('no modified time when the page does not say', () => {
  assert.equal(extractArticle(`<html>${BODY}</html>`, 'https://example.com/a').modifiedAt, null);
});

test('Ukrainian and Russian told apart by the letters only one of them uses', () => {
  // Short, name-heavy news lines where trigrams alone are unreliable.
  assert.equal(detectLanguage('Зеленський і Шмигаль обговорили ґрунтовні зміни, їхні радники є в Києві.'), 'uk');
  assert.equal(detectLanguage('Путин и Песков объяснили, что съезд отложен, этот вопрос ещё решается.'), 'ru');
});
