import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../../extract/extractArticle.ts';

const PAGE = `<!doctype html>
<html lang="en-GB"><head>
<title>WhatsApp blocked | The Daily Example</title>
<meta property="og:title" content="WhatsApp accuses Russia of trying to block it">
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2025-02-12T09:30:00+01:00">
<link rel="canonical" href="/world/whatsapp-blocked">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"LD headline","datePublished":"2025-02-12T08:30:00Z","author":[{"@type":"Person","name":"Jane Reporter"}],"publisher":{"@type":"Organization","name":"Daily Example Ltd"}}</script>
<style>.x { color: red }</style>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/tech">Tech</a></nav></header>
<div id="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<main><article class="story-body">
<h1>WhatsApp accuses Russia</h1>
<p class="byline">By Jane Reporter</p>
<figure><img src="a.jpg"><figcaption>A phone showing the WhatsApp logo, in Moscow.</figcaption></figure>
<p>WhatsApp said on Thursday that Russian authorities had tried to fully block the service, cutting off more than 100 million users.</p>
<div class="ad-slot">Advertisement</div>
<p>“We continue to do everything we can to keep users connected,” the company said in a statement, adding that it would not comply.</p>
<div class="newsletter-signup"><p>Sign up for our newsletter to get the best stories every morning, straight to your inbox.</p></div>
<p>Kremlin spokesman Dmitry Peskov said a return was possible if Meta complied with Russian law, in remarks to reporters.</p>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
<section class="related-links"><h2>Related</h2><ul><li><a href="/a">Telegram restricted in Russia amid fraud probe</a></li><li><a href="/b">Max app grows quickly</a></li></ul></section>
</article></main>
<aside><p>Most read: ten stories you missed this week, and why they matter for everybody.</p></aside>
<footer><p>© 2025 The Daily Example. All rights reserved. Contact us for licensing.</p></footer>
<script>window.dataLayer = [];</script>
</body></html>`;

test('main text keeps the article paragraphs and drops nav, banners, captions, related links and footer', () => {
  const article = extractArticle(PAGE, 'https://www.example.com/world/whatsapp-blocked?utm=1');
  const paragraphs = article.text.split('\n\n');
  assert.equal(paragraphs.length, 3, article.text);
  assert.match(paragraphs[0] ?? '', /^WhatsApp said on Thursday/);
  assert.match(paragraphs[1] ?? '', /^“We continue/);
  assert.match(paragraphs[2] ?? '', /^Kremlin spokesman Dmitry Peskov/);
  for (const junk of ['Home', 'cookies', 'figcaption', 'Moscow.', 'Advertisement', 'newsletter', 'Share on', 'Telegram restricted', 'Most read', 'All rights reserved', 'dataLayer', 'color: red']) {
    assert.ok(!article.text.includes(junk), `dropped: ${junk}`);
  }
});

test('metadata from meta tags first, JSON-LD next', () => {
  const article = extractArticle(PAGE, 'https://www.example.com/world/whatsapp-blocked?utm=1');
  assert.equal(article.title, 'WhatsApp accuses Russia of trying to block it');
  assert.equal(article.byline, 'Jane Reporter');
  assert.equal(article.publishedAt, '2025-02-12T08:30:00.000Z');
  assert.equal(article.canonicalUrl, 'https://www.example.com/world/whatsapp-blocked');
  assert.equal(article.siteName, 'The Daily Example');
  assert.equal(article.language, 'en');
});

test('fallbacks: JSON-LD publisher, host name, <time>, detected language', () => {
  const html = `<html><head><title>Title only</title>
<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","author":{"name":"Ivan Petrov"},"publisher":{"name":"Пример"}}]}</script></head>
<body><div class="content"><time datetime="2024-05-01">May 1</time>
<p>Кремль заявил в четверг, что мессенджер может вернуться в Россию, если компания выполнит требования российского законодательства.</p>
<p>Пресс-секретарь президента Дмитрий Песков сказал журналистам, что решение было принято из-за нежелания компании соблюдать закон.</p></div></body></html>`;
  const article = extractArticle(html, 'https://www.news.example.ru/a');
  assert.equal(article.title, 'Title only');
  assert.equal(article.byline, 'Ivan Petrov');
  assert.equal(article.siteName, 'Пример');
  assert.equal(article.publishedAt, '2024-05-01T00:00:00.000Z');
  assert.equal(article.language, 'ru');
  assert.equal(article.text.split('\n\n').length, 2);
  const bare = extractArticle('<html><body><p>Short text with no metadata at all, but long enough to be a paragraph.</p></body></html>', 'https://www.site.example/x');
  assert.equal(bare.siteName, 'site.example');
  assert.equal(bare.canonicalUrl, null);
});

test('garbage never throws and gives an empty text', () => {
  for (const html of ['', '   ', '\u0000\u0001\uFFFD\uD800binary', '<div>'.repeat(100_000), '<<<>>><p<p<p', '<html><body></body></html>']) {
    const article = extractArticle(html, 'https://example.com/x');
    assert.equal(typeof article.text, 'string');
    assert.equal(article.url, 'https://example.com/x');
  }
  assert.equal(extractArticle('', 'u').text, '');
  assert.equal(extractArticle('<div>'.repeat(100_000), 'u').text, '');
});

test('a feed entry\'s content without <html> or <body> keeps its paragraphs and decodes entities', () => {
  const article = extractArticle(
    '<p>Tessaly Water said on Monday that the notice would stay in place for days.</p>' +
      '<p>&#8220;We are sorry,&#8221; she said, as queues formed at the collection points.</p>',
    'https://example.org/a',
  );
  assert.equal(
    article.text,
    'Tessaly Water said on Monday that the notice would stay in place for days.\n\n' +
      '“We are sorry,” she said, as queues formed at the collection points.',
  );
});
