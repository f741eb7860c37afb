/**
 * Feed-parsing robustness on feedparser's test suite: the share of files parseFeed survives
 * (no exception, no hang past 2 s) and the pass rate of the expectations that map onto
 * ParsedFeed. Run: node --import tsx test/eval/scoreFeeds.ts [dir]
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { decodeBody } from '../../ingest/decodeBody.ts';
import { parseFeed } from '../../ingest/parseFeed.ts';
import type { ParsedFeed } from '../../ingest/types.ts';
import { compileExpectation } from './pythonExpectation.ts';

export const DEFAULT_DIR = resolve(import.meta.dirname, '../../../shared/eval/feedparser-tests');
const TIMEOUT_MS = 2000;

interface Expectation {
  path: string;
  suite: string;
  expect: string;
  http_headers: Record<string, string> | null;
}

type Outcome =
  { kind: 'parsed'; feed: ParsedFeed } | { kind: 'error'; name: string; message: string } | { kind: 'hang' };

export interface FeedScore {
  files: number;
  parsed: number;
  /** Files rejected with FeedParseError: a clean refusal, not a crash. */
  rejected: number;
  /** Any other exception: a bug. */
  crashed: number;
  hung: number;
  /**
   * Files parsed with their entries: parsed, and when the expectation speaks of entries
   * (other than `len(entries) == 0`) with at least one entry.
   */
  parsedWithEntries: number;
  /** Files whose expectation speaks of entries. */
  expectEntries: number;
  mapped: number;
  passed: number;
  bySuite: Record<string, { files: number; parsed: number; mapped: number; passed: number }>;
  crashes: string[];
}

/** Scores parseFeed on every file listed in `dir`/expectations.jsonl. Throws when the list cannot be read. */
export async function scoreFeeds(dir: string = DEFAULT_DIR): Promise<FeedScore> {
  const lines = (await readFile(join(dir, 'expectations.jsonl'), 'utf8'))
    .split('\n')
    .filter((line) => line.trim() !== '');
  const expectations = lines.map((line) => JSON.parse(line) as Expectation);
  const score: FeedScore = {
    files: 0,
    parsed: 0,
    rejected: 0,
    crashed: 0,
    hung: 0,
    parsedWithEntries: 0,
    expectEntries: 0,
    mapped: 0,
    passed: 0,
    bySuite: {},
    crashes: [],
  };
  const runner = new ParseRunner();
  try {
    for (const expectation of expectations) {
      const suite = (score.bySuite[expectation.suite] ??= { files: 0, parsed: 0, mapped: 0, passed: 0 });
      score.files++;
      suite.files++;
      const outcome = await runner.parse(
        join(dir, expectation.path),
        contentTypeOf(expectation.http_headers),
      );
      const wantsEntries = expectsEntries(expectation.expect);
      if (wantsEntries) score.expectEntries++;
      if (outcome.kind === 'parsed' && (!wantsEntries || outcome.feed.entries.length > 0))
        score.parsedWithEntries++;
      if (outcome.kind === 'hang') score.hung++;
      else if (outcome.kind === 'error' && outcome.name === 'FeedParseError') score.rejected++;
      else if (outcome.kind === 'error') {
        score.crashed++;
        score.crashes.push(`${expectation.path}: ${outcome.name}: ${outcome.message}`);
      } else {
        score.parsed++;
        suite.parsed++;
      }
      const check = compileExpectation(expectation.expect);
      if (check === null) continue;
      score.mapped++;
      suite.mapped++;
      if (outcome.kind === 'parsed' && check(outcome.feed)) {
        score.passed++;
        suite.passed++;
      }
    }
  } finally {
    await runner.close();
  }
  return score;
}

/** True when a feedparser expectation reads an entry, so a parse that finds none has lost it. */
export function expectsEntries(expect: string): boolean {
  return /\bentries\b/.test(expect) && !/len\(entries\)\s*==\s*0\b/.test(expect);
}

function contentTypeOf(headers: Record<string, string> | null): string | null {
  if (!headers) return null;
  const entry = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type');
  return entry?.[1] ?? null;
}

/** Workers do not inherit tsx's loader, so the worker registers it before loading this file. */
function startWorker(): Worker {
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const self = JSON.stringify(import.meta.url);
  return new Worker(`import(${api}).then((tsx) => { tsx.register(); return import(${self}); });`, {
    eval: true,
  });
}

/**
 * Parses in a worker so that a parse stuck in synchronous code can be killed at the deadline. The
 * deadline runs from when the worker has loaded the parser, so that a worker's start on a loaded
 * machine is not counted as the file's hang, and a file that passes the deadline gets a second try
 * on a fresh worker: a parse that really hangs hangs twice, one slowed by the machine rarely does.
 */
class ParseRunner {
  private worker: Promise<Worker> | null = null;

  async parse(path: string, contentType: string | null): Promise<Outcome> {
    const first = await this.parseOnce(path, contentType);
    return first.kind === 'hang' ? this.parseOnce(path, contentType) : first;
  }

  private async parseOnce(path: string, contentType: string | null): Promise<Outcome> {
    const worker = await (this.worker ??= readyWorker());
    return new Promise<Outcome>((resolveOutcome) => {
      const timer = setTimeout(() => {
        worker.removeAllListeners('message');
        void worker.terminate();
        this.worker = null;
        resolveOutcome({ kind: 'hang' });
      }, TIMEOUT_MS);
      worker.once('message', (outcome: Outcome) => {
        clearTimeout(timer);
        resolveOutcome(outcome);
      });
      worker.postMessage({ path, contentType });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await (await worker)?.terminate();
  }
}

/** A started worker, once it has loaded this file and says so. */
function readyWorker(): Promise<Worker> {
  const worker = startWorker();
  return new Promise<Worker>((resolveWorker, reject) => {
    worker.once('error', reject);
    worker.once('message', () => {
      worker.off('error', reject);
      resolveWorker(worker);
    });
  });
}

async function parseOne(path: string, contentType: string | null): Promise<Outcome> {
  try {
    const body = decodeBody(await readFile(path), contentType).text;
    return { kind: 'parsed', feed: await parseFeed(body, pathToFileURL(path).href) };
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    return { kind: 'error', name, message: message.split('\n')[0] ?? '' };
  }
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.postMessage('ready');
  port.on('message', (job: { path: string; contentType: string | null }) => {
    void parseOne(job.path, job.contentType).then((outcome) => port.postMessage(outcome));
  });
} else if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const score = await scoreFeeds(process.argv[2] ?? DEFAULT_DIR);
  const survived = score.parsed + score.rejected;
  console.log(`files: ${score.files}`);
  console.log(`no crash and no hang: ${survived}/${score.files} (${percent(survived, score.files)})`);
  console.log(
    `  parsed with entries: ${score.parsedWithEntries} (${percent(score.parsedWithEntries, score.files)})`,
  );
  console.log(`  parsed to a ParsedFeed: ${score.parsed} (${percent(score.parsed, score.files)})`);
  console.log(
    `  rejected with FeedParseError: ${score.rejected}; other exceptions: ${score.crashed}; hangs: ${score.hung}`,
  );
  console.log(
    `mapped expectations: ${score.mapped}; passed: ${score.passed} (${percent(score.passed, score.mapped)})`,
  );
  for (const [suite, s] of Object.entries(score.bySuite)) {
    console.log(
      `  ${suite}: parsed ${s.parsed}/${s.files}, expectations ${s.passed}/${s.mapped} (${percent(s.passed, s.mapped)})`,
    );
  }
  for (const crash of score.crashes.slice(0, 20)) console.log(`  crash: ${crash}`);
}
