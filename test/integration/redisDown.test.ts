import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO_ROOT, tempDir } from './services.ts';

const BIN = path.join(REPO_ROOT, 'bin', 'claims.js');

/** A port nothing listens on: taken from the system, then let go. */
async function closedPort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('REDIS_URL that does not answer (embedded database)', () => {
  let env: NodeJS.ProcessEnv;
  let port: number;
  let removeDir: () => Promise<void>;

  before(async () => {
    const temp = await tempDir();
    removeDir = temp.remove;
    port = await closedPort();
    env = { ...process.env, DATABASE_URL: '', REDIS_URL: `redis://127.0.0.1:${port}`, CLAIMS_DATA_DIR: temp.dir, LOG_LEVEL: 'info' };
  });
  after(() => removeDir());

  for (const args of [['status'], ['search', 'Peskov'], ['ingest', path.join(REPO_ROOT, 'app', 'demo', 'corpus')]]) {
    test(`claims ${args[0]} fails within 10 s with one line naming Redis`, () => {
      const started = Date.now();
      const result = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 30_000 });
      const seconds = (Date.now() - started) / 1000;
      assert.equal(result.status, 1, result.stderr);
      assert.ok(seconds < 10, `took ${seconds} s`);
      assert.deepEqual(result.stderr.trim().split('\n'), [
        `claims: Redis at 127.0.0.1:${port} (REDIS_URL) does not answer: connect ECONNREFUSED 127.0.0.1:${port}`,
      ]);
    });
  }

  test('claims serve starts anyway and says it on /healthz, the page and /jobs', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { env: { ...env, LOG_LEVEL: 'error' }, stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      let stderr = '';
      child.stderr.setEncoding('utf8');
      const url = await new Promise<string>((resolve, reject) => {
        child.stderr.on('data', (chunk: string) => {
          stderr += chunk;
          const match = /serving (http:\/\/\S+)/.exec(stderr);
          if (match) resolve(match[1]!);
        });
        child.once('exit', () => reject(new Error(`serve exited: ${stderr}`)));
      });
      const problem = `Redis at 127.0.0.1:${port} (REDIS_URL) does not answer: connect ECONNREFUSED 127.0.0.1:${port}`;
      const health = await fetch(`${url}/healthz`);
      assert.equal(health.status, 503);
      assert.deepEqual(await health.json(), { ok: false, database: 'ok', redis: problem });
      const page = await (await fetch(`${url}/`)).text();
      assert.ok(page.includes(`<p class="warn" role="alert">${problem}</p>`));
      const jobs = await fetch(`${url}/jobs`, { signal: AbortSignal.timeout(5_000) });
      assert.equal(jobs.status, 200);
      assert.ok((await jobs.text()).includes(problem));
      const status = (await (await fetch(`${url}/api/status`)).json()) as { redis: string; queues: unknown };
      assert.equal(status.redis, problem);
      assert.equal(status.queues, null);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });
});
