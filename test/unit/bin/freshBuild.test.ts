import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { freshBuild } from '../../../bin/freshBuild.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'claimdesk-fresh-build-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Writes a file of the fake package with the given modification time (seconds since the epoch). */
function put(file: string, mtime: number, text = ''): void {
  const full = path.join(root, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
  utimesSync(full, mtime, mtime);
}

test('the build runs only while it is newer than every source it was built from', () => {
  put('tsconfig.build.json', 100, JSON.stringify({ include: ['errors.ts', 'app', 'store'] }));
  put('errors.ts', 100);
  put('app/cli.ts', 100);
  put('store/db.ts', 100);
  assert.equal(freshBuild(root), null, 'no build yet: the sources run');

  const entry = path.join(root, 'dist', 'app', 'cli.js');
  put('dist/app/cli.js', 200);
  assert.equal(freshBuild(root), entry);

  put('store/deep/newer.ts', 300);
  assert.equal(freshBuild(root), null, 'a file edited (or added, or checked out) after the build: the sources run');
  put('dist/app/cli.js', 400);
  assert.equal(freshBuild(root), entry, 'built again');

  put('errors.ts', 500);
  assert.equal(freshBuild(root), null, 'a root file counts too');
  put('dist/app/cli.js', 600);
  put('notes/other.ts', 700);
  put('app/readme.md', 700);
  assert.equal(freshBuild(root), entry, 'files the build does not include, or that are not TypeScript, do not count');
});
