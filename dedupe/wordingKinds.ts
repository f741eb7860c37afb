/**
 * Which wordings of a claim are verbatim and which reworded. Wordings that join by their words (the same words
 * up to typography and small edits, a part of another, a stretch one of them quotes: decideMerge's joinByWords)
 * form groups; the largest group is the claim's words as printed, "verbatim", and every other wording joined the
 * claim by its content only (one speaker's statement reworded), "reworded". The groups and the choice depend on
 * the wordings only, never on the order in which they arrived.
 */
import type { MergeOptions } from './decideMerge.ts';
import { DEFAULT_MERGE_OPTIONS, joinByWords } from './decideMerge.ts';
import { tokenize } from './normalizeText.ts';

export type WordingKind = 'verbatim' | 'reworded';

/**
 * The kind of each of a claim's wordings (quotes and statements), in the given order: the largest group of
 * wordings joined by their words is verbatim (on a tie, the group holding the longest wording, then the
 * wording first in code-point order), the others reworded. A single wording is verbatim.
 */
export function wordingKinds(
  texts: readonly string[],
  options: MergeOptions = DEFAULT_MERGE_OPTIONS,
): WordingKind[] {
  const distinct = [...new Set(texts)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const parent = distinct.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) {
      if (root(i) === root(j)) continue;
      if (joinByWords(distinct[i] ?? '', distinct[j] ?? '', options)) parent[root(j)] = root(i);
    }
  }
  const groups = new Map<number, { size: number; longest: number; first: number }>();
  distinct.forEach((text, i) => {
    const r = root(i);
    const group = groups.get(r) ?? { size: 0, longest: 0, first: i };
    group.size += 1;
    group.longest = Math.max(group.longest, tokenize(text).length);
    group.first = Math.min(group.first, i);
    groups.set(r, group);
  });
  let verbatim = -1;
  let best: { size: number; longest: number; first: number } | null = null;
  for (const [r, g] of groups) {
    if (
      !best ||
      g.size > best.size ||
      (g.size === best.size &&
        (g.longest > best.longest || (g.longest === best.longest && g.first < best.first)))
    ) {
      best = g;
      verbatim = r;
    }
  }
  const kindOf = new Map(
    distinct.map((text, i) => [text, root(i) === verbatim ? 'verbatim' : 'reworded'] as const),
  );
  return texts.map((text) => kindOf.get(text) ?? 'verbatim');
}
