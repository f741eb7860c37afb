import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createTestDatabase, REPO_ROOT, tempDir } from './services.ts';

const BIN = path.join(REPO_ROOT, 'bin', 'claims.js');
const baseEnv = { ...process.env, DATABASE_URL: '', REDIS_URL: '', LOG_LEVEL: 'error' };
const claims = (args: string[], env: NodeJS.ProcessEnv) =>
  spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 180_000 });

// The file's first line reads as a headline and becomes the title; the article text is the other lines as
// paragraphs, a blank line between them (extract/articleFromText.ts), whatever the file's line endings.
const TITLE = 'Kremlin weighs a WhatsApp ban';
const PARAGRAPHS = [
  '“We have no information about a ban,” Mr Peskov said.',
  '“The decision rests with the regulator and nobody else.”',
  'The Kremlin’s spokesperson Dmitry Peskov told reporters that the messenger must obey Russian law.',
];
const ARTICLE_TEXT = PARAGRAPHS.join('\n\n');
const FILE = `${TITLE}\r\n${PARAGRAPHS.join('\r\n\r\n')}\r\n`;

interface ExportedMention {
  kind: string;
  text: string;
  title: string | null;
  speaker_raw: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
}

const parseJsonl = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as ExportedMention);

describe('speaker positions stored and exported', () => {
  let file = '';
  const cleanups: Array<() => Promise<void>> = [];
  before(async () => {
    const temp = await tempDir();
    cleanups.push(temp.remove);
    file = path.join(temp.dir, 'peskov.txt');
    await writeFile(file, FILE);
  });
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  /** Ingests the file with `env`, then checks the exported positions against the article text. */
  function check(env: NodeJS.ProcessEnv): void {
    const ingested = claims(['ingest', file], env);
    assert.equal(ingested.status, 0, ingested.stderr);
    const exported = claims(['export', '--mentions', '--format', 'jsonl'], env);
    assert.equal(exported.status, 0, exported.stderr);
    const mentions = parseJsonl(exported.stdout);
    assert.equal(mentions.length, 3, exported.stdout);
    for (const m of mentions) {
      assert.equal(m.title, TITLE, 'the first line is the title, not article text');
      assert.ok(ARTICLE_TEXT.includes(m.text));
      if (m.speaker_raw === null) {
        assert.deepEqual([m.speaker_start, m.speaker_end], [null, null]);
        continue;
      }
      assert.ok(m.speaker_start !== null && m.speaker_end !== null);
      assert.equal(ARTICLE_TEXT.slice(m.speaker_start, m.speaker_end), m.speaker_raw);
    }
    const byText = (start: string) => mentions.find((m) => m.text.startsWith(start));
    const first = byText('We have no information');
    assert.equal(first?.speaker_raw, 'Mr Peskov');
    assert.deepEqual([first?.speaker_start, first?.speaker_end], [38, 47]);
    const continued = byText('The decision rests');
    assert.deepEqual([continued?.speaker_raw, continued?.speaker_start, continued?.speaker_end], [null, null, null]);
    const told = byText('the messenger must obey');
    assert.equal(told?.speaker_raw, 'The Kremlin’s spokesperson Dmitry Peskov');

    // The CSV carries the same two columns, last, so that readers of the older columns keep working.
    const csv = claims(['export', '--mentions', '--format', 'csv'], env);
    assert.equal(csv.status, 0, csv.stderr);
    const [header, ...rows] = csv.stdout.split('\r\n').filter((l) => l !== '');
    assert.match(header ?? '', /,published_at,speaker_start,speaker_end$/);
    assert.ok(rows.some((row) => row.endsWith(',38,47')), csv.stdout);
    assert.ok(rows.some((row) => row.endsWith(',,')));
  }

  test('embedded (PGlite)', async () => {
    const temp = await tempDir();
    cleanups.push(temp.remove);
    check({ ...baseEnv, CLAIMS_DATA_DIR: temp.dir });
  });

  test('PostgreSQL', async () => {
    const database = await createTestDatabase();
    cleanups.push(database.drop);
    check({ ...baseEnv, DATABASE_URL: database.url });
  });
});
