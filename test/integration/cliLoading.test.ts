import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO_ROOT, tempDir } from './services.ts';

const BIN = path.join(REPO_ROOT, 'bin', 'claims.js');

/** A module hook that prints, on stderr, every package a process loads: `loads PACKAGE`. */
const TRACE = `data:text/javascript,${encodeURIComponent(`
import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`
  const seen = new Set();
  export async function resolve(specifier, context, next) {
    const resolved = await next(specifier, context);
    const name = /node_modules\\\\/((?:@[^/]+\\\\/)?[^/]+)/.exec(resolved.url)?.[1];
    if (name && !seen.has(name)) { seen.add(name); process.stderr.write('loads ' + name + '\\\\n'); }
    return resolved;
  }\`));
`)}`;

/** What runs the sources when the build in dist/ is stale or missing (bin/claims.js). */
const SOURCE_RUNNER = new Set(['tsx', 'esbuild', 'get-tsconfig', 'resolve-pkg-maps']);

/** The packages `claims ARGS` loads, in the order it loads them, the source runner left out. */
function packagesLoaded(args: string[], env: NodeJS.ProcessEnv): string[] {
  const result = spawnSync(process.execPath, ['--import', TRACE, BIN, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  assert.equal(result.status, 0, result.stderr);
  return [...result.stderr.matchAll(/^loads (\S+)$/gm)].map((m) => m[1]!).filter((name) => !SOURCE_RUNNER.has(name));
}

/** What a command that reads the embedded database never needs. */
const PIPELINE_AND_SERVERS = ['pg', 'bullmq', 'ioredis', 'cheerio', 'natural', 'undici', 'rss-parser', 'hono', 'csv-stringify'];

describe('the CLI loads what each command uses, when it runs', () => {
  let dir: string;
  let remove: () => Promise<void>;
  let env: NodeJS.ProcessEnv;
  before(async () => {
    ({ dir, remove } = await tempDir());
    env = { ...process.env, DATABASE_URL: '', REDIS_URL: '', LOG_LEVEL: 'error', CLAIMS_DATA_DIR: path.join(dir, 'data') };
  });
  after(() => remove());

  test('--help loads no database, queue, extraction or validation library', () => {
    assert.deepEqual(packagesLoaded(['--help'], env), ['commander']);
    assert.deepEqual(packagesLoaded(['search', '--help'], env), ['commander']);
  });

  test('search and status on the embedded default load PGlite and none of the pipeline or the servers', () => {
    for (const args of [['search', 'water'], ['status']]) {
      const loaded = packagesLoaded(args, env);
      assert.ok(loaded.includes('@electric-sql/pglite'), `${args[0]}: ${loaded.join(', ')}`);
      assert.deepEqual(
        loaded.filter((p) => PIPELINE_AND_SERVERS.includes(p)),
        [],
        `${args[0]} loads ${loaded.join(', ')}`,
      );
    }
  });
});
