/**
 * PolNeAR attribution score of extractMentions: P/R/F1 for all attributions and for direct quotes alone, and
 * speaker accuracy on matched quotes. A prediction matches a gold Content span when they overlap by at least
 * half of the longer one; discontinuous spans (a split or continued quote) count by their fragments.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractMentions } from '../../extract/extractMentions.ts';
import type { ExtractedMention } from '../../extract/types.ts';

export type PolnearSplit = 'train' | 'dev';

export interface DetectionScore {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Matched pairs whose gold attribution names a source, and how many of them we gave the right speaker. */
  speakerChecked: number;
  speakerAccuracy: number;
}

export interface PolnearScore {
  split: PolnearSplit;
  documents: number;
  /** Every gold Content span against every quote or statement we predict. */
  all: DetectionScore;
  /** Gold Content starting with a quote mark against our direct quotes (kind 'quote'). */
  direct: DetectionScore;
  /** Matched attributions (direct or not) whose speaker is not the gold source's. */
  misses: SpeakerMiss[];
}

export interface SpeakerMiss {
  doc: string;
  gold: string;
  speaker: string | null;
  raw: string | null;
  /** Where the matched mention stands in the document, and the document's text. */
  start: number;
  text: string;
}

type Fragment = readonly [number, number];

interface GoldAttribution {
  fragments: Fragment[];
  direct: boolean;
  source: string | null;
}

interface Prediction {
  fragments: Fragment[];
  direct: boolean;
  mention: ExtractedMention;
}

const OPENING_MARK = /^["“‘'«„]/;
const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'mr', 'mrs', 'ms', 'dr', 'said', 'his', 'her', 'its', 'for', 'to', 'in', 'on', 'who', 'at']);

/**
 * Score the extraction on one split of PolNeAR under `dir` (the corpus root); `limit` caps the documents, `keep`
 * chooses them by base name (the train misses are read on the labelled set's tune side only).
 */
export function scorePolnear(dir: string, split: PolnearSplit, limit?: number, keep: (base: string) => boolean = () => true): PolnearScore {
  const textDir = join(dir, 'data', split, 'text');
  const annDir = join(dir, 'data', split, 'attributions');
  const annotations = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const byText = new Map<string, string>();
  // Several annotators may cover one article: score against the first annotation only.
  for (const ann of annotations) {
    const base = ann.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!byText.has(base)) byText.set(base, ann);
  }
  const docs = [...byText.entries()].filter(([base]) => keep(base)).slice(0, limit ?? Infinity);
  const all = new Tally();
  const direct = new Tally();
  for (const [base, ann] of docs) {
    // brat offsets count code points; these texts hold no character outside the BMP and no CR (all 91,459
    // contiguous spans of train and dev match their text), so they index the UTF-16 string as they are.
    const text = readFileSync(join(textDir, `${base}.txt`), 'utf8');
    const gold = readAnnotation(readFileSync(join(annDir, ann), 'utf8'), text);
    const predictions = groupPredictions(extractMentions(text).mentions);
    all.add(gold, predictions, base, text);
    direct.add(gold.filter((g) => g.direct), predictions.filter((p) => p.direct));
  }
  return { split, documents: docs.length, all: all.score(), direct: direct.score(), misses: all.misses };
}

class Tally {
  private gold = 0;
  private predicted = 0;
  private matched = 0;
  private speakerChecked = 0;
  private speakerRight = 0;
  /** Matched attributions whose speaker is not the gold source's. */
  readonly misses: SpeakerMiss[] = [];

  add(gold: GoldAttribution[], predictions: Prediction[], doc = '', text = ''): void {
    this.gold += gold.length;
    this.predicted += predictions.length;
    const used = new Set<Prediction>();
    for (const g of gold) {
      let best: Prediction | null = null;
      let bestOverlap = 0;
      for (const p of predictions) {
        if (used.has(p)) continue;
        const overlap = overlapOf(p.fragments, g.fragments);
        if (overlap > bestOverlap && overlap >= Math.max(lengthOf(p.fragments), lengthOf(g.fragments)) / 2) {
          best = p;
          bestOverlap = overlap;
        }
      }
      if (best === null) continue;
      used.add(best);
      this.matched += 1;
      if (g.source === null) continue;
      this.speakerChecked += 1;
      if (speakerMatches(best.mention, g.source)) this.speakerRight += 1;
      else this.misses.push({ doc, gold: g.source, speaker: best.mention.speaker, raw: best.mention.speakerRaw, start: best.mention.start, text });
    }
  }

  score(): DetectionScore {
    const precision = this.predicted === 0 ? 0 : this.matched / this.predicted;
    const recall = this.gold === 0 ? 0 : this.matched / this.gold;
    return {
      gold: this.gold,
      predicted: this.predicted,
      matched: this.matched,
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
      speakerChecked: this.speakerChecked,
      speakerAccuracy: this.speakerChecked === 0 ? 0 : this.speakerRight / this.speakerChecked,
    };
  }
}

/** Quotes and statements; the parts of one attribution (same `relation`) are one prediction. */
function groupPredictions(mentions: ExtractedMention[]): Prediction[] {
  const out: Prediction[] = [];
  const byRelation = new Map<number, Prediction>();
  for (const m of mentions) {
    if (m.kind === 'number') continue;
    const existing = m.relation === undefined ? undefined : byRelation.get(m.relation);
    if (existing) {
      existing.fragments.push([m.start, m.end]);
      continue;
    }
    const prediction: Prediction = { fragments: [[m.start, m.end]], direct: m.kind === 'quote', mention: m };
    out.push(prediction);
    if (m.relation !== undefined) byRelation.set(m.relation, prediction);
  }
  return out;
}

function readAnnotation(ann: string, text: string): GoldAttribution[] {
  const spans = new Map<string, { label: string; fragments: Fragment[] }>();
  const lines = ann.split('\n');
  for (const line of lines) {
    const m = /^(T\d+)\t(\w+) ([\d ;]+)\t/.exec(line);
    if (!m) continue;
    const fragments = (m[3] ?? '').split(';').map((part) => part.trim().split(' ').map(Number) as [number, number]);
    spans.set(m[1] ?? '', { label: m[2] ?? '', fragments: fragments.sort((a, b) => a[0] - b[0]) });
  }
  const out: GoldAttribution[] = [];
  for (const line of lines) {
    if (!line.startsWith('E')) continue;
    const roles = new Map((line.split('\t')[1] ?? '').trim().split(' ').map((part) => part.split(':') as [string, string]));
    const content = spans.get(roles.get('Content') ?? '');
    if (!content) continue;
    const source = spans.get(roles.get('Source') ?? '');
    const first = content.fragments[0];
    out.push({
      fragments: content.fragments,
      direct: first !== undefined && OPENING_MARK.test(text.slice(first[0], first[1]).trim()),
      source: source ? source.fragments.map(([s, e]) => text.slice(s, e)).join(' ') : null,
    });
  }
  return out.sort((a, b) => (a.fragments[0]?.[0] ?? 0) - (b.fragments[0]?.[0] ?? 0));
}

function lengthOf(fragments: Fragment[]): number {
  return fragments.reduce((sum, [s, e]) => sum + (e - s), 0);
}

function overlapOf(a: Fragment[], b: Fragment[]): number {
  let total = 0;
  for (const [as, ae] of a) for (const [bs, be] of b) total += Math.max(0, Math.min(ae, be) - Math.max(as, bs));
  return total;
}

function words(text: string): string[] {
  return text.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !STOP.has(w));
}

/** The predicted speaker (resolved or as printed) shares a word with the gold Source, such as its surname. */
function speakerMatches(p: ExtractedMention, source: string): boolean {
  const goldWords = new Set(words(source));
  return [p.speaker, p.speakerRaw].some((candidate) => candidate !== null && words(candidate).some((w) => goldWords.has(w)));
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** One line per score, for the eval section and the command line. */
export function describeScore(score: PolnearScore): string[] {
  const line = (label: string, s: DetectionScore): string =>
    `${label}: gold ${s.gold}, predicted ${s.predicted}, matched ${s.matched}; P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}; speaker ${pct(s.speakerAccuracy)} of ${s.speakerChecked}`;
  return [`PolNeAR ${score.split} (${score.documents} documents)`, line('  all attributions', score.all), line('  direct quotes', score.direct)];
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const shared = process.env.CLAIMDESK_SHARED ?? join(root, '..', 'shared');
  const split = (process.argv[2] ?? 'train') as PolnearSplit;
  const limit = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
  for (const line of describeScore(scorePolnear(join(shared, 'eval', 'polnear'), split, limit))) console.log(line);
}
