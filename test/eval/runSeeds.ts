import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../jobs/config.ts';
import { planInputs } from '../../jobs/planInputs.ts';
import { openRuntime } from '../../jobs/runtime.ts';
import { streamClaims } from '../../store/exportClaims.ts';
import type { ClaimRecord } from '../../store/claimRecords.ts';

/** The shared folder beside the repository (CLAIMDESK_SHARED overrides). */
export const sharedDir = () =>
  process.env.CLAIMDESK_SHARED ?? path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../shared');

/** Ingests files into a fresh embedded database and returns every canonical claim. */
export async function claimsOfFiles(files: readonly string[]): Promise<ClaimRecord[]> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'claimdesk-eval-'));
  const runtime = await openRuntime(loadConfig({ CLAIMS_DATA_DIR: dataDir, LOG_LEVEL: 'error' }));
  try {
    const plan = await planInputs(files, { maxBytes: runtime.config.fetch.maxBytes, runId: 'eval' });
    if (plan.failures.length > 0) throw new Error(plan.failures.map((f) => `${f.subject}: ${f.error}`).join('; '));
    const report = await runtime.run(plan.jobs, { wait: true });
    if (report && report.failures.length > 0) {
      throw new Error(report.failures.map((f) => `${f.subject}: ${f.error}`).join('; '));
    }
    const claims: ClaimRecord[] = [];
    for await (const claim of streamClaims(runtime.db)) claims.push(claim);
    return claims;
  } finally {
    await runtime.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

/** The five seed articles' paths. */
export async function seedFiles(): Promise<string[]> {
  const dir = path.join(sharedDir(), 'fixtures', 'seeds');
  return (await fs.readdir(dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
}
