import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../../extract/extractArticle.ts';

const PROSE = [
  'The city council voted on Tuesday to close the old harbour bridge for repairs that could take two years, officials said.',
  'Engineers found corrosion in three of the main supports last spring, and a second survey in the autumn confirmed the damage.',
  'Residents will be able to cross by ferry, which the council said would run every fifteen minutes during the day.',
];
const paragraphs = PROSE.map((p) => `<p>${p}</p>`).join('\n');
const menu = '<ul class="menu">' + Array.from({ length: 30 }, (_, i) => `<li><a href="/s${i}">Section number ${i}</a></li>`).join('') + '</ul>';

test('a page wrapped whole in a <form> (ASP.NET style) keeps its article', () => {
  const html = `<html><body><form method="post" action="/page.aspx"><input type="hidden" name="__VIEWSTATE">
${menu}<div class="article-body">${paragraphs}</div></form></body></html>`;
  const text = extractArticle(html, 'https://example.com/a').text;
  assert.equal(text.split('\n\n').length, 3, text);
});

test('a small form (a newsletter sign-up) inside the article still goes', () => {
  const html = `<html><body><div class="story">${paragraphs}
<form><p>Get our free morning briefing delivered to your inbox every single weekday, no strings.</p><input type="email"></form></div></body></html>`;
  const text = extractArticle(html, 'https://example.com/a').text;
  assert.ok(!text.includes('morning briefing'), text);
  assert.ok(text.includes('ferry'), text);
});

test('an article shipped hidden until a script reveals it is still the article', () => {
  const html = `<html><body>${menu}<div style="display:none" class="body">${paragraphs}</div>
<div style="display: none"><p>Thanks for subscribing! Check your inbox to confirm your address and start reading.</p></div></body></html>`;
  const text = extractArticle(html, 'https://example.com/a').text;
  assert.ok(text.includes('corrosion'), text);
  assert.ok(!text.includes('Thanks for subscribing'), text);
});

test('a wrapper whose class reads like boilerplate ("modal-enabled", "read-more") is kept when it holds the prose', () => {
  const html = `<html><body><div class="box article modal-enabled"><div class="entry-content entry-content-read-more">${paragraphs}</div>
<div class="related-stories"><p><a href="/x">Bridge closures across the region, a timeline of every repair since the year 2000</a></p></div></div>
${menu}</body></html>`;
  const text = extractArticle(html, 'https://example.com/a').text;
  assert.equal(text.split('\n\n').length, 3, text);
  assert.ok(!text.includes('timeline'), text);
});

test('a body built of one card per paragraph keeps every card, not only the best-scored one', () => {
  const cards = [...PROSE, 'The bridge, opened in 1931, carries about 20,000 cars a day, according to the transport office.']
    .map((p) => `<div class="card"><div class="card-content"><p>${p}</p></div></div>`)
    .join('\n');
  const html = `<html><body>${menu}<article><div class="collection">${cards}</div></article></body></html>`;
  const text = extractArticle(html, 'https://example.com/a').text;
  assert.equal(text.split('\n\n').length, 4, text);
});
