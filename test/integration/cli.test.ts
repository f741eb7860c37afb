import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ClaimRecord } from '../../store/claimRecords.ts';
import { checkSeedClaims } from '../eval/seedChecks.ts';
import { seedFiles } from '../eval/runSeeds.ts';
import { clearQueues, createTestDatabase, REPO_ROOT, TEST_REDIS_URL, tempDir, uniquePrefix } from './services.ts';

const BIN = path.join(REPO_ROOT, 'bin', 'claims.js');
const baseEnv = { ...process.env, DATABASE_URL: '', REDIS_URL: '', LOG_LEVEL: 'error' };

function claims(args: string[], env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 180_000 });
}

const parseJsonl = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as ClaimRecord);

/** What must not depend on the backend or the order of work. */
const comparable = (list: ClaimRecord[]) =>
  list
    .map((c) => ({
      kind: c.kind,
      speaker: c.speaker,
      text: c.text,
      value: c.value,
      unit: c.unit,
      variants: c.variants,
      mention_count: c.mention_count,
      urls: c.articles.map((a) => a.url).sort(),
    }))
    .sort((a, b) => `${a.kind}${a.text}${a.speaker}`.localeCompare(`${b.kind}${b.text}${b.speaker}`));

describe('the claims command', () => {
  test('--help describes every command, and each command its options', () => {
    const help = claims(['--help'], baseEnv);
    assert.equal(help.status, 0);
    for (const command of ['ingest', 'extract', 'search', 'export', 'status', 'migrate', 'worker', 'demo']) {
      assert.match(help.stdout, new RegExp(`\\n  ${command}\\b`));
    }
    const ingestHelp = claims(['ingest', '--help'], baseEnv);
    assert.match(ingestHelp.stdout, /--wait/);
  });

  test('--version prints the version of package.json', async () => {
    const { version } = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    const result = claims(['--version'], baseEnv);
    assert.equal(result.status, 0);
    assert.equal(result.stdout, `${version}\n`);
  });

  test('a bad variable stops the program with one line naming it', () => {
    const result = claims(['status'], { ...baseEnv, DATABASE_URL: 'mysql://localhost/x' });
    assert.equal(result.status, 1);
    assert.equal(result.stderr.trim().split('\n').length, 1);
    assert.match(result.stderr, /DATABASE_URL: must be a postgres/);
  });

  test('a reader that closes the pipe early (`| head`) ends the command quietly, not with a stack trace', async () => {
    const [first] = await seedFiles();
    const child = spawn(process.execPath, [BIN, 'extract', first!], { env: baseEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed before the command writes its first line: every write it makes meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const [code] = await once(child, 'exit');
    assert.doesNotMatch(stderr, /EPIPE|Unhandled|at /);
    assert.equal(code, 0);
  });

  test('a bad input is named, the others go through, and the exit code says so', async () => {
    const temp = await tempDir();
    const [first] = await seedFiles();
    const result = claims(['ingest', first!, path.join(temp.dir, 'missing.txt')], { ...baseEnv, CLAIMS_DATA_DIR: temp.dir });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /failed: .*missing\.txt/);
    assert.match(result.stderr, /1 new article/);
    const exported = claims(['export', '--format', 'jsonl'], { ...baseEnv, CLAIMS_DATA_DIR: temp.dir });
    assert.equal(exported.status, 0);
    assert.ok(parseJsonl(exported.stdout).length > 0);
    // Words search leaves out match nothing, where no words list every claim: the command says why.
    const stopWords = claims(['search', 'the of and'], { ...baseEnv, CLAIMS_DATA_DIR: temp.dir });
    assert.equal(stopWords.status, 0);
    assert.match(stopWords.stderr, /no claim matches "the of and"\nsearch leaves out common English words/);
    await temp.remove();
  });

  test('extract says why a feed of link-only entries shows no article, instead of printing nothing', async () => {
    const temp = await tempDir();
    const feed = path.join(temp.dir, 'links.xml');
    await writeFile(
      feed,
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Port news</title><item><title>Fares</title>' +
        '<link>https://port.example/fares</link><description>Fares rise.</description></item></channel></rss>',
    );
    const result = claims(['extract', feed], { ...baseEnv, CLAIMS_DATA_DIR: temp.dir });
    assert.equal(result.status, 0);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /links\.xml: no article of its own to show: a feed whose entries carry no full text/);
    await temp.remove();
  });

  test('a query longer than the API takes is refused with the API\'s message, before the database opens', async () => {
    const temp = await tempDir();
    const dataDir = path.join(temp.dir, 'data');
    for (const args of [['search', 'a'.repeat(10_000)], ['export', ...Array<string>(3000).fill('ab')]]) {
      const result = claims(args, { ...baseEnv, CLAIMS_DATA_DIR: dataDir });
      assert.equal(result.status, 1, args[0]);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /^claims: the search words must be at most 1000 characters \(these have \d+\)\n$/);
    }
    const speaker = claims(['search', '--speaker', 'x'.repeat(5000)], { ...baseEnv, CLAIMS_DATA_DIR: dataDir });
    assert.equal(speaker.status, 1);
    assert.equal(speaker.stderr, 'claims: --speaker must be at most 200 characters (this has 5000)\n');
    assert.equal(existsSync(dataDir), false, 'no database was opened for a refused query');
    await temp.remove();
  });
});

describe('the seeds through the command, embedded and with two workers on PostgreSQL and Redis', () => {
  let embedded: ClaimRecord[];
  let services: ClaimRecord[];
  const cleanups: Array<() => Promise<void>> = [];
  const workers: ChildProcess[] = [];

  before(async () => {
    const files = await seedFiles();
    const temp = await tempDir();
    cleanups.push(temp.remove);
    const local = { ...baseEnv, CLAIMS_DATA_DIR: temp.dir };
    assert.equal(claims(['ingest', ...files], local).status, 0);
    embedded = parseJsonl(claims(['export', '--format', 'jsonl'], local).stdout);

    const database = await createTestDatabase();
    cleanups.push(database.drop);
    const prefix = uniquePrefix();
    const env = { ...baseEnv, DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL, CLAIMS_QUEUE_PREFIX: prefix };
    assert.equal(claims(['migrate'], env).status, 0);
    for (let i = 0; i < 2; i++) {
      const worker = spawn(process.execPath, [BIN, 'worker', '--concurrency', '2'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
      workers.push(worker);
      let stderr = '';
      worker.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      while (!stderr.includes('running')) await once(worker.stderr!, 'data');
    }
    const ingested = claims(['ingest', '--wait', ...files], env);
    assert.equal(ingested.status, 0, ingested.stderr);
    services = parseJsonl(claims(['export', '--format', 'jsonl'], env).stdout);
    cleanups.push(() => clearQueues(prefix));
  });
  after(async () => {
    for (const worker of workers) {
      if (worker.exitCode === null) {
        worker.kill('SIGTERM');
        await once(worker, 'exit');
      }
    }
    for (const cleanup of cleanups) await cleanup();
  });

  test('workers stop cleanly on SIGTERM', async () => {
    const worker = workers.pop()!;
    worker.kill('SIGTERM');
    const [code] = await once(worker, 'exit');
    assert.equal(code, 0);
  });

  test('the foundation checks on the seeds hold on the embedded default', () => {
    const failed = checkSeedClaims(embedded).filter((c) => c.gate && !c.pass);
    assert.deepEqual(failed, []);
  });

  test('two workers on PostgreSQL and Redis give the same claims as the embedded default', () => {
    assert.ok(services.length > 0);
    assert.deepEqual(comparable(services), comparable(embedded));
  });
});
