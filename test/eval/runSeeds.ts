import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../jobs/config.ts';
import { planInputs } from '../../jobs/planInputs.ts';
import { openRuntime } from '../../jobs/runtime.ts';
import { streamClaims } from '../../store/exportClaims.ts';
import type { ClaimRecord } from '../../store/claimRecords.ts';
import type { Db } from '../../store/db.ts';
import type { MentionRow } from '../../store/exportMentions.ts';
import { streamMentions } from '../../store/exportMentions.ts';

/** The shared folder beside the repository (CLAIMDESK_SHARED overrides). */
export const sharedDir = () =>
  process.env.CLAIMDESK_SHARED ?? path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../shared');

/** Ingests files into a fresh embedded database through the pipeline, reads what `read` wants from it, and drops it. */
async function readIngested<T>(files: readonly string[], read: (db: Db) => Promise<T>): Promise<T> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'claimdesk-eval-'));
  const runtime = await openRuntime(loadConfig({ CLAIMS_DATA_DIR: dataDir, LOG_LEVEL: 'error' }));
  try {
    const plan = await planInputs(files, { maxBytes: runtime.config.fetch.maxBytes, runId: 'eval' });
    if (plan.failures.length > 0) throw new Error(plan.failures.map((f) => `${f.subject}: ${f.error}`).join('; '));
    const report = await runtime.run(plan.jobs, { wait: true });
    if (report && report.failures.length > 0) {
      throw new Error(report.failures.map((f) => `${f.subject}: ${f.error}`).join('; '));
    }
    return await read(runtime.db);
  } finally {
    await runtime.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

/** Ingests files into a fresh embedded database and returns every canonical claim. */
export function claimsOfFiles(files: readonly string[]): Promise<ClaimRecord[]> {
  return readIngested(files, async (db) => {
    const claims: ClaimRecord[] = [];
    for await (const claim of streamClaims(db)) claims.push(claim);
    return claims;
  });
}

/** Ingests files into a fresh embedded database and returns every stored mention with its claim (the export's rows). */
export function mentionsOfFiles(files: readonly string[]): Promise<MentionRow[]> {
  return readIngested(files, async (db) => {
    const rows: MentionRow[] = [];
    for await (const row of streamMentions(db)) rows.push(row);
    return rows;
  });
}

/** As mentionsOfFiles, with the story each article (by URL) was placed in. */
export function mentionsAndStoriesOfFiles(files: readonly string[]): Promise<{ rows: MentionRow[]; stories: Map<string, string> }> {
  return readIngested(files, async (db) => {
    const rows: MentionRow[] = [];
    for await (const row of streamMentions(db)) rows.push(row);
    const articles = await db.query<{ url: string; story_id: string }>('SELECT a.url, s.story_id FROM articles a JOIN article_stories s ON s.article_id = a.id');
    return { rows, stories: new Map(articles.map((a) => [a.url, a.story_id])) };
  });
}

/** The five seed articles' paths. */
export async function seedFiles(): Promise<string[]> {
  const dir = path.join(sharedDir(), 'fixtures', 'seeds');
  return (await fs.readdir(dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
}
