import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { claimToCsvRow, csvHeader, escapeCell } from '../../../app/csv.ts';
import type { ClaimRecord } from '../../../store/claimRecords.ts';

const claim: ClaimRecord = {
  id: 'c_1',
  kind: 'quote',
  speaker: '=HYPERLINK("http://evil")',
  role: null,
  text: 'He said "no", then left,\nquickly',
  value: null,
  unit: null,
  variants: ['a', '@b'],
  wordings: [{ text: 'a', speakers: ['X'], articles: ['https://example.com/a'] }],
  mention_count: 2,
  article_count: 2,
  outlet_count: 1,
  articles: [{ url: 'https://example.com/a', title: 'T', outlet: 'O', published_at: '2026-02-12T10:00:00Z' }],
  conflicts: [],
  first_seen: '2026-02-12T10:00:00Z',
  last_seen: '2026-02-12T10:00:00Z',
};

describe('CSV export', () => {
  test('cells a spreadsheet would run as formulas are neutralised', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) assert.equal(escapeCell(bad), `'${bad}`);
    assert.equal(escapeCell('plain'), 'plain');
  });

  test('a row is RFC 4180: quotes doubled, fields with commas or line breaks quoted, CRLF at the end', () => {
    const row = claimToCsvRow(claim);
    assert.ok(row.endsWith('\r\n'));
    assert.ok(row.includes(`"'=HYPERLINK(""http://evil"")"`));
    assert.ok(row.includes('"He said ""no"", then left,\nquickly"'));
    assert.ok(row.includes('"a\n@b"'), 'a list cell is checked as a whole and its first item is safe');
    assert.equal(csvHeader().split(',')[0], 'id');
  });
});
