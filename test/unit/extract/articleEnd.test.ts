import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../../../extract/extractArticle.ts';
import { BODY, textOf } from './articlePage.ts';

test('a heading left with nothing after it (its teasers removed) is not the end of the article', () => {
  const related = `<h3>Read more on the har\u00adbour</h3><div class="related"><p>Ferry timetable changes this summer, and what they mean for the commuters of the city</p></div>`;
  const text = textOf(`<div class="post"><h2>The repairs</h2>${BODY.join('')}${related}</div>`, { menu: false });
  assert.ok(text.endsWith('lost trade.'), text);
  // A heading followed by its section's text stays.
  assert.ok(text.startsWith('The repairs'), text);
});

test('a long run of links with no word outside them (a tag cloud) is not a paragraph; a paragraph with links is', () => {
  const tags = Array.from({ length: 30 }, (_, i) => `<a href="/tag/${i}">topic number ${i}</a>`).join(' ');
  const linked = `<p>The <a href="/council">council</a> published the <a href="/survey">survey of the bridge</a> and the <a href="/plan">plan for the ferry</a>, which the <a href="/office">transport office</a> and the <a href="/shops">shop owners</a> of <a href="/banks">both banks</a> will discuss <a href="/june">at the first meeting of the harbour committee in June</a>.</p>`;
  const text = textOf(`<div class="post">${BODY.join('')}${linked}<p class="cloud">${tags}</p></div>`, { menu: false });
  assert.ok(!text.includes('topic number'), text);
  assert.ok(text.includes('plan for the ferry'), text);
});

test('a short line crediting a picture or claiming a copyright is not article text; a sentence naming a photo is', () => {
  const credits = [
    '<p>Foto: Ingo Pertramer</p>',
    '<p>The old bridge at dusk. (Photo: Jane Doe)</p>',
    '<p>© 2020 Harbour Media. All rights reserved.</p>',
  ].join('');
  const photo =
    '<p>The photo: a bridge at dusk, taken by a reader from the north pier, shows the cracks that the engineers found.</p>';
  const text = textOf(`<div class="post">${BODY.join('')}${credits}${photo}</div>`, { menu: false });
  assert.ok(!/Pertramer|Jane Doe|Harbour Media/.test(text), text);
  assert.ok(text.includes('shows the cracks'), text);
});

test("a short paragraph at the end that starts with the author's name is their biography, not the article", () => {
  const bio =
    '<p>Jane Doe is a reporter for the Harbour Gazette, where she has covered the city council since 2015.</p>';
  const quote = '<p>Jane Doe, a shop owner on the north bank, said she would close for the summer.</p>';
  const page = (body: string): string =>
    extractArticle(
      `<html><head><meta name="author" content="Jane Doe"></head><body><div class="post">${body}</div></body></html>`,
      'https://example.com/a',
    ).text;
  const text = page(`${BODY.join('')}${bio}`);
  assert.ok(text.endsWith('lost trade.'), text);
  // The same name early in the text is the article's: only its second half holds a biography.
  const early = page(`${quote}${BODY.join('')}`);
  assert.ok(early.startsWith('Jane Doe, a shop owner'), early);
});
