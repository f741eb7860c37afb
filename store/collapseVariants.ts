/** The wordings of a claim, without the near-identical repeats a reader takes for the same words. */

const QUOTES: Array<[RegExp, string]> = [
  [/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'"],
  [/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, '-'],
  [/\u2026/g, '...'],
];

/** What two printings share when they differ only in case, spacing, typography or a closing full stop. */
export function variantKey(text: string): string {
  let key = text.normalize('NFKC').toLowerCase();
  for (const [pattern, replacement] of QUOTES) key = key.replace(pattern, replacement);
  return key
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:!?]+$/, '')
    .trim();
}

/**
 * Keeps one text per variantKey: the one most articles printed (`articleCounts`, by exact text), then the
 * longer (it keeps its full stop), then the first in the given order. The order of the kept texts is the
 * given order. Distinct wordings ("100 million" and "10 million") all stay.
 */
export function collapseVariants(variants: readonly string[], articleCounts: ReadonlyMap<string, number>): string[] {
  const best = new Map<string, string>();
  for (const text of variants) {
    const key = variantKey(text);
    const kept = best.get(key);
    if (kept === undefined || better(text, kept, articleCounts)) best.set(key, text);
  }
  const keep = new Set(best.values());
  return variants.filter((text) => keep.has(text));
}

function better(text: string, than: string, articleCounts: ReadonlyMap<string, number>): boolean {
  const a = articleCounts.get(text) ?? 0;
  const b = articleCounts.get(than) ?? 0;
  return a !== b ? a > b : text.length > than.length;
}
