import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hasToken } from '../../../app/web/hasToken.ts';
import { html, linkOut, safeHref, SafeHtml } from '../../../app/web/html.ts';
import { parseExport, parseSearch } from '../../../app/web/params.ts';
import { claimPage } from '../../../app/web/pages.ts';
import type { ClaimDetail } from '../../../store/claimDetail.ts';
import { decodeCursor, encodeCursor } from '../../../store/search.ts';

describe('HTML templates', () => {
  test('every interpolated value is escaped, markup we wrote is kept', () => {
    const evil = `<script>alert('x')</script>" onmouseover="y`;
    const out = html`<p title="${evil}">${evil}${[html`<b>${evil}</b>`, evil]}${null}${false}${0}</p>`.value;
    assert.ok(!out.includes('<script>'));
    assert.ok(!out.includes('" onmouseover'));
    assert.ok(out.includes('<b>&lt;script&gt;'));
    assert.ok(out.endsWith('0</p>'));
    assert.equal(html`${new SafeHtml('<i>ok</i>')}`.value, '<i>ok</i>');
  });

  test('only http(s) URLs become links', () => {
    assert.equal(safeHref('javascript:alert(1)'), null);
    assert.equal(safeHref('data:text/html,<b>'), null);
    assert.equal(safeHref('file:///etc/passwd'), null);
    assert.equal(safeHref('https://example.com/a b'), 'https://example.com/a%20b');
    assert.ok(!linkOut('javascript:alert(1)', 'x').value.includes('href'));
  });
});

describe('bearer token', () => {
  const token = 'a-token-of-at-least-16-chars';
  test('Bearer, or Basic with the token as password; anything else is refused', () => {
    assert.ok(hasToken(`Bearer ${token}`, token));
    assert.ok(hasToken(`bearer ${token}`, token));
    assert.ok(hasToken(`Basic ${Buffer.from(`me:${token}`).toString('base64')}`, token));
    assert.ok(!hasToken(undefined, token));
    assert.ok(!hasToken('Bearer', token));
    assert.ok(!hasToken(`Bearer ${token}x`, token));
    assert.ok(!hasToken(`Token ${token}`, token));
  });
});

describe('query parameters', () => {
  test('filters, sort and page are read; empty values are absent', () => {
    const { filters, options } = parseSearch(new URLSearchParams('q=Peskov&kind=&speaker=Pesk&min_outlets=2&has_conflicts=1&sort=recent&limit=5'));
    assert.deepEqual(filters, {
      query: 'Peskov', kind: undefined, speaker: 'Pesk', outlet: undefined, since: undefined, until: undefined, minOutlets: 2, hasConflicts: true, story: undefined,
    });
    assert.deepEqual(options, { sort: 'recent', limit: 5, after: null });
    assert.equal(parseExport(new URLSearchParams('')).format, 'csv');
  });

  test('a bad value names its parameter', () => {
    assert.throws(() => parseSearch(new URLSearchParams('limit=500')), /bad query parameter limit: must be at most 200/);
    assert.throws(() => parseSearch(new URLSearchParams('until=soon')), /until: must be a date/);
    assert.throws(() => parseExport(new URLSearchParams('format=xlsx')), /format/);
  });

  test('a cursor goes back to its values for its own sort only', () => {
    const cursor = encodeCursor('spread', [3, 2, 4, 'c_1']);
    assert.deepEqual(decodeCursor(cursor, 'spread'), [3, 2, 4, 'c_1']);
    assert.throws(() => decodeCursor(cursor, 'recent'), /invalid cursor for sort "recent"/);
    assert.throws(() => decodeCursor('%%%', 'spread'), /invalid cursor/);
    assert.throws(() => decodeCursor(encodeCursor('spread', [3, 2, 'x', 'c_1']), 'spread'), /invalid cursor/);
  });
});

describe('claim page', () => {
  const mention = (text: string) => ({
    id: `m_${text.length}`, text, speaker_raw: 'the minister', speaker_start: null, speaker_end: null, speaker: 'Ana Ruiz',
    role: 'minister', cue: 'said', sentence: `The minister said ${text}.`, value: null, unit: null,
    article: { id: 'a_1', url: 'https://example.org/a', title: 'A', outlet: 'example.org', published_at: null, fetched_at: null, duplicate_of: null, text_source: null },
  });
  const claim = (kind: 'quote' | 'statement'): ClaimDetail => ({
    id: 'c_1', kind, speaker: 'Ana Ruiz', role: 'minister', text: 'the bridge will reopen in May', value: null, unit: null,
    variants: [], mention_count: 3, article_count: 3, outlet_count: 2, articles: [], conflicts: [], first_seen: null, last_seen: null,
    wordings: [
      { text: 'the bridge will reopen in May', speakers: ['Ana Ruiz'], articles: ['https://example.org/a'], kind: 'verbatim' },
      { text: 'the bridge will reopen in May.', speakers: ['Ana Ruiz'], articles: ['https://example.org/b'], kind: 'verbatim' },
      { text: 'traffic returns to the bridge next spring', speakers: ['Ana Ruiz'], articles: ['https://example.org/c'], kind: 'reworded' },
    ],
    redirected_from: null, speaker_id: null, story_id: null, mentions: [mention('the bridge will reopen in May')], timeline: [],
  });
  const marked = (page: string, words: string) => page.includes(`“${words}`);

  test("a statement's wordings and words as printed read without quote marks; a quote's keep them", () => {
    for (const [kind, quoted] of [['statement', false], ['quote', true]] as const) {
      const page = claimPage(claim(kind)).value;
      assert.equal(marked(page, 'traffic returns'), quoted, `${kind}: a reworded wording`);
      assert.equal(marked(page, 'the bridge will reopen in May.'), quoted, `${kind}: a verbatim wording`);
      assert.equal(page.includes('as printed: “the bridge'), quoted, `${kind}: the words as printed`);
    }
  });
});
