#!/usr/bin/env node
// Runs the build in dist/ (`npm run build`, run by `npm install` through `prepare`) while it is fresh, else
// the TypeScript sources through tsx, so that a fresh clone needs no build step and an edited one never
// runs stale code. Compiling the sources at every start cost over a second of CPU (see README, Speed).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freshBuild } from './freshBuild.js';

const built = freshBuild(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
if (built) {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../app/cli.ts');
}
