/**
 * Scores merging against labelled cross-outlet pairs (test/eval/labels/pairs.jsonl and, when another
 * labeller adds it, figurePairs.jsonl; rules in the README there): given the claim each labelled side's
 * mention landed in, how many pairs of one statement share a claim (recall per category), and how many
 * pairs that share a claim are one statement (merge precision). Pure: the section ingests and looks up claims.
 */
import { createHash } from 'node:crypto';

/** A labelled stretch of a document's raw text (UTF-16 offsets; `check` is the start of its SHA-1). */
export interface PairSide {
  doc: string;
  start: number;
  end: number;
  check: string;
}

/** How two mentions of one statement relate (LABELLING.md), or `different`. */
export type MentionPairLabel = 'verbatim' | 'partial' | 'paraphrase' | 'different';
export const MENTION_PAIR_LABELS: readonly MentionPairLabel[] = ['verbatim', 'partial', 'paraphrase', 'different'];

export interface MentionPair {
  a: PairSide;
  b: PairSide;
  label: MentionPairLabel;
  /** Who says a, as LABELLING.md defines a speaker; `speaker_b` when b's speaker is another. */
  speaker: string;
  speaker_b?: string;
  /** The story the pair belongs to: the split key, so that one story's pairs never sit on both sides. */
  story: string;
  note?: string;
}

/** Two printed figures: the same figure (value, unit, what is counted and whose) or not. */
export interface FigurePair {
  a: PairSide;
  b: PairSide;
  label: 'same' | 'different';
  why?: string;
  story?: string;
}

export type Split = 'tune' | 'held-out';

/** A third of the stories, by the SHA-1 of the story id, is held out: rules are never tuned on their pairs. */
export const storySplit = (story: string): Split => (BigInt(`0x${createHash('sha1').update(story).digest('hex')}`) % 3n === 0n ? 'held-out' : 'tune');

/**
 * The story of a pair that names none (figure pairs): an ECB+ pair's topic (its two subtopics are two
 * events of one kind, kept together), a PolNeAR pair's earlier document (date and slug).
 */
export function storyOf(pair: { a: PairSide; b: PairSide; story?: string }): string {
  if (pair.story) return pair.story;
  const [first = pair.a.doc] = [pair.a.doc, pair.b.doc].sort((x, y) => dateSlug(x).localeCompare(dateSlug(y)) || x.localeCompare(y));
  return first.startsWith('ecbplus/') ? `ecbplus/${first.slice('ecbplus/'.length).split('_')[0]}` : `polnear/${dateSlug(first)}`;
}

/** `2016-02-07_the-latest-gop-debate` of `polnear/train/huff-post_2016-02-07_the-latest-gop-debate.txt`. */
const dateSlug = (doc: string): string => (doc.split('/').at(-1) ?? doc).replace(/\.txt$/, '').split('_').slice(1).join('_') || doc;

/** An extracted mention as stored: where it stands in the document's raw text and the claim it joined. */
export interface LocatedMention {
  start: number;
  end: number;
  claimId: string;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * The claim of the mention that stands for a labelled side: the one overlapping it by at least half of the
 * longer span (the rule of scoreLabels), the largest overlap first; else the shortest mention that contains
 * the side (a quote inside a statement); null when none does (the side is not found).
 */
export function claimOfSide(side: { start: number; end: number }, mentions: readonly LocatedMention[]): string | null {
  return mentionOfSide(side, mentions)?.claimId ?? null;
}

/** The mention claimOfSide takes a labelled side's claim from (null: none). */
export function mentionOfSide<M extends LocatedMention>(side: { start: number; end: number }, mentions: readonly M[]): M | null {
  let best: M | null = null;
  let bestShared = 0;
  for (const m of mentions) {
    const shared = overlap(m, side);
    if (shared * 2 >= Math.max(m.end - m.start, side.end - side.start) && shared > bestShared) {
      best = m;
      bestShared = shared;
    }
  }
  if (best) return best;
  const containing = mentions.filter((m) => m.start <= side.start && m.end >= side.end).sort((x, y) => x.end - x.start - (y.end - y.start));
  return containing[0] ?? null;
}

/** The claim of the figure mention that overlaps a labelled figure ("more than 100 million users") the most; null when none does. */
export function claimOfFigure(side: { start: number; end: number }, numbers: readonly LocatedMention[]): string | null {
  return figureMentionOf(side, numbers)?.claimId ?? null;
}

/** The figure mention claimOfFigure takes a labelled figure's claim from (null: none). */
export function figureMentionOf<M extends LocatedMention>(side: { start: number; end: number }, numbers: readonly M[]): M | null {
  let best: M | null = null;
  for (const m of numbers) if (overlap(m, side) > (best ? overlap(best, side) : 0)) best = m;
  return best;
}

/** What became of one labelled pair: each side's claim (null: not found). */
export interface PairOutcome<P> {
  pair: P;
  claimA: string | null;
  claimB: string | null;
}

const found = (o: PairOutcome<unknown>) => o.claimA !== null && o.claimB !== null;
const joined = (o: PairOutcome<unknown>) => found(o) && o.claimA === o.claimB;

export interface CategoryScore {
  pairs: number;
  /** Pairs with both sides found. */
  found: number;
  /** Pairs whose two mentions share a claim. */
  joined: number;
}

export interface MentionPairScore {
  byLabel: Record<MentionPairLabel, CategoryScore>;
  /** Pairs whose sides share a claim, and of them those labelled one statement (not `different`). */
  merged: number;
  mergedRight: number;
  /** Labelled sides with no extracted mention. */
  sidesNotFound: number;
  /** Pairs of one statement kept apart (both sides found), pairs of `different` merged, pairs with a side not found. */
  missed: Array<PairOutcome<MentionPair>>;
  falseMerges: Array<PairOutcome<MentionPair>>;
  notFound: Array<PairOutcome<MentionPair>>;
}

function outcomes<P extends { a: PairSide; b: PairSide }>(pairs: readonly P[], claimOf: (side: PairSide) => string | null): Array<PairOutcome<P>> {
  return pairs.map((pair) => ({ pair, claimA: claimOf(pair.a), claimB: claimOf(pair.b) }));
}

const sidesMissing = (o: PairOutcome<unknown>) => (o.claimA === null ? 1 : 0) + (o.claimB === null ? 1 : 0);

/** Recall per category and merge precision on labelled mention pairs. */
export function scoreMentionPairs(pairs: readonly MentionPair[], claimOf: (side: PairSide) => string | null): MentionPairScore {
  const empty = (): CategoryScore => ({ pairs: 0, found: 0, joined: 0 });
  const score: MentionPairScore = {
    byLabel: { verbatim: empty(), partial: empty(), paraphrase: empty(), different: empty() },
    merged: 0,
    mergedRight: 0,
    sidesNotFound: 0,
    missed: [],
    falseMerges: [],
    notFound: [],
  };
  for (const o of outcomes(pairs, claimOf)) {
    const category = score.byLabel[o.pair.label];
    if (!category) throw new Error(`pair label ${JSON.stringify(o.pair.label)}: expected one of ${MENTION_PAIR_LABELS.join(', ')}`);
    category.pairs += 1;
    score.sidesNotFound += sidesMissing(o);
    if (!found(o)) {
      score.notFound.push(o);
      continue;
    }
    category.found += 1;
    const same = o.pair.label !== 'different';
    if (joined(o)) {
      category.joined += 1;
      score.merged += 1;
      if (same) score.mergedRight += 1;
      else score.falseMerges.push(o);
    } else if (same) {
      score.missed.push(o);
    }
  }
  return score;
}

export interface FigurePairScore {
  pairs: number;
  /** Pairs labelled the same figure: labelled, both sides found, sharing a claim. */
  same: CategoryScore;
  merged: number;
  mergedRight: number;
  sidesNotFound: number;
  missed: Array<PairOutcome<FigurePair>>;
  falseMerges: Array<PairOutcome<FigurePair>>;
}

/** Figure-merge recall (pairs labelled the same figure that share a claim) and precision. */
export function scoreFigurePairs(pairs: readonly FigurePair[], claimOf: (side: PairSide) => string | null): FigurePairScore {
  const score: FigurePairScore = { pairs: 0, same: { pairs: 0, found: 0, joined: 0 }, merged: 0, mergedRight: 0, sidesNotFound: 0, missed: [], falseMerges: [] };
  for (const o of outcomes(pairs, claimOf)) {
    if (o.pair.label !== 'same' && o.pair.label !== 'different') throw new Error(`figure pair label ${JSON.stringify(o.pair.label)}: expected same or different`);
    score.pairs += 1;
    score.sidesNotFound += sidesMissing(o);
    const same = o.pair.label === 'same';
    if (same) score.same.pairs += 1;
    if (!found(o)) continue;
    if (same) score.same.found += 1;
    if (joined(o)) {
      score.merged += 1;
      if (same) {
        score.same.joined += 1;
        score.mergedRight += 1;
      } else score.falseMerges.push(o);
    } else if (same) score.missed.push(o);
  }
  return score;
}
