/** The wordings of a claim, without the near-identical repeats a reader takes for the same words. */
import { unifyTypography } from '../typography.ts';

/** What two printings share when they differ only in case, spacing, typography or a closing full stop. */
export function variantKey(text: string): string {
  return unifyTypography(text)
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
