import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { htmlText, readabilityArticleText } from '../../eval/htmlText.ts';
import { documentTexts } from '../../eval/scoreLabels.ts';

test('htmlText makes each block a paragraph, keeps inline text together and drops scripts', () => {
  const html =
    '<div id="page"><h2>Ferry  route\n restored</h2><p>The harbour master <a href="/x">said</a> the <em>ferry</em>' +
    ' would sail again.</p><script>var x = 1;</script><ul><li>First stop</li><li>Second<br>stop</li></ul>' +
    '<blockquote><p>“We are ready,” she said.</p></blockquote><style>p { color: red }</style></div>';
  assert.equal(
    htmlText(html),
    'Ferry route restored\n\nThe harbour master said the ferry would sail again.\n\nFirst stop\n\nSecond\nstop\n\n“We are ready,” she said.',
  );
});

test('readabilityArticleText reads undeclared UTF-8 as UTF-8 and a declared single-byte charset as declared', () => {
  const paragraph =
    'The ferry operator said on Monday that the crossing, closed since the storm, would reopen next week.';
  const page = (head: string, quote: string) =>
    `<html><head>${head}<title>Ferry</title></head><body><nav>Home</nav><article><h1>Ferry</h1>` +
    `<p>${paragraph} ${quote}</p><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`;
  const utf8 = readabilityArticleText(
    new TextEncoder().encode(page('', '“We are ready,” she said.')),
    'https://example.test/a',
  );
  assert.match(utf8, /“We are ready,” she said\./);
  assert.doesNotMatch(utf8, /â€/);
  const latin1 = Buffer.from(page('<meta charset="iso-8859-1">', 'The caf\xe9 stays shut.'), 'latin1');
  assert.match(readabilityArticleText(latin1, 'https://example.test/b'), /The café stays shut\./);
});

test('readability/ and trafilatura/ ids read the benchmark pages through htmlText', () => {
  const shared = mkdtempSync(join(tmpdir(), 'claimdesk-shared-'));
  mkdirSync(join(shared, 'eval', 'readability-dev', 'ferry-1'), { recursive: true });
  writeFileSync(
    join(shared, 'eval', 'readability-dev', 'ferry-1', 'expected.html'),
    '<div><p>One.</p><p>Two, he <b>said</b>.</p></div>',
  );
  mkdirSync(join(shared, 'eval', 'trafilatura-dev', 'eval'), { recursive: true });
  const sentence =
    'The council said on Tuesday that the ferry would resume its winter timetable from the first of the month.';
  writeFileSync(
    join(shared, 'eval', 'trafilatura-dev', 'eval', 'ferry.html'),
    `<html><body><article><p>${sentence}</p><p>${sentence}</p><p>${sentence}</p></article></body></html>`,
  );
  writeFileSync(
    join(shared, 'eval', 'trafilatura-dev', 'evaldata.json'),
    JSON.stringify({ 'https://example.test/ferry': { file: 'ferry.html', with: [], without: [] } }),
  );
  const texts = documentTexts(shared, ['readability/ferry-1', 'trafilatura/ferry.html']);
  assert.equal(texts.get('readability/ferry-1'), 'One.\n\nTwo, he said.');
  assert.equal(texts.get('trafilatura/ferry.html'), [sentence, sentence, sentence].join('\n\n'));
  assert.throws(() => documentTexts(shared, ['trafilatura/missing.html']), /labelled documents not found/);
});
