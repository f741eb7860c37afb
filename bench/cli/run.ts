/**
 * `npm run bench -- cli [--runs 5]`: what one `claims` command costs at the command line, on the embedded
 * default (PGlite) holding the demo corpus: CPU seconds (user + system) and peak RSS of the whole process,
 * per command, beside `node -e 0` measured in the same run. The median of the runs is printed. `--root DIR`
 * measures the `claims` of another checkout (an older commit, for a before and after).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { freshBuild } from '../../bin/freshBuild.js';
import { table } from '../printTable.ts';

const HERE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The commands measured: a label and the arguments of `claims` (null: `node -e 0`, the floor). */
const COMMANDS: ReadonlyArray<{ label: string; args: string[] | null }> = [
  { label: 'node -e 0', args: null },
  { label: 'claims --help', args: ['--help'] },
  { label: 'claims search water', args: ['search', 'water'] },
  { label: 'claims status', args: ['status'] },
];

/**
 * A module each measured process loads first: at exit it writes its own resource usage to a file, so
 * the figures are the process's whole CPU and peak RSS, on any platform, without a `time` binary.
 */
const USAGE_HOOK = `data:text/javascript,${encodeURIComponent(
  "import fs from 'node:fs'; process.on('exit', () => fs.writeFileSync(process.env.CLAIMDESK_BENCH_USAGE, JSON.stringify(process.resourceUsage())));",
)}`;

interface Sample {
  cpuSeconds: number;
  peakMb: number;
}

/** Runs one command once and reads what it used. */
function measure(bin: string, args: string[] | null, env: NodeJS.ProcessEnv, usageFile: string): Sample {
  const argv = args === null ? ['--import', USAGE_HOOK, '-e', '0'] : ['--import', USAGE_HOOK, bin, ...args];
  const result = spawnSync(process.execPath, argv, { env: { ...env, CLAIMDESK_BENCH_USAGE: usageFile }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args?.join(' ') ?? 'node -e 0'} failed: ${result.stderr}`);
  const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as NodeJS.ResourceUsage;
  return { cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, peakMb: usage.maxRSS / 1024 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function main(): void {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, root: { type: 'string', default: HERE } } });
  const root = path.resolve(values.root);
  const bin = path.join(root, 'bin', 'claims.js');
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError('--runs must be a positive whole number');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-bench-cli-'));
  try {
    const env = { ...process.env, DATABASE_URL: '', REDIS_URL: '', LOG_LEVEL: 'error', CLAIMS_DATA_DIR: path.join(dir, 'data') };
    // An older checkout (--root) may predate the build: it runs its sources through tsx.
    const built = fs.existsSync(path.join(root, 'bin', 'freshBuild.js')) && freshBuild(root) !== null;
    process.stderr.write(`bench:cli: ${built ? 'the build in dist/' : 'the sources through tsx (dist/ is missing or stale: npm run build)'}\n`);
    process.stderr.write('bench:cli: ingesting the demo corpus into a fresh data folder (not measured)\n');
    const demo = spawnSync(process.execPath, [bin, 'demo'], { env, encoding: 'utf8' });
    if (demo.status !== 0) throw new Error(`claims demo failed: ${demo.stderr}`);
    const usageFile = path.join(dir, 'usage.json');
    const samples = new Map(COMMANDS.map((c) => [c.label, [] as Sample[]]));
    // Round-robin, so that a busy moment of the machine falls on every command alike.
    for (let run = 0; run < runs; run++) {
      for (const command of COMMANDS) samples.get(command.label)?.push(measure(bin, command.args, env, usageFile));
    }
    const rows = COMMANDS.map(({ label }) => {
      const s = samples.get(label) ?? [];
      return [label, median(s.map((x) => x.cpuSeconds)).toFixed(2), median(s.map((x) => x.peakMb)).toFixed(0)];
    });
    process.stdout.write(`${root}\n${table(['command', 'CPU s (median)', 'peak RSS MB (median)'], rows)}\n(${runs} runs each)\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`bench:cli failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
