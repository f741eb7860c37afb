/**
 * Figures of one story joined again when stories change. A figure joins within its article's story as it is when
 * the figure merges, and stories are placed as articles arrive: a report that shows two stories are one event joins
 * them after their figures merged apart, while in another order the same figures would have met in one story. So
 * after each article's merge the figure claims its story carries are compared with each other as merging compares
 * a figure with a claim (decideMerge, variant by variant), and those that agree are joined: what the figures of a
 * story become no longer depends on whether the story was whole when they arrived.
 */
import { figureSubjectWords, normalizeUnit } from './candidateKeys.ts';
import type { ClaimVariant, MergeOptions } from './decideMerge.ts';
import { decideMerge, figureNames } from './decideMerge.ts';
import { UnionFind } from './groupDocuments.ts';
import { mayRestate } from './roundedFigures.ts';

/** Two values a figure claim may join by: the same, or two a rounded restatement may join (mayRestate). */
const nearValues = (a: number | null, b: number | null): boolean => a === b || (a !== null && b !== null && mayRestate(a, b));

/** A figure claim a story carries, with every variant it has been printed in. */
export interface StoryFigureClaim {
  id: string;
  value: number | null;
  unit: string | null;
  variants: readonly ClaimVariant[];
}

/** The scope locks of a figure's subject (jobs/mergeMentions.ts): each word of its names with its unit, which any figure it may join or rival shares. */
export const figureNameScopes = (unit: string | null, entities: readonly string[]): string[] =>
  figureSubjectWords(figureNames(entities)).map((word) => `figure|${normalizeUnit(unit)}|${word}`);

/** The scope lock of a figure's value: a figure in a story meets the story's figures of its value whatever they name. */
export const figureValueScope = (value: number | null) => `figure|value|${value ?? ''}`;

/** The scope locks under which a claim's figures merge: its value, and the names of each of its variants. */
export const claimScopes = (claim: StoryFigureClaim): string[] => [
  ...new Set([figureValueScope(claim.value), ...claim.variants.flatMap((v) => figureNameScopes(v.unit === undefined ? claim.unit : v.unit, v.entities))]),
];

/** Whether a printing of `a` would join `b` were it merged now, in `storyId` (both carried there). */
function joins(a: StoryFigureClaim, b: StoryFigureClaim, storyId: string, options: MergeOptions): boolean {
  const candidate = { id: b.id, kind: 'number' as const, value: b.value, unit: b.unit, variants: b.variants, stories: [storyId] };
  return a.variants.some(
    (v) =>
      decideMerge(
        { kind: 'number', text: v.text, speakerKey: null, value: a.value, unit: v.unit === undefined ? a.unit : v.unit, entities: v.entities, marks: v.marks, storyId },
        [candidate],
        options,
      ).matches.length > 0,
  );
}

/**
 * The joins among the figure claims one story carries: two claims of one value (or of two values one printing
 * restates rounded) join when a printing of either would join the other (decideMerge), and each connected group lives on as its least id.
 * @returns the absorbed claims, each with the claim it now lives in.
 */
export function storyFigureJoins(
  storyId: string,
  claims: readonly StoryFigureClaim[],
  options: MergeOptions,
): Array<{ oldId: string; newId: string }> {
  const sets = new UnionFind();
  // Claims of one value, and of values a rounded restatement can join (roundedFigures.ts: mayRestate),
  // are compared; by value order, so that each claim meets only its neighbours.
  const sorted = [...claims].sort((x, y) => (x.value ?? -Infinity) - (y.value ?? -Infinity));
  const restated: Array<[StoryFigureClaim, StoryFigureClaim]> = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as StoryFigureClaim;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as StoryFigureClaim;
      if (!nearValues(a.value, b.value)) break;
      if (a.value !== b.value) {
        if (joins(a, b, storyId, options) || joins(b, a, storyId, options)) restated.push([a, b]);
        continue;
      }
      if (sets.find(a.id) === sets.find(b.id) || !(joins(a, b, storyId, options) || joins(b, a, storyId, options))) continue;
      // The least id survives, as when a mention bridges claims (planMerges): UnionFind names a set by its least id.
      sets.union(a.id, b.id);
    }
  }
  // A rounded printing that restates two values of the story ("more than 80" of 83 and of 86) could be either: it
  // joins neither, or it would bridge two figures.
  const partners = new Map<string, Set<number | null>>();
  for (const [a, b] of restated) {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const values = partners.get(x.id) ?? new Set<number | null>();
      values.add(y.value);
      partners.set(x.id, values);
    }
  }
  for (const [a, b] of restated) if ((partners.get(a.id)?.size ?? 0) === 1 && (partners.get(b.id)?.size ?? 0) === 1) sets.union(a.id, b.id);
  return claims
    .map((c) => ({ oldId: c.id, newId: sets.find(c.id) }))
    .filter((r) => r.oldId !== r.newId)
    .sort((x, y) => (x.oldId < y.oldId ? -1 : x.oldId > y.oldId ? 1 : 0));
}
