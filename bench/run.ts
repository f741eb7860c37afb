/**
 * `npm run bench [-- PART [options]]...`: the benchmarks, one part after another, each in its own process
 * and printing its own table. Parts: `dedupe` (canonical claims at 10k/100k/1M mentions on PostgreSQL),
 * `ingest` (10,000 feeds polled for a simulated hour), `e2e` (pages end to end through Redis and PostgreSQL),
 * `doors` (search, claim page and export on 1M claims), `cli` (CPU and memory of one `claims` command). No part
 * named: all five, with their defaults.
 * Options go to the part named before them (`npm run bench -- dedupe --sizes 10k e2e --pages 200`);
 * options before any part name go to `dedupe`.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

const PARTS = {
  dedupe: 'runDedupe.ts',
  ingest: 'ingest/run.ts',
  e2e: 'e2e/run.ts',
  doors: 'doors/run.ts',
  cli: 'cli/run.ts',
} as const;
type Part = keyof typeof PARTS;

const isPart = (arg: string): arg is Part => Object.hasOwn(PARTS, arg);

/** Splits the arguments into parts, each with the options that follow it. */
export function planParts(argv: readonly string[]): Array<{ part: Part; args: string[] }> {
  const plan: Array<{ part: Part; args: string[] }> = [];
  for (const arg of argv) {
    if (isPart(arg)) plan.push({ part: arg, args: [] });
    else if (!arg.startsWith('-') && plan.length === 0) {
      throw new Error(`unknown bench part "${arg}": use ${Object.keys(PARTS).join(', ')}`);
    } else {
      if (plan.length === 0) plan.push({ part: 'dedupe', args: [] });
      plan[plan.length - 1]?.args.push(arg);
    }
  }
  return plan.length > 0 ? plan : (Object.keys(PARTS) as Part[]).map((part) => ({ part, args: [] }));
}

function runPart(part: Part, args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(HERE, PARTS[part]), ...args], {
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<void> {
  const plan = planParts(process.argv.slice(2));
  const failed: string[] = [];
  for (const { part, args } of plan) {
    process.stderr.write(`\n=== bench: ${part} ${args.join(' ')}\n`);
    const started = Date.now();
    const code = await runPart(part, args);
    process.stderr.write(
      `=== bench: ${part} ${code === 0 ? 'done' : `FAILED (exit ${code})`} in ${((Date.now() - started) / 60_000).toFixed(1)} min\n`,
    );
    if (code !== 0) failed.push(part);
  }
  if (failed.length > 0) {
    process.stderr.write(`bench: failed parts: ${failed.join(', ')}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
