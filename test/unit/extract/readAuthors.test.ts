import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isBylineLabel, joinAuthors, readAuthors } from '../../../extract/readAuthors.ts';
import { extractArticle } from '../../../extract/extractArticle.ts';

const BODY =
  '<div class="story"><p>The harbour bridge will close for two years of repairs, the city council said on Tuesday after a long debate.</p></div>';
const page = (head: string, body = ''): string => `<html><head>${head}</head><body>${body}${BODY}</body></html>`;

test('readAuthors: the labels of buttons and links, jobs and desks are no names', () => {
  for (const label of ['Follow Author', 'Author', 'Share', 'More from', 'View all posts']) {
    assert.deepEqual(readAuthors(label), [], label);
    assert.equal(isBylineLabel(label), true, label);
  }
  // A desk is no name either, but it is the byline: the search for one ends there.
  for (const desk of ['Our Foreign Staff', 'Staff Writer']) {
    assert.deepEqual(readAuthors(desk), [], desk);
    assert.equal(isBylineLabel(desk), false, desk);
  }
  // A name, an agency or a desk with a name in it stays.
  for (const name of ['Ann Lee', 'Reuters', 'Reuters Staff', 'Contributors to Wikimedia projects']) {
    assert.notDeepEqual(readAuthors(name), [], name);
    assert.equal(isBylineLabel(name), false, name);
  }
});

test('readAuthors: a label before or after the name, and another contributor, are cut off', () => {
  assert.deepEqual(readAuthors('Follow Ann Lee'), ['Ann Lee']);
  assert.deepEqual(readAuthors('More from Ann Lee'), ['Ann Lee']);
  assert.deepEqual(readAuthors('View all posts by Ann Lee'), ['Ann Lee']);
  assert.deepEqual(readAuthors('Ann Lee Follow'), ['Ann Lee']);
  assert.deepEqual(readAuthors('By Ann Lee and Bo Kim Share this article'), ['Ann Lee', 'Bo Kim']);
  assert.deepEqual(readAuthors('Written by Rob Ewaschuk\n   Edited by Betsy Beyer'), ['Rob Ewaschuk']);
  assert.deepEqual(readAuthors('Ann Lee, photographs by Bo Kim'), ['Ann Lee']);
  // Only an editor named, or only a date: no author.
  assert.deepEqual(readAuthors('Edited by Betsy Beyer'), []);
  assert.deepEqual(readAuthors('May 5, 2024 | 6:00 PM'), []);
  assert.deepEqual(readAuthors('05/05/2024'), []);
});

test('joinAuthors: ", " between names, "; " when a name holds a comma', () => {
  assert.equal(joinAuthors(['Ann Lee', 'Bo Kim']), 'Ann Lee, Bo Kim');
  assert.equal(joinAuthors(['Kooman, F.', 'Jong, Michiel de']), 'Kooman, F.; Jong, Michiel de');
  assert.equal(joinAuthors([]), null);
});

test('every DC.Creator (or author) tag is an author, in the page order, each once', () => {
  const dc = extractArticle(page('<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">'), 'https://example.com/a');
  assert.deepEqual(dc.authors, ['Kooman, F.', 'Jong, Michiel de']);
  assert.equal(dc.byline, 'Kooman, F.; Jong, Michiel de');
  const twice = extractArticle(
    page('<meta name="author" content="Ann Lee"><meta name="author" content="Bo Kim"><meta name="author" content="ann lee">'),
    'https://example.com/a',
  );
  assert.deepEqual(twice.authors, ['Ann Lee', 'Bo Kim']);
  assert.equal(twice.byline, 'Ann Lee, Bo Kim');
});

test('a visible byline: its button passed over, its follow label and editor cut off', () => {
  const follow = '<div class="byline-tools"><button>Follow Author</button></div><p class="byline">By Ann Lee</p>';
  assert.equal(extractArticle(page('', follow), 'https://example.com/a').byline, 'Ann Lee');
  const withButton = '<div class="author-name">Ann Lee <button>Follow</button></div>';
  assert.equal(extractArticle(page('', withButton), 'https://example.com/a').byline, 'Ann Lee');
  const editor = '<p class="byline author">Written by Rob Ewaschuk<br/>Edited by Betsy Beyer</p>';
  assert.equal(extractArticle(page('', editor), 'https://example.com/a').byline, 'Rob Ewaschuk');
  // Only a label on the page: no byline rather than the label.
  const onlyLabel = '<form class="byline-follow"><button>Follow Author</button></form>';
  assert.equal(extractArticle(page('', onlyLabel), 'https://example.com/a').byline, null);
  // Text that is neither a name nor a label ends the search: a commenter further down is not the author.
  const comments = '<div class="byline">May 5, 2024</div><div class="comments"><span class="byline">Jo Commenter</span></div>';
  assert.equal(extractArticle(page('', comments), 'https://example.com/a').byline, null);
});

test('a desk is no byline, and no other author on the page is taken for it', () => {
  assert.equal(extractArticle(page('<meta name="author" content="Our Foreign Staff">'), 'https://example.com/a').byline, null);
  const desk = '<div class="byline"><span class="byline__author-name">Our Foreign Staff</span></div>';
  const related = '<ul class="related"><li><div class="item-byline">Other Writer</div></li></ul>';
  assert.equal(extractArticle(page('', desk + related), 'https://example.com/a').byline, null);
});
