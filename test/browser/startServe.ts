// Starting `claims serve` and Debian's Chromium for the browser tests.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { loadConfig } from '../../jobs/config.ts';
import { planInputs } from '../../jobs/planInputs.ts';
import { openRuntime } from '../../jobs/runtime.ts';
import { seedFiles } from '../eval/runSeeds.ts';
import { createTestDatabase, REPO_ROOT } from '../integration/services.ts';

export const CHROMIUM = process.env.CLAIMDESK_CHROMIUM ?? '/usr/bin/chromium';
// As root on a machine with no network: no sandbox, no GPU, and no background calls home.
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/** Starts `claims serve --port 0 ...args` and resolves with the URL it prints and what it said on stderr by then. */
export async function startServe(env: NodeJS.ProcessEnv, args: string[] = []): Promise<{ url: string; child: ChildProcess; stderr(): string }> {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'claims.js'), 'serve', '--port', '0', ...args], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /serving (http:\/\/\S+)/.exec(stderr);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  return { url, child, stderr: () => stderr };
}

/** A fresh database on the test server holding the five seed articles' claims; drop() removes it. */
export async function seededDatabase(runId: string): Promise<{ url: string; drop(): Promise<void> }> {
  const database = await createTestDatabase();
  const config = loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'error' });
  const runtime = await openRuntime(config);
  try {
    const plan = await planInputs(await seedFiles(), { maxBytes: config.fetch.maxBytes, runId });
    await runtime.run(plan.jobs, { wait: true });
  } finally {
    await runtime.close();
  }
  return database;
}
