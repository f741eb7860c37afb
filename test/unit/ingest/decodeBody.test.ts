import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeBody, decodeWarning } from '../../../ingest/decodeBody.ts';
import { growthOf } from '../growth.ts';

const RUSSIAN = 'Песков заявил, что ёлка';

test('windows-1251 from the Content-Type header', () => {
  const bytes = iconv.encode(`<p>${RUSSIAN}</p>`, 'windows-1251');
  assert.equal(decodeBody(bytes, 'text/html; charset=windows-1251').text, `<p>${RUSSIAN}</p>`);
});

test('koi8-r from a quoted header charset', () => {
  const bytes = iconv.encode(RUSSIAN, 'koi8-r');
  assert.equal(decodeBody(bytes, 'text/plain; charset="KOI8-R"').text, RUSSIAN);
});

test('koi8-r from the XML prolog when the header says nothing', () => {
  const xml = `<?xml version="1.0" encoding="koi8-r"?><rss><channel><title>${RUSSIAN}</title></channel></rss>`;
  assert.equal(decodeBody(iconv.encode(xml, 'koi8-r'), 'application/xml').text, xml);
});

test('windows-1251 from <meta charset> and from http-equiv', () => {
  const html5 = `<html><head><meta charset="windows-1251"><title>${RUSSIAN}</title></head></html>`;
  assert.equal(decodeBody(iconv.encode(html5, 'windows-1251'), null).text, html5);
  const html4 = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>${RUSSIAN}</body></html>`;
  assert.equal(decodeBody(iconv.encode(html4, 'windows-1251'), 'text/html').text, html4);
});

test('the header wins over a conflicting declaration', () => {
  const html = `<meta charset="koi8-r"><p>${RUSSIAN}</p>`;
  assert.equal(decodeBody(iconv.encode(html, 'windows-1251'), 'text/html; charset=windows-1251').text, html);
});

test('a header claiming utf-8 for bytes that are not UTF-8 loses to the document declaration', () => {
  const xml = `<?xml version="1.0" encoding="koi8-r"?><rss><title>${RUSSIAN}</title></rss>`;
  const decoded = decodeBody(iconv.encode(xml, 'koi8-r'), 'application/rss+xml; charset=utf-8').text;
  assert.equal(decoded, xml);
  assert.ok(!decoded.includes('\uFFFD'));
  // Valid UTF-8 keeps the header's word even when the prolog says otherwise.
  const utf8 = `<?xml version="1.0" encoding="koi8-r"?><rss><title>${RUSSIAN}</title></rss>`;
  assert.equal(decodeBody(Buffer.from(utf8, 'utf8'), 'text/xml; charset=utf-8').text, utf8);
});

test('BOMs win over everything and are stripped', () => {
  const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RUSSIAN, 'utf8')]);
  assert.equal(decodeBody(utf8, 'text/plain; charset=windows-1251').text, RUSSIAN);
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(RUSSIAN, 'utf16le')]);
  assert.equal(decodeBody(utf16le, null).text, RUSSIAN);
  const utf16be = iconv.encode(RUSSIAN, 'utf-16be', { addBOM: true });
  assert.equal(utf16be[0], 0xfe);
  assert.equal(decodeBody(utf16be, null).text, RUSSIAN);
});

test('BOM-less UTF-16 XML is recognised by its NUL bytes', () => {
  const xml = `<?xml version="1.0" encoding="utf-16"?><feed><title>${RUSSIAN}</title></feed>`;
  assert.equal(decodeBody(Buffer.from(xml, 'utf16le'), null).text, xml);
});

test('iso-8859-1 is read as windows-1252, as browsers do', () => {
  const bytes = Buffer.from([0x93, 0x63, 0x61, 0x66, 0xe9, 0x94]);
  assert.equal(decodeBody(bytes, 'text/html; charset=ISO-8859-1').text, '\u201ccaf\u00e9\u201d');
});

test('iso-8859-5 via iconv-lite', () => {
  assert.equal(decodeBody(iconv.encode(RUSSIAN, 'iso-8859-5'), 'text/plain; charset=iso-8859-5').text, RUSSIAN);
});

test('an unknown or missing charset falls back to utf-8', () => {
  assert.equal(decodeBody(Buffer.from(RUSSIAN, 'utf8'), 'text/plain; charset=x-no-such-thing').text, RUSSIAN);
  assert.equal(decodeBody(Buffer.from(RUSSIAN, 'utf8'), null).text, RUSSIAN);
});

test('accepts a Uint8Array view into a larger buffer', () => {
  const backing = Buffer.from(`xx${RUSSIAN}yy`, 'utf8');
  const view = new Uint8Array(backing.buffer, backing.byteOffset + 2, backing.length - 4);
  assert.equal(decodeBody(view, null).text, RUSSIAN);
});

describe('a charset no one declares', () => {
  // Punctuation every Cyrillic charset holds (KOI8-R and ISO-8859-5 have no « » or dash).
  const RU = '"Цены в этом году не вырастут", - заявил министр финансов Олег Варга во вторник.';
  const page = `<html><head><title>Бюджет</title></head><body><article><h1>Бюджет</h1><p>${RU}</p></article></body></html>`;
  const FR = '« Le président a déclaré aux journalistes que les négociations se poursuivront la semaine prochaine », a-t-il dit.';

  test('is detected from the words, not the markup, for pages, feeds and text files', () => {
    for (const charset of ['windows-1251', 'koi8-r', 'iso-8859-5']) {
      const decoded = decodeBody(iconv.encode(page, charset), 'text/html');
      assert.equal(decoded.text, page, charset);
      assert.equal(decoded.source, 'detected', charset);
      assert.equal(decoded.replaced, 0);
      assert.equal(decodeWarning(decoded), null);
    }
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Вести</title><item><title>Мост</title><description><![CDATA[<p>${RU}</p>]]></description></item></channel></rss>`;
    assert.equal(decodeBody(iconv.encode(feed, 'koi8-r'), 'application/rss+xml').text, feed);
    assert.equal(decodeBody(iconv.encode(RU, 'windows-1251'), null).text, RU);
    assert.equal(decodeBody(iconv.encode(FR, 'windows-1252'), null).text, FR);
    const japanese = '大統領は記者団に対し、交渉は来週も続くと述べた。「我々は対話の用意がある」と彼は語った。';
    assert.equal(decodeBody(iconv.encode(japanese, 'shift_jis'), null).text, japanese);
  });

  test('valid UTF-8 and ASCII stay UTF-8 without detection', () => {
    const decoded = decodeBody(Buffer.from(page, 'utf8'), null);
    assert.deepEqual({ ...decoded, text: decoded.text === page }, { text: true, charset: 'utf-8', source: 'default', replaced: 0, inherited: 0 });
    assert.equal(decodeBody(Buffer.from('<p>plain ASCII</p>'), 'text/html').source, 'default');
  });

  test('bytes that still do not decode are counted and named in a warning', () => {
    const bytes = Buffer.concat([Buffer.from('<p>calm: '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('.</p>')]);
    const decoded = decodeBody(bytes, 'text/html; charset=utf-8');
    assert.equal(decoded.replaced, 2);
    assert.equal(decodeWarning(decoded), '2 characters could not be decoded as utf-8 (charset from the Content-Type header) and stand as U+FFFD');
  });

  test('UTF-8 with a few broken bytes stays UTF-8, its broken bytes alone lost', () => {
    const good = (s: string) => Buffer.from(s, 'utf8');
    const bytes = Buffer.concat([
      good('“Le café reste ouvert,” a dit Zoë Müller. '), Buffer.from([0xe9, 0x20, 0x96]), good(' “Après l’été,” dit-elle.'),
    ]);
    const decoded = decodeBody(bytes, null);
    assert.equal(decoded.text, '“Le café reste ouvert,” a dit Zoë Müller. \uFFFD \uFFFD “Après l’été,” dit-elle.');
    assert.deepEqual([decoded.charset, decoded.source, decoded.replaced], ['utf-8', 'mostly-utf-8', 2]);
    assert.match(decodeWarning(decoded) ?? '', /^2 characters could not be decoded as utf-8 \(charset from its bytes, UTF-8 but for these/);
    // The same words in windows-1252 are not UTF-8 with a few broken bytes: the detector still reads them.
    const latin = iconv.encode('"Le café reste ouvert," a dit Zoë Müller. "Après l\'été," dit-elle, "la rentrée sera dure."', 'windows-1252');
    assert.equal(decodeBody(latin, null).source, 'detected');
    assert.equal(decodeBody(latin, null).replaced, 0);
  });

  test('a U+FFFD the document itself holds is told apart from bytes that did not decode', () => {
    const decoded = decodeBody(Buffer.from('<p>a loan of \uFFFD\uFFFD110 billion</p>', 'utf8'), 'text/html; charset=utf-8');
    assert.deepEqual([decoded.replaced, decoded.inherited], [0, 2]);
    assert.equal(decodeWarning(decoded), '2 characters were already U+FFFD in the document as published (lost at its source, not by decoding)');
    const both = decodeBody(Buffer.concat([Buffer.from('<p>\uFFFD and ', 'utf8'), Buffer.from([0xff]), Buffer.from('</p>')]), 'text/html; charset=utf-8');
    assert.deepEqual([both.replaced, both.inherited], [1, 1]);
    assert.match(decodeWarning(both) ?? '', /^1 character could not be decoded .*; 1 character was already U\+FFFD/);
  });

  test('markup without words, or with unclosed brackets, is detected in linear time', async () => {
    const bracketsOf = (n: number) => Buffer.concat([Buffer.from('<'.repeat(n)), Buffer.from([0xe9])]);
    const growth = await growthOf((n) => decodeBody(bracketsOf(n), null), 75_000, { tries: 5 });
    assert.ok(growth < 12, `${growth.toFixed(1)}x the time for 4x the input`);
  });
});
