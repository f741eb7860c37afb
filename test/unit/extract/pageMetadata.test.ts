import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { readAuthors } from '../../../extract/readAuthors.ts';
import { dateInUrl, readPageDate, toIso } from '../../../extract/readPageDate.ts';
import { readJsonLd } from '../../../extract/readJsonLd.ts';
import { dropSiteName } from '../../../extract/dropSiteName.ts';
import { extractArticle } from '../../../extract/extractArticle.ts';

const BODY = '<body><div class="story"><p>The harbour bridge will close for two years of repairs, the city council said on Tuesday after a long debate.</p></div></body>';

test('readAuthors: names only, without "By", role, date or script; several kept apart', () => {
  assert.deepEqual(
    readAuthors('Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project April 5, 2018 | 6:00 PM'),
    ['Daniel Kahn Gillmor'],
  );
  assert.deepEqual(readAuthors('By Ann Lee and Bo Kim, Staff Writers | May 5, 2024'), ['Ann Lee', 'Bo Kim']);
  assert.deepEqual(readAuthors('By Nathan Willis\n   March 25, 2015'), ['Nathan Willis']);
  assert.deepEqual(readAuthors('By Jean-Luc Picard & Kathryn Janeway'), ['Jean-Luc Picard', 'Kathryn Janeway']);
  // Not split: a "Last, First" name, a name with "&", a one-word agency.
  assert.deepEqual(readAuthors('Jong, Michiel de'), ['Jong, Michiel de']);
  assert.deepEqual(readAuthors('Mac & i'), ['Mac & i']);
  assert.deepEqual(readAuthors('Reuters'), ['Reuters']);
  for (const junk of ['var byline = {name: "x"};', 'https://example.com/authors/ann', '   ', null]) assert.deepEqual(readAuthors(junk), []);
});

test('several authors: byline joined, authors kept apart on the Article', () => {
  const html = `<html><head><meta name="author" content="By Ann Lee and Bo Kim, Staff Writers"></head>${BODY}</html>`;
  const article = extractArticle(html, 'https://example.com/a');
  assert.deepEqual(article.authors, ['Ann Lee', 'Bo Kim']);
  assert.equal(article.byline, 'Ann Lee, Bo Kim');
});

test('Dublin Core properties before meta author, property before name', () => {
  const html = `<html><head><meta name="author" content="Wrong Person"><meta name="DC.creator" content="Name Creator">
<meta property="x:title dc:title" content="My title"><meta property="dc:creator" content="Property Creator"></head>${BODY}</html>`;
  const article = extractArticle(html, 'https://example.com/a');
  assert.equal(article.byline, 'Property Creator');
  assert.equal(article.title, 'My title');
});

test('readJsonLd: CDATA-wrapped JSON, the name the <title> repeats, a publisher-named article is untitled', () => {
  const ld = { '@type': 'Article', name: 'New Zealand', headline: 'Island country in the Pacific', datePublished: '2001-10-29T01:59:14Z', author: { '@type': 'Organization', name: 'Contributors' }, publisher: { name: 'Wiki Foundation' } };
  const $ = cheerio.load(`<html><head><title>New Zealand - Wiki</title><script type="application/ld+json">
<![CDATA[
${JSON.stringify(ld)}
]]></script></head></html>`);
  assert.deepEqual(readJsonLd($), { title: 'New Zealand', authors: ['Contributors'], datePublished: '2001-10-29T01:59:14Z', dateModified: null, publisherName: 'Wiki Foundation' });
  const own = cheerio.load(`<script type="application/ld+json">{"@type":"NewsArticle","name":"Site.cz","publisher":{"name":"Site.cz"}}</script>`);
  assert.equal(readJsonLd(own)?.title, null);
});

test('readPageDate: JSON-LD, then OpenGraph, then <time>, then meta tags, then the URL; zones applied', () => {
  const ld = { title: null, authors: [], datePublished: '2024-05-01T10:00:00+02:00', dateModified: null, publisherName: null };
  const og = '<meta property="article:published_time" content="2024-05-02T09:00:00+01:00">';
  const time = '<article><time datetime="2024-05-03T12:00:00-04:00">3 May</time></article>';
  const other = '<meta name="DC.date.issued" content="2024-05-04">';
  const url = 'https://example.com/2024/05/05/story';
  const $ = (html: string): cheerio.CheerioAPI => cheerio.load(`<html><head>${html}</head><body></body></html>`);
  assert.equal(readPageDate($(og + time + other), url, ld).publishedAt, '2024-05-01T08:00:00.000Z');
  assert.equal(readPageDate($(og + time + other), url, null).publishedAt, '2024-05-02T08:00:00.000Z');
  assert.equal(readPageDate($(time + other), url, null).publishedAt, '2024-05-03T16:00:00.000Z');
  assert.equal(readPageDate($(other), url, null).publishedAt, '2024-05-04T00:00:00.000Z');
  assert.equal(readPageDate($(''), url, null).publishedAt, '2024-05-05T00:00:00.000Z');
  assert.equal(readPageDate($(''), 'https://example.com/story', null).publishedAt, null);
  // A <time> outside the article (a sidebar's) comes after the meta tags.
  const sidebar = '<aside><time datetime="2020-01-01T00:00:00Z">old</time></aside>';
  assert.equal(readPageDate($(sidebar + other), url, null).publishedAt, '2024-05-04T00:00:00.000Z');
  assert.equal(readPageDate($(sidebar), url, null).publishedAt, '2020-01-01T00:00:00.000Z');
});

test('toIso and dateInUrl: a time without a zone is UTC, placeholders are no dates', () => {
  assert.equal(toIso('2018-04-05T06:00'), '2018-04-05T06:00:00.000Z');
  assert.equal(toIso('2017-11-16T14:15+0000'), '2017-11-16T14:15:00.000Z');
  assert.equal(toIso('0001-01-01T00:00:00Z'), null);
  assert.equal(toIso('soon'), null);
  assert.equal(dateInUrl('https://example.com/news/20240501/story.html'), '2024-05-01T00:00:00.000Z');
  assert.equal(dateInUrl('https://example.com/news/2024-13-45-story'), null);
});

test('dropSiteName: a known site name at either end goes; other segments stay', () => {
  assert.equal(dropSiteName('Bridge to close – BBC News', ['BBC News']), 'Bridge to close');
  assert.equal(dropSiteName('Bridge to close - BBC News', ['bbc']), 'Bridge to close');
  assert.equal(dropSiteName('Aktuálně.cz | Bridge to close', ['Aktuálně.cz - Víte, co se právě děje']), 'Bridge to close');
  assert.equal(dropSiteName('Post | Code | Nicolas Perriault', ['Nicolas Perriault']), 'Post | Code');
  assert.equal(dropSiteName('Spider-Man - the review', ['BBC News']), 'Spider-Man - the review');
  assert.equal(dropSiteName('News | BBC News', ['BBC News']), 'News | BBC News');
  assert.equal(dropSiteName('Bridge to close - BBC News', []), 'Bridge to close - BBC News');
});

test('a page title loses its site suffix when the site name is known', () => {
  const html = `<html><head><title>Bridge to close for two years | The Daily Example</title><meta property="og:site_name" content="The Daily Example"></head>${BODY}</html>`;
  assert.equal(extractArticle(html, 'https://example.com/a').title, 'Bridge to close for two years');
});

test('a visible byline found whatever the case of its class, a menu item named "Bylines" is not one', () => {
  const byline = '<div class="FeatureByline"> By <b>Nathan Willis</b><br/>March 25, 2015 </div>';
  assert.equal(extractArticle(`<html><body>${byline}${BODY}</body></html>`, 'https://example.com/a').byline, 'Nathan Willis');
  const menu = '<ul><li id="navBylines"><a href="/bylines">Columnists</a></li></ul>';
  assert.equal(extractArticle(`<html><body>${menu}${BODY}</body></html>`, 'https://example.com/a').byline, null);
});

test('the byline selectors tried in their order, not the page order (one walk of the page for them all)', () => {
  // The "byline" box comes first in the page, but a rel="author" link is the earlier selector.
  const html = `<html><body><div class="post-byline">Garden desk</div><p><a rel="author" href="/p/tove">Tove Marlin</a></p>${BODY}</body></html>`;
  assert.equal(extractArticle(html, 'https://example.com/a').byline, 'Tove Marlin');
  // Meta tags of one name under several attributes, in one walk: each attribute's tags in the page's order.
  const metas = `<meta name="author" content="Ida Brandt"><meta itemprop="author" content="Wrong One"><meta name="author" content="Olle Sand">`;
  assert.deepEqual(extractArticle(`<html><head>${metas}</head>${BODY}</html>`, 'https://example.com/a').authors, ['Ida Brandt', 'Olle Sand']);
});
