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

/** Words for a quake, before the verb that gives its magnitude ("an earthquake measuring 6.1"). */
const QUAKE_WORDS = String.raw`\b(?:quake|earthquake|temblor|tremor|aftershock)s?\b`;

/**
 * "magnitude 7.6", "magnitude-7.6", "magnitude of 7.6"; "6.1 magnitude", "6.1-magnitude", "6.1 - magnitude"; "5.8 on the
 * Richter scale"; a quake "measuring 6.1" or "measured at 5.8", and "a 6.1 quake" ("a strong 6.1 - magnitude temblor"
 * aside, a decimal printed right before the word for a quake is its magnitude).
 */
const MAGNITUDE = new RegExp(
  [
    String.raw`\bmagnitude\s*-?\s*(?:of\s+)?(\d(?:\.\d)?)(?![\d.]*\d)`,
    String.raw`(?<![\d.])(\d(?:\.\d)?)\s*-?\s*magnitude\b`,
    String.raw`(?<![\d.])(\d(?:\.\d)?)\s+on\s+the\s+Richter\b`,
    String.raw`(?<![\d.])(\d\.\d)\s*-?\s*(?:quake|earthquake|temblor|tremor|aftershock)s?\b`,
    String.raw`(?:${QUAKE_WORDS}).{0,40}?\bmeasur(?:ing|ed)\s+(?:at\s+)?(\d\.\d)(?![\d.]*\d)(?!\s*-?\s*(?:%|per|km|kilomet|met(?:er|re)|mi(?:le)?s?\b|feet|foot|inch|cm|mm|kg|pound|ton|degree|second|minute|hour))`,
  ].join('|'),
  'giu',
);

/** The one quake magnitude a sentence prints, or null when it prints none, or two (it compares quakes). */
export function quakeMagnitude(sentence: string): number | null {
  const values = new Set([...sentence.matchAll(MAGNITUDE)].map((m) => Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])));
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
