// The embedded data folder's lock across real processes: several start at the same moment, with no lock,
// with a stale lock of a dead process, and with a takeover left half done by a crash; exactly one wins.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { lockDataDir } from '../../store/lockDataDir.ts';
import { REPO_ROOT, tempDir } from './services.ts';

const CONTENDERS = 4;
const ROUNDS = 4;
const HOLDER = path.join(REPO_ROOT, 'test', 'integration', 'lock', 'holdDataDirLock.ts');

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

/** A line-by-line reader of a child's stdout. */
function lines(child: ChildProcess): () => Promise<string> {
  let buffer = '';
  const waiting: Array<(line: string) => void> = [];
  const queued: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let end: number;
    while ((end = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 1);
      const next = waiting.shift();
      if (next) next(line);
      else queued.push(line);
    }
  });
  return () => new Promise((resolve) => {
    const line = queued.shift();
    if (line !== undefined) resolve(line);
    else waiting.push(resolve);
  });
}

/** Starts CONTENDERS processes, lets them all try at once, and returns what each said. */
async function race(dir: string): Promise<string[]> {
  const children = Array.from({ length: CONTENDERS }, () =>
    spawn(process.execPath, ['--import', 'tsx', HOLDER, dir], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'inherit'] }),
  );
  try {
    const readers = children.map(lines);
    for (const read of readers) assert.equal(await read(), 'ready');
    for (const child of children) child.stdin.write('go\n');
    return await Promise.all(readers.map((read) => read()));
  } finally {
    for (const child of children) child.stdin.end();
    await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)))));
  }
}

const winners = (said: string[]) => said.filter((line) => line === 'won').length;

describe('lockDataDir across processes', { timeout: 120_000 }, () => {
  test(`${CONTENDERS} processes at once, ${ROUNDS} rounds each: no lock, a stale lock, a crashed takeover; exactly one wins`, async () => {
    const temp = await tempDir();
    try {
      const lock = path.join(temp.dir, 'claimdesk.lock');
      const setups: Record<string, () => void> = {
        'no lock': () => undefined,
        'a stale lock': () => fs.writeFileSync(lock, `${deadPid()} stale`),
        'a stale lock of an older version (a bare pid)': () => fs.writeFileSync(lock, String(deadPid())),
        'a takeover left half done': () => {
          const stale = `${deadPid()} stale`;
          fs.writeFileSync(lock, stale);
          const guard = `${lock}.takeover-${createHash('sha256').update(stale).digest('hex').slice(0, 16)}`;
          fs.writeFileSync(guard, `${deadPid()} crashed`);
        },
      };
      for (const [what, setup] of Object.entries(setups)) {
        for (let round = 0; round < ROUNDS; round++) {
          setup();
          const said = await race(temp.dir);
          assert.equal(winners(said), 1, `${what}, round ${round + 1}: ${said.join(' | ')}`);
          for (const line of said.filter((l) => l !== 'won')) assert.match(line, /^locked .*in use by another claimdesk process \(pid \d+\)/);
          assert.ok(!fs.existsSync(lock), `${what}: the winner released it`);
          assert.deepEqual(fs.readdirSync(temp.dir), [], `${what}: no guard or temporary file is left`);
        }
      }
    } finally {
      await temp.remove();
    }
  });

  test('in one process: a live holder is refused, its release frees the folder, a fresh unreadable file is not stale', async () => {
    const temp = await tempDir();
    try {
      const release = lockDataDir(temp.dir);
      assert.throws(() => lockDataDir(temp.dir), /in use by another claimdesk process \(pid \d+\)/);
      release();
      release();
      const again = lockDataDir(temp.dir);
      again();
      fs.writeFileSync(path.join(temp.dir, 'claimdesk.lock'), '');
      const started = Date.now();
      const late = lockDataDir(temp.dir);
      assert.ok(Date.now() - started >= 1_500, 'an empty file just written is waited on, not taken at once');
      late();
    } finally {
      await temp.remove();
    }
  });
});
