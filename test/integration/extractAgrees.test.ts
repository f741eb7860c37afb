import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { seedFiles } from '../eval/runSeeds.ts';
import { REPO_ROOT, TEST_CORPUS, tempDir } from './services.ts';

const BIN = path.join(REPO_ROOT, 'bin', 'claims.js');
const env = { ...process.env, DATABASE_URL: '', REDIS_URL: '', LOG_LEVEL: 'error' };
const claims = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { env: { ...env, ...extra }, encoding: 'utf8', timeout: 180_000 });
const lines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

interface Printed {
  url: string;
  mentions: Array<{ kind: string; text: string }>;
  dropped: Array<{ kind: string; text: string; reason: string; why: string }>;
}

test('claims extract prints the mentions claims ingest stores, and marks what ingest drops and why', async () => {
  const corpus = readdirSync(TEST_CORPUS)
    .filter((f) => !f.endsWith('.md') && !f.endsWith('.json'))
    .map((f) => path.join(TEST_CORPUS, f));
  const demo = path.join(REPO_ROOT, 'app', 'demo', 'corpus');
  const files = [...(await seedFiles()), ...corpus, ...readdirSync(demo).filter((f) => !f.endsWith('.md') && !f.endsWith('.json')).map((f) => path.join(demo, f))];
  const extracted = claims(['extract', '--json', ...files]);
  assert.equal(extracted.status, 0, extracted.stderr);
  const printed = lines(extracted.stdout) as unknown as Printed[];
  const key = (url: string, m: { kind: string; text: string }) => `${url}\u0000${m.kind}\u0000${m.text}`;
  const shown = printed.flatMap((doc) => doc.mentions.map((m) => key(doc.url, m))).sort();

  const temp = await tempDir();
  try {
    const ingested = claims(['ingest', ...files], { CLAIMS_DATA_DIR: temp.dir });
    assert.equal(ingested.status, 0, ingested.stderr);
    const exported = claims(['export', '--mentions', '--format', 'jsonl'], { CLAIMS_DATA_DIR: temp.dir });
    assert.equal(exported.status, 0, exported.stderr);
    const stored = lines(exported.stdout)
      .map((m) => key(String(m.url), { kind: String(m.kind), text: String(m.text) }))
      .sort();
    assert.ok(stored.length > 50);
    assert.deepEqual(stored, shown);
  } finally {
    await temp.remove();
  }

  // The agency page repeats its story: extract shows the copies as dropped, with the reason.
  const meridian = printed.find((doc) => doc.url.endsWith('03_meridian-press-agency.txt'));
  assert.ok(meridian && meridian.dropped.length > 0);
  for (const d of meridian.dropped) {
    assert.equal(d.reason, 'repeated-paragraph');
    assert.match(d.why, /repeats an earlier paragraph/);
  }
  const readable = claims(['extract', path.join(TEST_CORPUS, '03_meridian-press-agency.txt')]);
  assert.match(readable.stdout, /not stored by ingest \(\d+\):\n {2}dropped \[/);
});
