/**
 * Trafilatura's benchmark metric (tests/evaluate.py), ported: each page has `with` snippets of its main text and
 * `without` snippets of its boilerplate; a snippet counts when it is a substring of the whitespace-normalised
 * extracted text. Counts are pooled over pages, not averaged per page.
 */

import fs from 'node:fs/promises';
import path from 'node:path';
import { decodeBody } from '../../ingest/decodeBody.ts';

/** One page of the benchmark: its key (usually its URL), HTML decoded as claimdesk decodes a file, snippets. */
export interface SnippetPage {
  key: string;
  url: string;
  html: string;
  with: readonly string[];
  without: readonly string[];
}

/** Pooled counts: tp/fn for `with` snippets found/missed, fp/tn for `without` snippets found/avoided. */
export interface SnippetCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface SnippetScores extends SnippetCounts {
  precision: number;
  recall: number;
  accuracy: number;
  f1: number;
}

/** Runs of whitespace become one space, ends trimmed; nothing else is normalised (the README's rule 1). */
export const normalizeSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The counts of one page's snippets in one extracted text (empty text: every `with` missed, every `without` avoided). */
export function countSnippets(page: Pick<SnippetPage, 'with' | 'without'>, extracted: string): SnippetCounts {
  const text = normalizeSpace(extracted);
  const found = (snippet: string): boolean => text !== '' && text.includes(normalizeSpace(snippet));
  const tp = page.with.filter(found).length;
  const fp = page.without.filter(found).length;
  return { tp, fn: page.with.length - tp, fp, tn: page.without.length - fp };
}

/** Pooled precision, recall, accuracy and F1 of per-page counts. */
export function scoreSnippets(pages: readonly SnippetCounts[]): SnippetScores {
  const sum = (pick: (c: SnippetCounts) => number): number => pages.reduce((n, c) => n + pick(c), 0);
  const tp = sum((c) => c.tp);
  const fp = sum((c) => c.fp);
  const fn = sum((c) => c.fn);
  const tn = sum((c) => c.tn);
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  return {
    tp,
    fp,
    fn,
    tn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    accuracy: ratio(tp + tn, tp + fp + fn + tn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
  };
}

/** Every page of the benchmark in `dir`, its file read from cache/ first, then eval/ (as the harness does). */
export async function readSnippetPages(dir: string): Promise<SnippetPage[]> {
  const raw = JSON.parse(await fs.readFile(path.join(dir, 'evaldata.json'), 'utf8')) as Record<
    string,
    { file: string; with?: string[]; without?: string[] }
  >;
  const pages: SnippetPage[] = [];
  for (const [key, entry] of Object.entries(raw)) {
    const bytes = await readFirst([path.join(dir, 'cache', entry.file), path.join(dir, 'eval', entry.file)]);
    pages.push({
      key,
      // A few keys are ids ('hard::...'), not URLs: extraction still needs a base URL.
      url: /^https?:\/\//.test(key) ? key : `https://example.invalid/${encodeURIComponent(entry.file)}`,
      html: decodeBody(bytes, null).text,
      with: entry.with ?? [],
      without: entry.without ?? [],
    });
  }
  return pages;
}

async function readFirst(files: readonly string[]): Promise<Uint8Array> {
  for (const file of files) {
    try {
      return await fs.readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  throw new Error(`none of ${files.join(', ')} exists`);
}
