/** Pairwise precision, recall and F1 of a clustering against the truth, from cluster contingency counts. */

export interface PairwiseScores {
  precision: number;
  recall: number;
  f1: number;
  /** Pairs of mentions placed in one claim. */
  predictedPairs: number;
  /** Pairs of mentions of one true statement. */
  truePairs: number;
  /** Pairs both placed together and truly together. */
  correctPairs: number;
  predictedClusters: number;
  trueClusters: number;
}

const pairs = (n: number) => (n * (n - 1)) / 2;

function increment<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * Scores (predicted cluster, true cluster) labels of every mention: a pair counts once per cluster it
 * shares, so the work is linear in mentions, never quadratic in pairs.
 */
export function scorePairwise(labels: Iterable<readonly [predicted: string, truth: number]>): PairwiseScores {
  const predicted = new Map<string, number>();
  const truth = new Map<number, number>();
  const joint = new Map<string, number>();
  for (const [p, t] of labels) {
    increment(predicted, p);
    increment(truth, t);
    increment(joint, `${p}\u0000${t}`);
  }
  let predictedPairs = 0;
  let truePairs = 0;
  let correctPairs = 0;
  for (const n of predicted.values()) predictedPairs += pairs(n);
  for (const n of truth.values()) truePairs += pairs(n);
  for (const n of joint.values()) correctPairs += pairs(n);
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    f1,
    predictedPairs,
    truePairs,
    correctPairs,
    predictedClusters: predicted.size,
    trueClusters: truth.size,
  };
}

/**
 * Of the statement pairs that must stay apart (a changed figure, a flipped negation, a sibling), the share
 * that ended in one claim, by family of the statement that resembles the other.
 */
export function scoreGuards(
  labels: Iterable<readonly [predicted: string, truth: number]>,
  near: ReadonlyMap<number, { near: number | null; family: string }>,
): Record<string, { pairs: number; merged: number }> {
  const truthsOf = new Map<string, Set<number>>();
  for (const [p, t] of labels) {
    let set = truthsOf.get(p);
    if (!set) truthsOf.set(p, (set = new Set()));
    set.add(t);
  }
  const present = new Set<number>();
  for (const set of truthsOf.values()) for (const t of set) present.add(t);
  const merged = new Set<number>();
  for (const set of truthsOf.values()) {
    for (const t of set) {
      const other = near.get(t)?.near;
      if (other !== null && other !== undefined && set.has(other)) merged.add(t);
    }
  }
  const out: Record<string, { pairs: number; merged: number }> = {};
  for (const t of present) {
    const info = near.get(t);
    if (!info || info.near === null || !present.has(info.near)) continue;
    const entry = (out[info.family] ??= { pairs: 0, merged: 0 });
    entry.pairs++;
    if (merged.has(t)) entry.merged++;
  }
  return out;
}
