import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { embeddedSocketPath } from '../../store/embeddedSocketPath.ts';
import { REPO_ROOT, tempDir, TEST_CORPUS } from './services.ts';

const BIN = path.join(REPO_ROOT, 'bin', 'claims.js');

describe('claims serve shares the embedded database with the other commands', () => {
  let dir: string;
  let remove: () => Promise<void>;
  let env: NodeJS.ProcessEnv;
  let serve: ChildProcess;
  let base: string;
  const claims = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 120_000 });

  before(async () => {
    ({ dir, remove } = await tempDir());
    env = { ...process.env, DATABASE_URL: '', REDIS_URL: '', LOG_LEVEL: 'error', CLAIMS_DATA_DIR: path.join(dir, 'data') };
    serve = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    serve.stderr?.setEncoding('utf8');
    base = await new Promise<string>((resolve, reject) => {
      serve.stderr?.on('data', (chunk: string) => {
        stderr += chunk;
        const url = /serving (http:\/\/\S+)/.exec(stderr)?.[1];
        if (url) resolve(url);
      });
      serve.once('exit', () => reject(new Error(`serve exited: ${stderr}`)));
    });
  });
  after(async () => {
    if (serve.exitCode === null) {
      serve.kill('SIGINT');
      await once(serve, 'exit');
    }
    await remove();
  });

  test('ingest, search and status run while serve runs, and the page sees what they stored', async () => {
    const ingest = claims(['ingest', path.join(TEST_CORPUS, '01_harbourview-times.txt')]);
    assert.equal(ingest.status, 0, ingest.stderr);
    const search = claims(['search', '--json']);
    assert.equal(search.status, 0, search.stderr);
    const found = search.stdout.trim().split('\n').filter(Boolean);
    assert.ok(found.length > 0, 'the claims ingested beside serve are found');
    const status = claims(['status']);
    assert.match(status.stdout, /shared by claims serve \(pid \d+\)/);
    const api = (await (await fetch(`${base}/api/status`)).json()) as { counts: { articles: number } };
    assert.equal(api.counts.articles, 1);
    // An error in one command leaves the shared database working for the next.
    const bad = claims(['search', '--after', 'not-a-cursor']);
    assert.notEqual(bad.status, 0);
    assert.equal(claims(['search', '--json']).stdout, search.stdout);
  });

  test('once serve stops, the socket is gone and commands open the folder themselves', async () => {
    serve.kill('SIGINT');
    const [code] = (await once(serve, 'exit')) as [number | null];
    assert.equal(code, 0);
    assert.equal(existsSync(embeddedSocketPath(env.CLAIMS_DATA_DIR!)), false);
    const status = claims(['status']);
    assert.equal(status.status, 0, status.stderr);
    assert.doesNotMatch(status.stdout, /shared by claims serve/);
  });
});
