import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeBody } from '../../../ingest/decodeBody.ts';

const RUSSIAN = 'Песков заявил, что ёлка';

test('windows-1251 from the Content-Type header', () => {
  const bytes = iconv.encode(`<p>${RUSSIAN}</p>`, 'windows-1251');
  assert.equal(decodeBody(bytes, 'text/html; charset=windows-1251'), `<p>${RUSSIAN}</p>`);
});

test('koi8-r from a quoted header charset', () => {
  const bytes = iconv.encode(RUSSIAN, 'koi8-r');
  assert.equal(decodeBody(bytes, 'text/plain; charset="KOI8-R"'), RUSSIAN);
});

test('koi8-r from the XML prolog when the header says nothing', () => {
  const xml = `<?xml version="1.0" encoding="koi8-r"?><rss><channel><title>${RUSSIAN}</title></channel></rss>`;
  assert.equal(decodeBody(iconv.encode(xml, 'koi8-r'), 'application/xml'), xml);
});

test('windows-1251 from <meta charset> and from http-equiv', () => {
  const html5 = `<html><head><meta charset="windows-1251"><title>${RUSSIAN}</title></head></html>`;
  assert.equal(decodeBody(iconv.encode(html5, 'windows-1251'), null), html5);
  const html4 = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>${RUSSIAN}</body></html>`;
  assert.equal(decodeBody(iconv.encode(html4, 'windows-1251'), 'text/html'), html4);
});

test('the header wins over a conflicting declaration', () => {
  const html = `<meta charset="koi8-r"><p>${RUSSIAN}</p>`;
  assert.equal(decodeBody(iconv.encode(html, 'windows-1251'), 'text/html; charset=windows-1251'), html);
});

test('a header claiming utf-8 for bytes that are not UTF-8 loses to the document declaration', () => {
  const xml = `<?xml version="1.0" encoding="koi8-r"?><rss><title>${RUSSIAN}</title></rss>`;
  const decoded = decodeBody(iconv.encode(xml, 'koi8-r'), 'application/rss+xml; charset=utf-8');
  assert.equal(decoded, xml);
  assert.ok(!decoded.includes('\uFFFD'));
  // Valid UTF-8 keeps the header's word even when the prolog says otherwise.
  const utf8 = `<?xml version="1.0" encoding="koi8-r"?><rss><title>${RUSSIAN}</title></rss>`;
  assert.equal(decodeBody(Buffer.from(utf8, 'utf8'), 'text/xml; charset=utf-8'), utf8);
});

test('BOMs win over everything and are stripped', () => {
  const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RUSSIAN, 'utf8')]);
  assert.equal(decodeBody(utf8, 'text/plain; charset=windows-1251'), RUSSIAN);
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(RUSSIAN, 'utf16le')]);
  assert.equal(decodeBody(utf16le, null), RUSSIAN);
  const utf16be = iconv.encode(RUSSIAN, 'utf-16be', { addBOM: true });
  assert.equal(utf16be[0], 0xfe);
  assert.equal(decodeBody(utf16be, null), RUSSIAN);
});

test('BOM-less UTF-16 XML is recognised by its NUL bytes', () => {
  const xml = `<?xml version="1.0" encoding="utf-16"?><feed><title>${RUSSIAN}</title></feed>`;
  assert.equal(decodeBody(Buffer.from(xml, 'utf16le'), null), xml);
});

test('iso-8859-1 is read as windows-1252, as browsers do', () => {
  const bytes = Buffer.from([0x93, 0x63, 0x61, 0x66, 0xe9, 0x94]);
  assert.equal(decodeBody(bytes, 'text/html; charset=ISO-8859-1'), '\u201ccaf\u00e9\u201d');
});

test('iso-8859-5 via iconv-lite', () => {
  assert.equal(decodeBody(iconv.encode(RUSSIAN, 'iso-8859-5'), 'text/plain; charset=iso-8859-5'), RUSSIAN);
});

test('an unknown or missing charset falls back to utf-8', () => {
  assert.equal(decodeBody(Buffer.from(RUSSIAN, 'utf8'), 'text/plain; charset=x-no-such-thing'), RUSSIAN);
  assert.equal(decodeBody(Buffer.from(RUSSIAN, 'utf8'), null), RUSSIAN);
});

test('accepts a Uint8Array view into a larger buffer', () => {
  const backing = Buffer.from(`xx${RUSSIAN}yy`, 'utf8');
  const view = new Uint8Array(backing.buffer, backing.byteOffset + 2, backing.length - 4);
  assert.equal(decodeBody(view, null), RUSSIAN);
});
