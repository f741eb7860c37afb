/** PolNeAR quote-attribution score of extractQuotes: direct-quote P/R/F1 and speaker accuracy on matches. */

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractQuotes } from '../../extract/extractQuotes.ts';
import type { ExtractedMention } from '../../extract/types.ts';

export interface PolnearScore {
  documents: number;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of predictions lying inside some gold Content span (partial quotes in reported speech). */
  lenientPrecision: number;
  speakerChecked: number;
  speakerAccuracy: number;
}

interface GoldQuote {
  start: number;
  end: number;
  source: string | null;
}

interface Span {
  start: number;
  end: number;
  text: string;
  label: string;
}

const OPENING_MARK = /^["“‘'«„]/;
const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'mr', 'mr.', 'mrs', 'ms', 'dr', 'said', 'his', 'her', 'its', 'for']);

/** Score extractQuotes on the dev split of PolNeAR under `dir` (the corpus root); `limit` caps the documents. */
export function scorePolnear(dir: string, limit?: number): PolnearScore {
  const textDir = join(dir, 'data', 'dev', 'text');
  const annDir = join(dir, 'data', 'dev', 'attributions');
  const annotations = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const byText = new Map<string, string>();
  // Several annotators may cover one article: score against the first annotation only.
  for (const ann of annotations) {
    const base = ann.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!byText.has(base)) byText.set(base, ann);
  }
  const docs = [...byText.entries()].slice(0, limit ?? Infinity);
  let gold = 0, predicted = 0, matched = 0, inside = 0, speakerChecked = 0, speakerRight = 0;
  for (const [base, ann] of docs) {
    const text = readFileSync(join(textDir, `${base}.txt`), 'utf8');
    const { direct, contents } = readAnnotation(readFileSync(join(annDir, ann), 'utf8'));
    const predictions = extractQuotes(text);
    gold += direct.length;
    predicted += predictions.length;
    inside += predictions.filter((p) => contents.some((c) => p.start >= c.start - 2 && p.end <= c.end + 2)).length;
    const used = new Set<ExtractedMention>();
    for (const g of direct) {
      const hit = predictions.find((p) => !used.has(p) && overlapEnough(p, g));
      if (!hit) continue;
      used.add(hit);
      matched += 1;
      if (g.source === null) continue;
      speakerChecked += 1;
      if (speakerMatches(hit, g.source)) speakerRight += 1;
    }
  }
  const precision = predicted === 0 ? 0 : matched / predicted;
  const recall = gold === 0 ? 0 : matched / gold;
  return {
    documents: docs.length,
    gold,
    predicted,
    matched,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    lenientPrecision: predicted === 0 ? 0 : inside / predicted,
    speakerChecked,
    speakerAccuracy: speakerChecked === 0 ? 0 : speakerRight / speakerChecked,
  };
}

function readAnnotation(ann: string): { direct: GoldQuote[]; contents: Span[] } {
  const spans = new Map<string, Span>();
  const direct: GoldQuote[] = [];
  const contents: Span[] = [];
  const lines = ann.split('\n');
  for (const line of lines) {
    const m = /^(T\d+)\t(\w+) ([\d ;]+)\t(.*)$/.exec(line);
    if (!m) continue;
    const offsets = (m[3] ?? '').split(/[ ;]/).map(Number);
    const span: Span = { start: Math.min(...offsets), end: Math.max(...offsets), text: m[4] ?? '', label: m[2] ?? '' };
    spans.set(m[1] ?? '', span);
    if (span.label === 'Content') contents.push(span);
  }
  for (const line of lines) {
    if (!line.startsWith('E')) continue;
    const roles = new Map((line.split('\t')[1] ?? '').split(' ').map((part) => part.split(':') as [string, string]));
    const content = spans.get(roles.get('Content') ?? '');
    if (!content || !OPENING_MARK.test(content.text.trim())) continue;
    direct.push({ start: content.start, end: content.end, source: spans.get(roles.get('Source') ?? '')?.text ?? null });
  }
  return { direct, contents };
}

function overlapEnough(p: { start: number; end: number }, g: { start: number; end: number }): boolean {
  const overlap = Math.min(p.end, g.end) - Math.max(p.start, g.start);
  return overlap > 0 && overlap >= Math.max(p.end - p.start, g.end - g.start) / 2;
}

function words(text: string): string[] {
  return text.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !STOP.has(w));
}

function speakerMatches(p: ExtractedMention, source: string): boolean {
  const goldWords = words(source);
  const head = goldWords[goldWords.length - 1];
  return [p.speaker, p.speakerRaw].some((candidate) => {
    if (candidate === null) return false;
    const predicted = words(candidate);
    return predicted.some((w) => goldWords.includes(w)) || (head !== undefined && predicted.includes(head));
  });
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const shared = process.env.CLAIMDESK_SHARED ?? join(root, '..', 'shared');
  const limit = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
  const score = scorePolnear(join(shared, 'eval', 'polnear'), limit);
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  console.log(`PolNeAR dev: ${score.documents} documents, ${score.gold} gold direct quotes, ${score.predicted} predicted, ${score.matched} matched`);
  console.log(`direct quotes: P ${pct(score.precision)}  R ${pct(score.recall)}  F1 ${pct(score.f1)}  (lenient P ${pct(score.lenientPrecision)})`);
  console.log(`speaker accuracy on matched: ${pct(score.speakerAccuracy)} of ${score.speakerChecked}`);
}
