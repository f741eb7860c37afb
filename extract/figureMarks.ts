/**
 * Marks extraction gives a figure (its `marks`, beside its unit: never printed with it) that say which of several like
 * figures it is, not what it counts: merging keeps two figures apart only when both carry a mark of one kind and the
 * marks differ (dedupe/candidateKeys.ts `figureMarksOf`).
 * - The quake a sentence tells of, by its magnitude ("a 6.1-magnitude earthquake", "magnitude 7.6", "measuring 5.8 on
 *   the Richter scale"): a story on one quake often recalls another ("The last big quake there, of magnitude 7.6,
 *   killed three people"), whose figures are that quake's, however alike their words.
 * - Which of the figures alike in one sentence (one value and unit) a figure is: a writer does not print one figure
 *   twice in a sentence, so "whether a 15 percent tariff planned for December ... or a 15 percent tariff imposed in
 *   September" are two tariffs.
 */
import type { ExtractedMention, FigureMarks } from './types.ts';

/** "magnitude 7.6", "magnitude-7.6", "magnitude of 7.6"; "6.1 magnitude", "6.1-magnitude", "6.1 - magnitude"; "5.8 on the Richter scale". */
const MAGNITUDE =
  /\bmagnitude\s*-?\s*(?:of\s+)?(\d(?:\.\d)?)(?![\d.]*\d)|(?<![\d.])(\d(?:\.\d)?)\s*-?\s*magnitude\b|(?<![\d.])(\d(?:\.\d)?)\s+on\s+the\s+Richter\b/gi;

/** The one quake magnitude a sentence prints, or null when it prints none, or two (it compares quakes). */
export function quakeMagnitude(sentence: string): number | null {
  const values = new Set([...sentence.matchAll(MAGNITUDE)].map((m) => Number(m[1] ?? m[2] ?? m[3])));
  return values.size === 1 ? ([...values][0] ?? null) : null;
}

/** The marks of a figure of `unit` in `sentence` by the quake it tells of: `{ marks: { quake } }`, or {} when there is none. */
export function quakeMarks(unit: string | null, sentence: string): { marks?: FigureMarks } {
  const magnitude = quakeMagnitude(sentence);
  return unit === null || magnitude === null ? {} : { marks: { quake: magnitude } };
}

/**
 * The figures of one text with those alike in one sentence (one value, one unit as printed, what they measure aside)
 * marked with which of them each is, in order. `sentenceOf`: each figure's sentence start.
 */
export function markAlikeInSentence(
  figures: ExtractedMention[],
  sentenceOf: ReadonlyMap<ExtractedMention, number>,
): ExtractedMention[] {
  const base = (unit: string | null) => (unit ?? '').replace(/\s*\([^)]*\)\s*$/, '').toLowerCase();
  const groups = new Map<string, ExtractedMention[]>();
  for (const m of figures) {
    if (m.unit === null || m.value === null) continue;
    const key = `${sentenceOf.get(m) ?? m.start}|${m.value}|${base(m.unit)}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.forEach((m, i) => {
      m.marks = { ...m.marks, inSentence: `${i + 1}/${group.length}` };
    });
  }
  return figures;
}
