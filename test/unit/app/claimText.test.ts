import assert from 'node:assert/strict';
import { test } from 'node:test';
import { daySpan, nameWithRole, outletCount, quoteMarks, roleToShow } from '../../../app/claimText.ts';
import { formatClaim } from '../../../app/output.ts';
import type { ClaimRecord } from '../../../store/claimRecords.ts';

test('only a quote reads between quote marks: a statement is reported speech, a figure is as printed', () => {
  assert.equal(quoteMarks('quote', 'We will not yield'), '“We will not yield”');
  assert.equal(quoteMarks('statement', 'the harbour would reopen in May'), 'the harbour would reopen in May');
  assert.equal(quoteMarks('number', 'more than 40 ferries'), 'more than 40 ferries');
});

test('a role the name already says is not printed again', () => {
  assert.equal(
    nameWithRole('Harbour authority spokeswoman', 'harbour authority spokeswoman'),
    'Harbour authority spokeswoman',
  );
  assert.equal(nameWithRole('Port Minister Ilse Varga', 'Port Minister'), 'Port Minister Ilse Varga');
  assert.equal(nameWithRole('Ilse Varga', 'Port Minister'), 'Ilse Varga (Port Minister)');
  // A role whose words only start the name's words is a different role.
  assert.equal(nameWithRole('Ministerial aide Tom Ros', 'Minister'), 'Ministerial aide Tom Ros (Minister)');
  assert.equal(roleToShow('Ilse Varga', null), null);
  assert.equal(roleToShow(null, 'Port Minister'), 'Port Minister');
});

test('a statement claim prints its words without quote marks and its speaker with the role once', () => {
  const claim = {
    id: 'c_1',
    kind: 'statement',
    speaker: 'Harbour authority spokeswoman',
    role: 'Harbour authority spokeswoman',
    text: 'the harbour would reopen in May',
    articles: [],
    conflicts: [],
    article_count: 1,
    outlet_count: 1,
  } as unknown as ClaimRecord;
  const [head, words] = formatClaim(claim);
  assert.equal(head, '[statement] Harbour authority spokeswoman · 1 article, 1 outlet · c_1');
  assert.equal(words, '  the harbour would reopen in May');
});

test('articles with no outlet read "outlet unknown", not "0 outlets"', () => {
  assert.equal(outletCount(0, 1), 'outlet unknown');
  assert.equal(outletCount(0, 3), 'outlets unknown');
  assert.equal(outletCount(1, 3), '1 outlet');
  assert.equal(outletCount(2, 3), '2 outlets');
  const claim = {
    id: 'c_2',
    kind: 'quote',
    speaker: 'Ilse Varga',
    role: null,
    text: 'We are close',
    articles: [{ outlet: null, title: null, url: 'file:///tmp/a.txt' }],
    conflicts: [],
    article_count: 2,
    outlet_count: 0,
  } as unknown as ClaimRecord;
  assert.equal(formatClaim(claim)[0], '[quote] Ilse Varga · 2 articles, outlets unknown · c_2');
});

test('a span of days says what is known: both days, one day, one end, or nothing', () => {
  assert.equal(daySpan('2026-02-10T08:00:00Z', '2026-02-12T09:30:00Z'), '2026-02-10 to 2026-02-12');
  assert.equal(daySpan('2026-02-10T08:00:00Z', '2026-02-10T17:00:00Z'), '2026-02-10');
  assert.equal(daySpan('2026-02-10T08:00:00Z', null), 'from 2026-02-10');
  assert.equal(daySpan(null, '2026-02-12T09:30:00Z'), 'until 2026-02-12');
  assert.equal(daySpan(null, null), null);
});
