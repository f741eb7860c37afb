import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { JSONLD_CLOSE, JSONLD_OPEN, toSchemaClaim } from '../../../app/claimReview.ts';
import { claimToCsvRow, csvHeader, escapeCell, MENTION_CSV_COLUMNS, mentionCsvHeader, mentionToCsvRow } from '../../../app/csv.ts';
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
  wordings: [{ text: 'a', speakers: ['X'], articles: ['https://example.com/a'], kind: 'verbatim' }],
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

/** Reads RFC 4180 records back: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return records;
}

describe('CSV export: outlets, wordings, conflicts and reworded wordings', () => {
  test('come after the older columns, one item per line in their cell', () => {
    const full: ClaimRecord = {
      ...claim,
      articles: [
        { url: 'https://a.example/1', title: 'T1', outlet: 'Reuters', published_at: null },
        { url: 'https://b.example/2', title: 'T2', outlet: null, published_at: null },
        { url: 'https://a.example/3', title: 'T3', outlet: 'Reuters', published_at: null },
        { url: 'https://c.example/4', title: 'T4', outlet: '@Mobile', published_at: null },
      ],
      wordings: [
        { text: 'no chance', speakers: ['Dmitry Peskov', 'Peskov'], articles: ['https://a.example/1', 'https://c.example/4'], kind: 'verbatim' },
        { text: 'no\nchance at all', speakers: [], articles: ['https://b.example/2'], kind: 'verbatim' },
        { text: 'there is no possibility', speakers: ['Peskov'], articles: ['https://b.example/2'], kind: 'reworded' },
      ],
      conflicts: [{ id: 'c_2', text: 'a chance', reason: 'negation' }],
    };
    const [header, row] = parseCsv(csvHeader() + claimToCsvRow(full));
    assert.deepEqual(header?.slice(-6), ['article_urls', 'articles', 'outlets', 'wordings', 'conflicts', 'reworded_wordings']);
    const at = (column: string) => row![header!.indexOf(column)];
    // Only a cell's start can start a formula: the items after the first line stay as printed.
    assert.equal(at('outlets'), 'Reuters\n@Mobile');
    assert.equal(at('wordings'), 'no chance [Dmitry Peskov, Peskov; 2 articles]\nno chance at all [1 article]\nthere is no possibility [Peskov; 1 article]');
    assert.equal(at('conflicts'), 'a chance (negation) [c_2]');
    // The reworded wordings again, on their own: the statement in other words, apart from its verbatim printings.
    assert.equal(at('reworded_wordings'), 'there is no possibility [Peskov; 1 article]');
    assert.equal(row!.length, header!.length);
  });
});

describe('CSV export of mentions', () => {
  test('every new column is escaped, always', () => {
    const row = mentionToCsvRow({
      claim_id: 'c_1', claim_text: '=cmd|/c calc', kind: 'quote', mention_id: 'm_1', text: '+1 said', speaker_raw: '@x',
      speaker: '-y', role: '\tz', sentence: '\rs', value: null, unit: null, url: 'https://e.com', title: '=T', outlet: '@O',
      published_at: null, speaker_start: 3, speaker_end: null,
    });
    for (const bad of ['=cmd|/c calc', '+1 said', '@x', '-y', '=T', '@O']) assert.ok(row.includes(`'${bad}`), bad);
    assert.ok(row.includes(`"'\tz"`) || row.includes(`'\tz`));
    assert.ok(row.includes(`"'\rs"`), 'a cell with a carriage return is escaped and quoted');
    assert.equal(mentionCsvHeader().split(',').length, MENTION_CSV_COLUMNS.length);
    // The speaker positions come last, after the columns older readers know.
    assert.ok(mentionCsvHeader().endsWith(',published_at,speaker_start,speaker_end\r\n'));
    assert.ok(row.endsWith(',3,\r\n'));
  });
});

describe('schema.org Claim JSON-LD', () => {
  test('a claim becomes a Claim with its author, appearances and no rating', () => {
    const ld = toSchemaClaim(claim);
    assert.equal(ld['@type'], 'Claim');
    assert.deepEqual(ld.author, { '@type': 'Person', name: claim.speaker });
    assert.equal((ld.appearance as unknown[]).length, 1);
    assert.deepEqual(ld.firstAppearance, {
      '@type': 'CreativeWork', url: 'https://example.com/a', headline: 'T', datePublished: '2026-02-12T10:00:00Z',
      publisher: { '@type': 'Organization', name: 'O' },
    });
    assert.ok(!('reviewRating' in ld));
    assert.deepEqual(JSON.parse(`${JSONLD_OPEN}${JSON.stringify(ld)}${JSONLD_CLOSE}`)['@graph'].length, 1);
  });
});
