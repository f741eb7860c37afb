/**
 * `npm run bench -- dedupe [--sizes 10k,100k,1M] [--seed N] [--workers 2] [--max-minutes 40] [--keep] [--no-naive]` (or `npm run bench:dedupe`):
 * the dedupe bench on PostgreSQL (CLAIMDESK_BENCH_DATABASE_URL, an admin connection allowed to create
 * databases). Prints a table to stdout, progress to stderr, and writes bench/results/latest.json.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { SizeResult } from './benchDedupe.ts';
import { benchDedupe } from './benchDedupe.ts';
import { generateCorpus } from './generateCorpus.ts';
import { sampleMemory } from './memorySampler.ts';
import { runNaiveBaseline } from './naiveBaseline.ts';
import { scorePairwise } from './pairwiseScores.ts';
import { printTable } from './printTable.ts';
import type { BenchReport } from './printTable.ts';

const NAIVE_SIZE = 10_000;

/** "10k" -> 10000, "1M" -> 1000000. */
function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!match) throw new RangeError(`bad size "${text}": use a count such as 5000, 10k or 1M`);
  const scale = { '': 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[match[2] as '' | 'k' | 'K' | 'm' | 'M'];
  return Math.round(Number(match[1]) * scale);
}

const sizeLabel = (n: number) => (n % 1e6 === 0 ? `${n / 1e6}m` : n % 1e3 === 0 ? `${n / 1e3}k` : String(n));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10k,100k,1M' },
      seed: { type: 'string', default: '20241' },
      workers: { type: 'string', default: '2' },
      'max-minutes': { type: 'string', default: '40' },
      keep: { type: 'boolean', default: false },
      'no-naive': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map(parseSize).sort((a, b) => a - b);
  const seed = Number(values.seed);
  const workers = Number(values.workers);
  const maxMinutes = Number(values['max-minutes']);
  const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
  const sampler = sampleMemory();
  const results: SizeResult[] = [];
  const skipped: Array<{ label: string; estimatedMinutes: number }> = [];

  let naive: BenchReport['naive'] = null;
  if (!values['no-naive']) {
    log(`naive all-pairs baseline at ${NAIVE_SIZE.toLocaleString('en-US')} mentions (in memory)`);
    const run = runNaiveBaseline(generateCorpus({ seed, mentions: NAIVE_SIZE }));
    naive = { mentions: run.mentions, seconds: run.seconds, mentionsPerSecond: run.mentions / run.seconds, scores: scorePairwise(run.labels) };
    log(`naive: ${run.seconds.toFixed(1)} s, ${Math.round(naive.mentionsPerSecond)} mentions/s`);
  }

  for (const size of sizes) {
    const label = sizeLabel(size);
    const estimate = estimateMinutes(results, size);
    if (estimate !== null) {
      log(`[${label}] estimated merge time from the previous sizes: ${estimate.toFixed(0)} min`);
      if (maxMinutes > 0 && estimate > maxMinutes) {
        log(`[${label}] skipped: estimate above --max-minutes ${maxMinutes} (pass --max-minutes 0 to run it anyway)`);
        skipped.push({ label, estimatedMinutes: estimate });
        continue;
      }
    }
    results.push(await benchDedupe(label, size, { seed, workers, sampler, keep: values.keep, log }));
    // A long run keeps what it has measured: the sizes done so far are written (and shown) after each one.
    if (size !== sizes.at(-1)) {
      const partial = await writeReport({ date: new Date().toISOString(), seed, workers, results, naive, skipped, partial: true });
      process.stderr.write(printTable(partial));
      log(`sizes so far written to ${path.relative(process.cwd(), REPORT_PATH)}`);
    }
  }
  sampler.stop();

  const report = await writeReport({ date: new Date().toISOString(), seed, workers, results, naive, skipped });
  process.stdout.write(printTable(report));
  log(`wrote ${path.relative(process.cwd(), REPORT_PATH)}`);
}

const REPORT_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results', 'latest.json');

type Report = BenchReport & { date: string; partial?: true };

async function writeReport(report: Report): Promise<Report> {
  await fs.mkdir(path.dirname(REPORT_PATH), { recursive: true });
  await fs.writeFile(REPORT_PATH, `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

/**
 * Minutes the merge of `size` mentions should take: the last size's cost per mention, grown by the
 * growth seen between the last two sizes (per tenfold), scaled to size. Null before the first run.
 */
function estimateMinutes(results: readonly SizeResult[], size: number): number | null {
  const last = results[results.length - 1];
  if (!last) return null;
  const before = results[results.length - 2];
  let perMention = last.msPerMention;
  if (before) {
    const growthPerDecade = Math.pow(last.msPerMention / before.msPerMention, 1 / Math.log10(last.mentions / before.mentions));
    perMention *= Math.pow(Math.max(1, growthPerDecade), Math.log10(size / last.mentions));
  }
  return (perMention * size) / 60_000;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
