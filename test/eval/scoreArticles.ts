/**
 * The article-extraction benchmark's own metric (scrapinghub/article-extraction-benchmark, evaluate.py),
 * ported: 4-token shingles of `\w+` tokens, TP/FP/FN per page as multisets normalised to sum 1,
 * precision and recall averaged over pages, F1 of the two averages.
 */

import fs from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One page of the benchmark: its id, URL, ground-truth body and decompressed HTML. */
export interface BenchmarkPage {
  id: string;
  url: string;
  truth: string;
  html: string;
}

export interface ArticleScores {
  precision: number;
  recall: number;
  f1: number;
}

/** Per-page shares of true positives, false positives and false negatives (summing to 1, or all 0). */
export type PageCounts = readonly [tp: number, fp: number, fn: number];

// Python's `\w` on str is Unicode-aware: letters (L*), numbers (N*) and the underscore; not combining marks.
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

/** Tokens of a text as the benchmark's `re.findall(r'\w+', text)`; case is kept. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Counted shingles of `size` tokens; a text shorter than `size` tokens is one short shingle, an empty one none. */
export function shinglesOf(text: string, size = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - size + 1); i += 1) {
    const shingle = tokens.slice(i, i + size);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Multiset matching of the shingles of a true and a predicted text, normalised so every page weighs the same. */
export function matchShingles(truth: string, prediction: string): PageCounts {
  const expected = shinglesOf(truth);
  const predicted = shinglesOf(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...expected.keys(), ...predicted.keys()])) {
    const e = expected.get(key) ?? 0;
    const p = predicted.get(key) ?? 0;
    tp += Math.min(e, p);
    fp += Math.max(0, p - e);
    fn += Math.max(0, e - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

/** Precision and recall averaged over the pages where they are defined, and F1 of those averages. */
export function scoresOf(pages: readonly PageCounts[]): ArticleScores {
  const precisions: number[] = [];
  const recalls: number[] = [];
  for (const [tp, fp, fn] of pages) {
    const perfect = fp === 0 && fn === 0;
    if (tp + fp > 0) precisions.push(perfect ? 1 : tp / (tp + fp));
    if (tp + fn > 0) recalls.push(perfect ? 1 : tp / (tp + fn));
  }
  const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Scores predicted bodies (id -> text) against the ground truth; a page with no prediction counts as empty. */
export function scoreBodies(truth: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): ArticleScores {
  return scoresOf([...truth].map(([id, body]) => matchShingles(body, predicted.get(id) ?? '')));
}

/** The ground truth, id -> article body, of the benchmark in `dir`. */
export async function readGroundTruth(dir: string): Promise<Map<string, { articleBody: string; url: string }>> {
  const raw = JSON.parse(await fs.readFile(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  return new Map(Object.entries(raw).map(([id, item]) => [id, { articleBody: item.articleBody ?? '', url: item.url ?? '' }]));
}

/** A published output file (id -> {articleBody}), plain or wrapped as {version, output}. */
export async function readReferenceOutput(file: string): Promise<Map<string, string>> {
  const raw = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>;
  const output = (typeof raw.output === 'object' && raw.output !== null ? raw.output : raw) as Record<string, { articleBody?: string }>;
  return new Map(Object.entries(output).map(([id, item]) => [id, item.articleBody ?? '']));
}

/** Every page of the benchmark with its HTML decompressed in memory (so timings measure extraction only). */
export async function readBenchmarkPages(dir: string): Promise<BenchmarkPage[]> {
  const truth = await readGroundTruth(dir);
  const pages: BenchmarkPage[] = [];
  for (const [id, item] of truth) {
    const html = gunzipSync(await fs.readFile(path.join(dir, 'html', `${id}.html.gz`))).toString('utf8');
    pages.push({ id, url: item.url, truth: item.articleBody, html });
  }
  return pages;
}
