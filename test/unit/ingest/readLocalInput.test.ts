import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { readLocalInput } from '../../../ingest/readLocalInput.ts';
import { listInputFiles } from '../../../ingest/listInputFiles.ts';
import { LocalInputError } from '../../../ingest/errors.ts';

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
  });

  test('a .json that is no feed, and a binary file, are of unknown kind', async () => {
    await assert.rejects(
      readLocalInput(await write('data.json', '{"a":1}'), OPTIONS),
      rejectsWith('unknown-kind'),
    );
    const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]);
    await assert.rejects(
      readLocalInput(await write('image.png', binary), OPTIONS),
      rejectsWith('unknown-kind'),
    );
  });
});

test('listInputFiles is recursive, sorted, filtered, and skips dot-folders and node_modules', async () => {
  const root = join(dir, 'tree');
  for (const folder of ['b', 'a/deep', '.git', 'node_modules/pkg'])
    await mkdir(join(root, folder), { recursive: true });
  const files = [
    'b/2.txt',
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
    join(root, 'top.opml'),
  ]);
});
