/** ECB+ score of a document grouping: pairwise P/R/F1 against the same-event clusters, and false merges of similar events. */

import { readFileSync } from 'node:fs';

export interface EcbplusDocument {
  id: string;
  /** 1..45; each topic holds two similar events ("1ecb" and "1ecbplus"). */
  topic: number;
  /** The same-event cluster. */
  subtopic: string;
  title: string;
  text: string;
}

export interface GroupingScore {
  documents: number;
  groups: number;
  /** Documents in a group of two or more. */
  grouped: number;
  precision: number;
  recall: number;
  f1: number;
  /** Pairs across the two events of one topic that were grouped, over all such pairs. */
  crossEventRate: number;
  crossEventMerged: number;
  crossEventPairs: number;
  /** Grouped pairs whose documents belong to different topics. */
  crossTopicMerged: number;
}

/** Reads documents.jsonl (`doc_id`, `topic`, `subtopic`, `title`, `text`). */
export function readEcbplus(file: string): EcbplusDocument[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = JSON.parse(line) as { doc_id: string; topic: number; subtopic: string; title: string; text: string };
      return { id: row.doc_id, topic: row.topic, subtopic: row.subtopic, title: row.title, text: row.text };
    });
}

const pairsOf = (n: number) => (n * (n - 1)) / 2;

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/**
 * Scores a grouping (document id -> group id) of the given documents; a document missing from the map is
 * a group of its own. Pair counts come from cluster sizes, so no pair is enumerated.
 */
export function scoreGrouping(docs: readonly EcbplusDocument[], grouping: ReadonlyMap<string, string>): GroupingScore {
  const groupOf = (d: EcbplusDocument) => grouping.get(d.id) ?? `self:${d.id}`;
  const bySize = countBy(docs, groupOf);
  const predicted = [...bySize.values()].reduce((sum, n) => sum + pairsOf(n), 0);
  const gold = [...countBy(docs, (d) => d.subtopic).values()].reduce((sum, n) => sum + pairsOf(n), 0);
  const correct = [...countBy(docs, (d) => `${groupOf(d)}\u0000${d.subtopic}`).values()].reduce((sum, n) => sum + pairsOf(n), 0);
  const sameTopic = [...countBy(docs, (d) => `${groupOf(d)}\u0000${d.topic}`).values()].reduce((sum, n) => sum + pairsOf(n), 0);
  // Pairs of one topic in one group are either of one event (correct) or across its two events.
  const crossEventMerged = sameTopic - correct;
  const topicPairs = [...countBy(docs, (d) => String(d.topic)).values()].reduce((sum, n) => sum + pairsOf(n), 0);
  const crossEventPairs = topicPairs - gold;
  const precision = predicted === 0 ? 1 : correct / predicted;
  const recall = gold === 0 ? 1 : correct / gold;
  return {
    documents: docs.length,
    groups: bySize.size,
    grouped: [...bySize.values()].filter((n) => n > 1).reduce((sum, n) => sum + n, 0),
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    crossEventRate: crossEventPairs === 0 ? 0 : crossEventMerged / crossEventPairs,
    crossEventMerged,
    crossEventPairs,
    crossTopicMerged: predicted - sameTopic,
  };
}
