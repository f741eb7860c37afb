import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO_ROOT, tempDir } from './services.ts';

const BIN = path.join(REPO_ROOT, 'bin', 'claims.js');
const READABLE = 'claims ingest reads .txt and .html articles, feeds (.xml, .rss, .atom, .json) and .opml lists';

describe('failed inputs on the embedded default: one short line each', () => {
  let dir: string;
  let remove: () => Promise<void>;
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [BIN, 'ingest', ...args], {
      cwd: dir,
      env: { ...process.env, DATABASE_URL: '', REDIS_URL: '', CLAIMS_DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: '', ...env },
      encoding: 'utf8',
      timeout: 120_000,
    });

  before(async () => {
    ({ dir, remove } = await tempDir());
    // 3 KB of bytes of every value: what a photo or an archive renamed .txt looks like to us.
    await writeFile(path.join(dir, 'binary.txt'), Uint8Array.from({ length: 3072 }, (_, i) => (i * 37) % 256));
    await writeFile(path.join(dir, 'photo.txt'), Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.from('IHDR')]));
    await writeFile(path.join(dir, 'notes.docx'), 'Peskov said the block was lawful, officials said.');
    await writeFile(path.join(dir, 'cut.xml'), '<?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title><item><title>A story</ti');
    await writeFile(path.join(dir, 'empty.rss'), '<rss version="2.0"><channel><title>Nothing yet</title></channel></rss>');
    await writeFile(path.join(dir, 'blank.txt'), '\n  \n');
    await writeFile(path.join(dir, 'nofeeds.opml'), '<?xml version="1.0"?><opml version="2.0"><head/><body></body></opml>');
    await copyFile(path.join(REPO_ROOT, 'app', 'demo', 'corpus', '01_carrisford-courier.txt'), path.join(dir, 'good.txt'));
  });
  after(() => remove());

  test('names each bad input once, with no payload, SQL or stack, and ingests the good one', () => {
    const result = run(['binary.txt', 'photo.txt', 'notes.docx', 'cut.xml', 'empty.rss', 'missing.txt', 'blank.txt', 'nofeeds.opml', 'good.txt']);
    assert.equal(result.status, 1);
    const lines = result.stderr.trim().split('\n');
    assert.match(lines[0]!, /^1 new article, 0 seen again; \d+ mentions; \d+ new claims, 0 merges/);
    assert.deepEqual(lines.slice(1).sort(), [
      `failed: binary.txt: not text but binary data (NUL bytes); ${READABLE}`,
      'failed: blank.txt: the file is empty: nothing to ingest',
      'failed: cut.xml: not a readable feed (cut short: no closing </rss> and no whole entry before the end)',
      'failed: empty.rss: not a readable feed (it has no entries)',
      'failed: missing.txt: no such file',
      'failed: nofeeds.opml: not a readable feed (an OPML list with no <outline xmlUrl="...">: no feed to read)',
      `failed: notes.docx: a .docx file; ${READABLE}`,
      `failed: photo.txt: not text but a PNG image; ${READABLE}`,
    ]);
  });

  test('LOG_LEVEL=debug adds the stack of each failure as a log line, still without SQL', () => {
    const result = run(['cut.xml'], { LOG_LEVEL: 'debug' });
    assert.equal(result.status, 1);
    const logged = result.stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { msg: string; error?: { type: string; stack?: string } });
    const failure = logged.find((l) => l.msg === 'job failed');
    assert.equal(failure?.error?.type, 'FeedParseError');
    assert.match(failure?.error?.stack ?? '', /at parseFeed/);
    assert.doesNotMatch(result.stderr, /\b(SELECT|INSERT INTO)\b/);
  });
});
