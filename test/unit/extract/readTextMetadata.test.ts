import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFromText } from '../../../extract/articleFromText.ts';
import { readPrintedDate, readTextMetadata } from '../../../extract/readTextMetadata.ts';

test('dates as printed, and only real, absolute ones', () => {
  const cases: Array<[string, string | null]> = [
    ['2026-02-12', '2026-02-12T00:00:00.000Z'],
    ['2026-02-12T10:30:00+0100', '2026-02-12T09:30:00.000Z'],
    ['2026-02-12T10:30', '2026-02-12T00:00:00.000Z'],
    ['12 February 2026', '2026-02-12T00:00:00.000Z'],
    ['Thursday, Feb. 12, 2026', '2026-02-12T00:00:00.000Z'],
    ['Sept 3rd 2025', '2025-09-03T00:00:00.000Z'],
    ['31 February 2026', null],
    ['2026-13-01', null],
    ['4 days ago', null],
    ['February 2026', null],
  ];
  for (const [text, iso] of cases) assert.equal(readPrintedDate(text)?.iso ?? null, iso, text);
});

test('a byline, a date line and a credit line near the top or foot are read; prose is not', () => {
  assert.deepEqual(readTextMetadata(['Published 4 days ago | By Pak24tv', 'Body.']), { byline: 'Pak24tv', publishedAt: null, outlet: null });
  const lines = ['By Jane Doe and John Roe', 'Updated: 9 June 2025 10:30 BST', 'Body one.', 'Body two.', 'Body three.', 'Body four.', 'Copyright 2025 The Midshire Evening Post. All rights reserved.'];
  assert.deepEqual(readTextMetadata(lines), {
    byline: 'Jane Doe and John Roe',
    publishedAt: '2025-06-09T00:00:00.000Z',
    outlet: 'The Midshire Evening Post',
  });
  // A sentence that starts with "By" or a date is prose, not metadata.
  assert.deepEqual(readTextMetadata(['By noon the queues had reached the bridge and the shops had run out of water.', '9 June 2025 will be remembered here.']), {
    byline: null,
    publishedAt: null,
    outlet: null,
  });
});

test('two different dates or bylines leave the field unread', () => {
  assert.equal(readTextMetadata(['Published 9 June 2025', 'Updated 10 June 2025']).publishedAt, null);
  assert.equal(readTextMetadata(['By Jane Doe', 'By John Roe']).byline, null);
  assert.equal(readTextMetadata(['Published 9 June 2025', '2025-06-09']).publishedAt, '2025-06-09T00:00:00.000Z');
});

test('articleFromText keeps the lines in the text and their metadata beside it', () => {
  const text = 'Carrisford told to boil its water\nBy Alys Penhallow | 9 June 2025\nTessaly Water said the pump failed.';
  const article = articleFromText(text, 'file:///x.txt');
  assert.equal(article.title, 'Carrisford told to boil its water');
  assert.equal(article.byline, 'Alys Penhallow');
  assert.equal(article.publishedAt, '2025-06-09T00:00:00.000Z');
  assert.equal(article.text, 'By Alys Penhallow | 9 June 2025\n\nTessaly Water said the pump failed.');
});
