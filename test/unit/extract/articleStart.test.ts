import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../../../extract/extractArticle.ts';
import { BODY, LEAD, textOf } from './articlePage.ts';

test('the header printed just before the <article> element gives the standfirst, not the byline', () => {
  const header = `<header><small>News of 23 May 2020</small><h1>Harbour bridge to close</h1><div class="teaser"><p>${LEAD}</p></div>
<div class="info">By <a href="/jane">Jane Doe</a>, published 23.05.2020</div></header>`;
  const text = textOf(`<main>${header}<article><div class="content">${BODY.join('')}</div></article></main>`);
  assert.ok(text.startsWith(LEAD), text);
  assert.ok(!text.includes('Jane Doe'), text);
  // Past the article's element, a box that is neither a header nor the title's is not its start.
  const box = `<div class="promo"><p>${LEAD.replace('city council', 'town hall')}</p></div>`;
  const other = textOf(`<main>${box}<article><div class="content">${BODY.join('')}</div></article></main>`);
  assert.ok(!other.includes('town hall'), other);
});

test('a whole document pasted into the article body does not end the search for its header', () => {
  const header = `<header class="entry-header"><h2 class="entry-title">Harbour bridge to close</h2><div class="lead"><p>${LEAD}</p></div></header>`;
  const body = `<article class="post"><div class="entry-content"><html><head><title>draft</title></head><body>${BODY.join('')}</body></html></div></article>`;
  const text = textOf(`<main><div class="top">${header}</div><div class="main-content">${body}</div></main>`);
  assert.ok(text.startsWith(LEAD), text);
  assert.ok(!text.includes('draft'), text);
  assert.ok(text.endsWith('lost trade.'), text);
});

test('a post printed only in <noscript> (a script builds it for others) is the article; a noscript notice is not', () => {
  const text = textOf(
    `<div class="post-body"><script>render(post)</script><noscript>${BODY.join('')}</noscript></div><noscript><p>Please enable JavaScript to read the comments on this post, and to share it with your friends.</p></noscript>`,
  );
  assert.ok(text.includes('corrosion') && text.includes('lost trade'), text);
  assert.ok(!text.includes('enable JavaScript'), text);
});

test("the article's table of contents (links to its own sections) does not end the search for its start", () => {
  const toc = `<div class="toc"><ul><li><a href="/a#repairs">The repairs</a></li><li><a href="/a#ferry">The ferry</a></li><li><a href="/a#trade">The trade</a></li></ul></div>`;
  const text = textOf(
    `<div class="page"><div class="teaser"><p>${LEAD}</p></div>${toc}<div class="text">${BODY.join('')}</div></div>`,
  );
  assert.ok(text.startsWith(LEAD), text);
  assert.ok(!text.includes('The ferry'), text);
  // A one-page site's menu ("/#about") is no table of contents of this article.
  const home = toc.replace(/\/a#/g, '/#');
  const other = textOf(
    `<div class="page"><div class="teaser"><p>${LEAD}</p></div>${home}<div class="text">${BODY.join('')}</div></div>`,
  );
  assert.ok(other.startsWith('Engineers'), other);
});

test("the page's description printed above the article, past a list of links, is its standfirst; printed after it, it is not", () => {
  const links = `<div><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/t${i}">Topic ${i}</a></li>`).join('')}</ul></div>`;
  const box = `<div class="top"><div class="box"><p>${LEAD}</p></div></div>`;
  const page = (
    before: string,
    after: string,
    head = `<meta property="og:description" content="${LEAD.slice(0, 70)}...">`,
  ): string =>
    extractArticle(
      `<html><head>${head}</head><body>${before}${links}<div class="wrap"><div class="text">${BODY.join('')}</div></div>${links}${after}</body></html>`,
      'https://example.com/a',
    ).text;
  const before = page(box, '');
  assert.ok(before.startsWith(LEAD), before);
  const after = page('', box);
  assert.ok(!after.includes('city council voted'), after);
  // Without the description, the box past the links is not the article's.
  const other = page(box, '', '');
  assert.ok(other.startsWith('Engineers'), other);
});

test('a teaser wrapped in a link is never the body, however long its text', () => {
  const steps = [
    'Wash the tomato, and dry it well with a clean towel, before you start.',
    'Cut out the stalk, since it is hard, and it looks nicer without it, too.',
    'Slice the tomato across, with a sharp knife, so that the seeds stay in.',
  ].map((s) => `<div class="step">${s}</div>`);
  const teaser = `<a href="/lobster"><div class="teaser"><div>${[...BODY, ...BODY].join(' ').replace(/<\/?p>/g, '')}</div></a>`;
  const text = textOf(`<div class="tip">${steps.join('')}</div><div class="side">${teaser}</div>`);
  assert.ok(text.includes('Cut out the stalk'), text);
  assert.ok(!text.includes('corrosion'), text);
});

test('a body written as <span>s straight in a box (no paragraphs) outscores a notice box', () => {
  const spans = BODY.map((p) => p.replace('<p>', '<span>').replace('</p>', '</span><br><br>')).join('');
  const notice = `<div class="info"><div>Please wait, the print view is being prepared.</div></div>`;
  const text = extractArticle(
    `<html><body><div class="blog"><div class="html-text"><span class="value">${spans}</span></div></div><div class="bottom">${notice}</div></body></html>`,
    'https://example.com/a',
  ).text;
  assert.ok(text.includes('corrosion') && text.includes('lost trade'), text);
  assert.ok(!text.includes('print view'), text);
});
