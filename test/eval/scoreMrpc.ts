/**
 * MRPC score of the same-statement decision: decideMerge's comparison of two printed quotes (compareQuotes) on
 * each labelled sentence pair, as if one speaker said both, and how the guards fire.
 */

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { GuardReason, TextRelation } from '../../dedupe/compareTexts.ts';
import { compareQuotes, DEFAULT_MERGE_OPTIONS } from '../../dedupe/decideMerge.ts';
import { tokenize } from '../../dedupe/normalizeText.ts';
import { rewordedAssertion } from '../../dedupe/rewordedAssertion.ts';

export interface MrpcPair {
  /** 1: the annotators judged the two sentences semantically equivalent. */
  label: 0 | 1;
  /** The two sentences' MRPC ids, "#1 ID-#2 ID". */
  id: string;
  a: string;
  b: string;
}

/** Counts for the pairs of one label. */
export interface LabelTally {
  pairs: number;
  /** Pairs our decision calls the same statement (relation other than 'different'). */
  same: number;
  relations: Record<TextRelation, number>;
  guards: Record<GuardReason, number>;
}

export interface MrpcScore {
  pairs: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of all pairs decided as labelled. */
  accuracy: number;
  positive: LabelTally;
  negative: LabelTally;
  /** Pairs labelled 0 that the decision merges. */
  falseMerges: MrpcPair[];
}

/** Parses the MRPC TSV (header `Quality #1 ID #2 ID #1 String #2 String`, maybe with a BOM). */
export function readMrpc(file: string): MrpcPair[] {
  const pairs: MrpcPair[] = [];
  for (const line of readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(1)) {
    const [quality, id1, id2, a, b] = line.split('\t');
    if ((quality !== '0' && quality !== '1') || a === undefined || b === undefined) continue;
    pairs.push({ label: quality === '1' ? 1 : 0, id: `${id1}-${id2}`, a, b });
  }
  return pairs;
}

/**
 * The part of MRPC train a pair belongs to: a third of the pairs (by the SHA-1 of their ids) is the check part, never
 * learnt on (test/eval/learnRewording.ts learns the reworded decision on the rest, the learn part).
 */
export const mrpcPart = (pair: Pick<MrpcPair, 'id'>): 'learn' | 'check' =>
  parseInt(createHash('sha1').update(pair.id).digest('hex').slice(0, 8), 16) % 3 === 0 ? 'check' : 'learn';

const emptyTally = (): LabelTally => ({
  pairs: 0,
  same: 0,
  relations: { same: 0, contains: 0, contained: 0, similar: 0, different: 0 },
  guards: { figure: 0, negation: 0 },
});

/**
 * Scores the decision on labelled pairs: "same statement" is a positive prediction. `reworded`: as if one named
 * speaker printed both, whose statement reworded (rewordedAssertion) joins too, as decideMerge joins it: unless
 * compareQuotes guards the pair for a figure (a pair it guards for a negation is asked, the rewording's own
 * negation guard deciding).
 */
export function scoreMrpc(pairs: readonly MrpcPair[], options: { reworded?: boolean } = {}): MrpcScore {
  const positive = emptyTally();
  const negative = emptyTally();
  const falseMerges: MrpcPair[] = [];
  for (const pair of pairs) {
    const comparison = compareQuotes(
      { text: pair.a, tokens: tokenize(pair.a) },
      { text: pair.b, tokens: tokenize(pair.b) },
      DEFAULT_MERGE_OPTIONS,
    );
    const tally = pair.label === 1 ? positive : negative;
    tally.pairs += 1;
    tally.relations[comparison.relation] += 1;
    if (comparison.guard) tally.guards[comparison.guard] += 1;
    const same =
      comparison.relation !== 'different' ||
      (options.reworded === true && comparison.guard !== 'figure' && rewordedAssertion(pair.a, pair.b));
    if (same) tally.same += 1;
    if (same && pair.label === 0) falseMerges.push(pair);
  }
  const predicted = positive.same + negative.same;
  const precision = predicted === 0 ? 0 : positive.same / predicted;
  const recall = positive.pairs === 0 ? 0 : positive.same / positive.pairs;
  return {
    pairs: pairs.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    accuracy: pairs.length === 0 ? 0 : (positive.same + negative.pairs - negative.same) / pairs.length,
    positive,
    negative,
    falseMerges,
  };
}
