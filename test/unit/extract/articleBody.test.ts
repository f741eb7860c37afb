import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BODY, LEAD, textOf } from './articlePage.ts';

test('the standfirst in the article header is kept, the byline and the title stay out', () => {
  const text = textOf(`<article><header><h1>Harbour bridge to close</h1><p class="standfirst">${LEAD}</p>
<p class="byline">By Jane Doe, 12 May</p><p class="dateline">By Jane Doe and John Smith | May 12, 2020 at 10:30 AM - Updated 11:05 AM</p></header><div class="article-body">${BODY.join('')}</div></article>`);
  assert.ok(text.startsWith(LEAD), text);
  assert.ok(!text.includes('Jane Doe'), text);
  assert.ok(text.includes('lost trade'), text);
});

test('the first paragraph before a picture and a share bar is kept with the body after them', () => {
  const text =
    textOf(`<div class="story"><h1>Harbour bridge to close</h1><div class="intro"><p>${LEAD}</p></div>
<div class="image"><img src="/b.jpg"></div><div class="share-bar"><a href="/fb">Facebook</a><a href="/tw">Twitter</a></div>
<div class="text">${BODY.join('')}</div></div>`);
  assert.ok(text.startsWith(LEAD), text);
  assert.ok(!text.includes('Facebook'), text);
});

test('a menu before the body ends the search for its start', () => {
  const links = `<div><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/t${i}">Topic ${i}</a></li>`).join('')}</ul></div>`;
  const text = textOf(
    `<div class="page"><div class="teaser"><p>${LEAD}</p></div>${links}<div class="text">${BODY.join('')}</div></div>`,
  );
  assert.ok(!text.includes('city council voted'), text);
  assert.ok(text.startsWith('Engineers'), text);
});

test('a box is not removed for an ad-like class name when it holds the article prose ("Section--Ads", "has-ads")', () => {
  const sections = BODY.map(
    (p, i) =>
      `<section class="Report__Section Report__Section--Ads" id="s${i}"><h2>Part ${i}</h2>${p}${p.replace('<p>', '<p>Also: ')}</section>`,
  );
  const text = textOf(
    `<div class="report has-ads">${sections.join('')}</div><div class="ad-slot"><p>Advertisement</p></div>`,
  );
  assert.ok(text.includes('corrosion') && text.includes('lost trade'), text);
  assert.ok(!text.includes('Advertisement'), text);
});

test('a widget holding the post is kept; a widget with a list of linked teasers is not', () => {
  const teasers = [
    'Ferry timetable changes this summer, and what they mean for commuters',
    'New cycle lanes planned along the river',
  ]
    .map(
      (t) =>
        `<div class="card"><h3><a href="/t">${t}</a></h3><p>${t}, in a short excerpt that goes on for a good while longer than a title.</p></div>`,
    )
    .join('');
  const text = textOf(
    `<div class="widget Blog">${BODY.join('')}</div><div class="widget Popular">${teasers}</div>`,
  );
  assert.ok(text.includes('corrosion'), text);
  assert.ok(!text.includes('short excerpt'), text);
});

test('an <aside> that holds most of the page prose is the article', () => {
  const text = textOf(
    `<aside class="direct-content">${BODY.join('')}</aside><aside><p>Weather: sunny</p></aside>`,
  );
  assert.ok(text.includes('corrosion') && text.includes('lost trade'), text);
  assert.ok(!text.includes('Weather'), text);
});

test('the last paragraphs after an ad slot are kept; the author box after the article is not', () => {
  const end =
    'The council will decide on the timetable for the ferry at its next meeting, in the first week of June.';
  const text =
    textOf(`<div class="story"><div class="text">${BODY.join('')}</div><div class="ad-slot"><img src="/ad.gif"></div>
<div class="more-text"><p>${end}</p></div></div><div class="about"><p>Jane Doe has covered the city council for ten years and lives by the harbour with her two cats.</p></div>`);
  assert.ok(text.endsWith(end), text);
  assert.ok(!text.includes('two cats'), text);
});

test('a blog post written as loose text broken by <br> in a widget is prose, and the widget stays', () => {
  const post = BODY.map((p) => p.replace(/<\/?p>/g, '')).join('<br>\n');
  const other =
    '<div class="widget Text"><p>Wir sind ein kleiner Verein aus der Stadt, und wir schreiben hier über alles, was uns bewegt, seit vielen Jahren.</p></div>';
  const text = textOf(
    `<div class="widget Blog"><h3 class="post-title"><a href="/p">Harbour</a></h3><div class="post-body">${post}</div></div>${other}${other}`,
  );
  assert.ok(text.includes('corrosion') && text.includes('lost trade'), text);
});

test('the body is widened to the article when the rest of its prose lies past a list of links inside it', () => {
  // Boxes of one short paragraph each: none scores like the body, so none is kept as its sibling.
  const more = [
    'The ferry operator said it would add a second boat at rush hour and keep the fares of the bus.',
    'The first boat is due to leave the north pier at six in the morning on the first day of June.',
    'Cyclists will be allowed on board free of charge though only outside the busiest hours.',
  ].map((p) => `<div class="note"><p>${p}</p></div>`);
  const links = `<div class="inline-links"><a href="/a">Bridges</a> <a href="/b">Ferries</a> <a href="/c">Council</a></div>`;
  const text = textOf(
    `<div class="wrap"><div class="part">${BODY.join('')}</div>${links}${more.join('')}</div>`,
  );
  assert.ok(text.includes('corrosion') && text.includes('busiest hours'), text);
  assert.ok(!text.includes('Ferries'), text);
});

test('the text has no soft hyphens and its letters in composed form, as a reader and a search see them', () => {
  const text = textOf(
    `<div class="text">${BODY.join('')}<p>Die Kli\u00adma\u00adfor\u00adscher haben gepru\u0308ft, wie stark der Meeresspiegel bis zum Ende des Jahrhunderts steigen wird.</p></div>`,
  );
  assert.ok(text.includes('Die Klimaforscher haben geprüft,'), text);
});
