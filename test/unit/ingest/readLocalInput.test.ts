import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { readLocalInput } from '../../../ingest/readLocalInput.ts';
import { listInputFiles } from '../../../ingest/listInputFiles.ts';
import { LocalInputError, sizeLimitText } from '../../../ingest/errors.ts';
import { readSidecar } from '../../../ingest/readSidecar.ts';

let dir = '';
const OPTIONS = { maxBytes: 10_000 };

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimdesk-ingest-'));
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

function rejectsWith(problem: string) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof LocalInputError);
    assert.equal(error.problem, problem);
    assert.equal(error.code, 'input_error');
    return true;
  };
}

describe('readLocalInput', () => {
  test('an empty file, or one of blanks only, is refused: there is nothing to ingest', async () => {
    for (const [name, content] of [
      ['empty.txt', ''],
      ['blanks.txt', '\n \t\n'],
      ['empty.opml', ''],
      ['empty.xml', '\n'],
    ] as const) {
      await assert.rejects(readLocalInput(await write(name, content), OPTIONS), (error: unknown) => {
        rejectsWith('empty')(error);
        assert.match((error as Error).message, /: the file is empty: nothing to ingest$/);
        return true;
      });
    }
  });

  test('.txt is a text article with a file:// url', async () => {
    const path = await write('story.txt', 'Peskov said the block was lawful.');
    const doc = await readLocalInput(path, OPTIONS);
    assert.deepEqual(doc, {
      url: pathToFileURL(path).href,
      kind: 'text',
      body: 'Peskov said the block was lawful.',
      contentType: null,
      etag: null,
      lastModified: null,
    });
    assert.ok(doc.url.startsWith('file:///'));
  });

  test('a stray NUL past the sample judged for binary stands as undecodable, since PostgreSQL stores no NUL', async () => {
    const path = await write('long.txt', `${'The ferry ran late. '.repeat(5000)}\u0000Peskov said the block was lawful.`);
    const doc = await readLocalInput(path, { maxBytes: 200_000 });
    assert.equal(doc.body.includes('\u0000'), false);
    assert.match(doc.body, /\ufffdPeskov said/);
  });

  test('.html is html, decoded by its meta charset', async () => {
    const html = '<html><head><meta charset="windows-1251"></head><body>Песков</body></html>';
    const doc = await readLocalInput(await write('page.htm', iconv.encode(html, 'windows-1251')), OPTIONS);
    assert.equal(doc.kind, 'html');
    assert.equal(doc.body, html);
  });

  test('a text file in a charset it cannot declare is detected; one that still does not decode carries a warning', async () => {
    const story = 'Министр финансов Олег Варга заявил во вторник, что цены в этом году не вырастут.';
    const doc = await readLocalInput(await write('cp1251.txt', iconv.encode(story, 'windows-1251')), OPTIONS);
    assert.equal(doc.body, story);
    assert.equal(doc.decodeWarning, undefined);
    const broken = await readLocalInput(await write('broken.txt', Buffer.concat([Buffer.from('\ufeffcalm: ', 'utf8'), Buffer.from([0xc3, 0x28])])), OPTIONS);
    assert.match(broken.decodeWarning ?? '', /1 character could not be decoded as utf-8 \(charset from its byte order mark\)/);
  });

  test('.xml, .rss and .json are sniffed as feed or opml; .opml is opml', async () => {
    const rss = await readLocalInput(await write('a.xml', '<rss version="2.0"><channel/></rss>'), OPTIONS);
    assert.equal(rss.kind, 'feed');
    const opmlAsXml = await readLocalInput(await write('subs.xml', '<opml><body/></opml>'), OPTIONS);
    assert.equal(opmlAsXml.kind, 'opml');
    const json = await readLocalInput(
      await write('feed.json', '{"version":"https://jsonfeed.org/version/1.1","items":[]}'),
      OPTIONS,
    );
    assert.equal(json.kind, 'feed');
    const opml = await readLocalInput(await write('list.opml', '<opml/>'), OPTIONS);
    assert.equal(opml.kind, 'opml');
  });

  test('an unknown extension is sniffed', async () => {
    const doc = await readLocalInput(await write('noext', '<!DOCTYPE html><html></html>'), OPTIONS);
    assert.equal(doc.kind, 'html');
  });

  test('a missing file', async () => {
    await assert.rejects(readLocalInput(join(dir, 'nope.txt'), OPTIONS), rejectsWith('missing'));
  });

  test('a directory', async () => {
    await mkdir(join(dir, 'sub'), { recursive: true });
    await assert.rejects(readLocalInput(join(dir, 'sub'), OPTIONS), rejectsWith('directory'));
  });

  test('an oversized file', async () => {
    const path = await write('big.txt', 'x'.repeat(OPTIONS.maxBytes + 1));
    await assert.rejects(readLocalInput(path, OPTIONS), rejectsWith('too-large'));
    // The limit in a unit a reader takes in, and the setting that moves it.
    await assert.rejects(readLocalInput(path, OPTIONS), /more than the limit of 10000 bytes \(CLAIMS_FETCH_MAX_BYTES\)/);
    assert.equal(sizeLimitText(15 * 1024 * 1024), 'the limit of 15 MiB (CLAIMS_FETCH_MAX_BYTES)');
    assert.equal(sizeLimitText(1.5 * 1024 * 1024), 'the limit of 1.5 MiB (CLAIMS_FETCH_MAX_BYTES)');
  });

  test('a .json that is no feed, and a text file named for a kind we do not read, are of unknown kind', async () => {
    await assert.rejects(
      readLocalInput(await write('data.json', '{"a":1}'), OPTIONS),
      rejectsWith('unknown-kind'),
    );
    const docx = await write('note.docx', 'Peskov said the block was lawful.');
    await assert.rejects(readLocalInput(docx, OPTIONS), (error: unknown) => {
      assert.ok(error instanceof LocalInputError && error.problem === 'unknown-kind');
      assert.equal(error.message, `${docx}: a .docx file; claims ingest reads .txt and .html articles, feeds (.xml, .rss, .atom, .json) and .opml lists`);
      return true;
    });
  });

  test('bytes that are not text are refused whatever the name says', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x41, 0x42]);
    const pngAsText = await write('photo.txt', png);
    await assert.rejects(readLocalInput(pngAsText, OPTIONS), (error: unknown) => {
      assert.ok(error instanceof LocalInputError && error.problem === 'not-text');
      assert.match(error.message, /: not text but a PNG image; claims ingest reads/);
      return true;
    });
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml')]);
    await assert.rejects(readLocalInput(await write('report.html', zip), OPTIONS), rejectsWith('not-text'));
    await assert.rejects(readLocalInput(await write('nul.txt', 'Peskov\u0000 said'), OPTIONS), rejectsWith('not-text'));
    // Bytes of every value, as in a compressed or encrypted file, in an order no format starts with.
    const noise = Uint8Array.from({ length: 3000 }, (_, i) => (i * 131 + 7) % 256);
    await assert.rejects(readLocalInput(await write('noise.xml', noise), OPTIONS), rejectsWith('not-text'));
    const controls = 'a\u0001b\u0002c\u0003 plain words otherwise'.repeat(3);
    await assert.rejects(readLocalInput(await write('controls.txt', controls), OPTIONS), rejectsWith('not-text'));
  });

  test('text in UTF-16 with its BOM, or with a stray control character, is still text', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Peskov said the block was lawful.', 'utf16le')]);
    assert.equal((await readLocalInput(await write('wide.txt', utf16), OPTIONS)).body, 'Peskov said the block was lawful.');
    const oneEscape = `${'Peskov said the block was lawful. '.repeat(5)}\u001b`;
    assert.equal((await readLocalInput(await write('escape.txt', oneEscape), OPTIONS)).kind, 'text');
  });
});

test('listInputFiles is recursive, sorted, filtered, and skips dot-folders and node_modules', async () => {
  const root = join(dir, 'tree');
  for (const folder of ['b', 'a/deep', '.git', 'node_modules/pkg'])
    await mkdir(join(root, folder), { recursive: true });
  const files = [
    'b/2.txt',
    'b/2.json',
    'b/feed.json',
    'a/deep/feed.RSS',
    'a/1.html',
    'top.opml',
    'skip.pdf',
    '.hidden.txt',
    '.git/x.txt',
    'node_modules/pkg/readme.txt',
  ];
  for (const file of files) await writeFile(join(root, file), 'x');
  assert.deepEqual(await listInputFiles(root), [
    join(root, 'a/1.html'),
    join(root, 'a/deep/feed.RSS'),
    join(root, 'b/2.txt'),
    join(root, 'b/feed.json'),
    join(root, 'top.opml'),
  ]);
});

describe('readSidecar', () => {
  test('reads outlet, published (as ISO), title and url beside a .txt or .html', async () => {
    const article = await write('story.txt', 'Peskov said the block was lawful.');
    assert.equal(await readSidecar(article), null);
    await write('story.json', JSON.stringify({ outlet: ' Reuters ', published: '2026-02-12', title: 'Block', url: 'https://r.example/a' }));
    assert.deepEqual(await readSidecar(article), {
      outlet: 'Reuters',
      published: '2026-02-12T00:00:00.000Z',
      title: 'Block',
      url: 'https://r.example/a',
    });
    assert.equal(await readSidecar(await write('feed.xml', '<rss/>')), null, 'a feed has no sidecar');
  });

  test('a bad sidecar is named with why', async () => {
    const article = await write('bad.html', '<p>x</p>');
    const cases: Array<[string, RegExp]> = [
      ['{', /bad\.json: sidecar of .*bad\.html: not JSON/],
      ['[]', /not a JSON object/],
      ['{"author": "x"}', /unknown field "author" \(known: outlet, published, title, url\)/],
      ['{"published": "yesterday"}', /"published" must be a date such as 2026-02-12/],
      ['{"url": "file:///etc/passwd"}', /"url" must be an absolute http\(s\) URL/],
      ['{"outlet": 3}', /"outlet" must be a non-empty string/],
    ];
    for (const [json, message] of cases) {
      await write('bad.json', json);
      await assert.rejects(readSidecar(article), message);
    }
  });
});
