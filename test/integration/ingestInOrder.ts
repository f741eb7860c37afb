// Integration-test helpers: ingest files one at a time into a fresh PostgreSQL database, and the articles
// of a figure reported with two values.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../jobs/config.ts';
import { planInputs } from '../../jobs/planInputs.ts';
import { openRuntime } from '../../jobs/runtime.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import { createTestDatabase } from './services.ts';

/** Ingests the files one at a time, in the given order, into a fresh PostgreSQL database (in-process jobs). */
export async function ingestInOrder(files: readonly string[], cleanups: Array<() => Promise<void>>): Promise<Runtime> {
  const database = await createTestDatabase();
  cleanups.push(database.drop);
  const runtime = await openRuntime(loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent' }));
  cleanups.unshift(() => runtime.close());
  for (const file of files) {
    const plan = await planInputs([file], { maxBytes: 1e6, runId: 'order' });
    const report = await runtime.run(plan.jobs, { wait: true });
    assert.deepEqual(report?.failures, []);
  }
  return runtime;
}

/**
 * Writes three articles into `dir`: WhatsApp's 100 million users in Russia (`right`), the same figure
 * misreported as 10 million (`wrong`), and Telegram's own 10 million (`other`).
 */
export async function writeRivalFigures(dir: string): Promise<{ right: string; wrong: string; other: string }> {
  const files = {
    right: ['right.txt', 'Messenger faces ban\n\nRegulators moved against WhatsApp on Friday. WhatsApp has more than 100 million users in Russia.\n'],
    wrong: ['wrong.txt', 'Ban looms for messenger\n\nRegulators moved against WhatsApp on Friday. WhatsApp has about 10 million users in Russia.\n'],
    other: ['other.txt', 'Rival app grows\n\nTelegram said on Friday that Telegram has 10 million users in Russia.\n'],
  } as const;
  const paths = { right: '', wrong: '', other: '' };
  for (const [key, [name, text]] of Object.entries(files) as Array<[keyof typeof files, readonly [string, string]]>) {
    paths[key] = path.join(dir, name);
    await fs.writeFile(paths[key], text);
  }
  return paths;
}
