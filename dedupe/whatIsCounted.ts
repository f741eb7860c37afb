/**
 * What a figure counts, as merging compares it: the words its printing puts between the number and the unit
 * ("merchant" of "five merchant vessels", "murder" of "two murder charges") with what extraction read around it
 * (the bracketed measure of its unit: "counts (of murder)", "people (injured)"), each stemmed.
 */
import { measureOf, unitWithoutMeasure } from './candidateKeys.ts';
import { isStopWord, stemWord } from './nlp.ts';
import { SERIES_POSITIONS } from '../seriesPositions.ts';
import { AMOUNT_NOUNS, ORDINAL_WORDS, SCALE_ABBREVIATIONS, SPELLED_NUMBERS } from './numberWords.ts';

/**
 * Words of a figure's printing that give its amount, not what it counts: numbers in words (numberWords.ts) and their
 * plurals and fractions, scales, shares, qualifiers, currencies.
 */
const AMOUNT_WORDS: ReadonlySet<string> = new Set([
  ...SPELLED_NUMBERS,
  ...AMOUNT_NOUNS,
  ...SCALE_ABBREVIATIONS,
  ...'hundreds thousands millions billions dozens third thirds quarter quarters fifth mln tn b'.split(' '),
  ...'percent cent percentage point points'.split(' '),
  ...'nearly almost roughly approximately estimated around about over under least most'.split(' '),
  ...'upwards excess close just only some more less fewer than many much few up'.split(' '),
  ...'us usd eur gbp rub rs dollars euros pounds'.split(' '),
]);

/** "12th" printed in digits as its word ("twelfth"); a larger ordinal as its digits ("21st": "21st"). */
const ordinalWord = (digits: string, suffix: string) => ORDINAL_WORDS[Number(digits)] || `${digits}${suffix}`;

/** The stems of what a figure counts: its printing's modifiers and its unit's measure ("two murder charges": murder). */
export function countedWords(text: string, unit: string | null): Set<string> {
  const head = (unitWithoutMeasure(unit) ?? '').toLowerCase().split(/\s+/).at(-1) ?? '';
  // An ordinal in digits is a word of what is counted ("two 12th-grade students"), the same as its word; other digits
  // are none, a number glued to its scale or unit ("$5bn", "10km") included.
  // A conversion printed in brackets or after ", or" ("5 miles (8 km)", "5 miles, or 8 km", extract's convertedEnd) says
  // how much again, not what is counted.
  const words = (
    text
      .replace(/\s*\([^()]*\)/g, '')
      .replace(/,\s*or\s+.*$/s, '')
      .toLowerCase()
      .replace(/\b(\d+)(st|nd|rd|th)\b/g, (_, digits: string, suffix: string) => ordinalWord(digits, suffix))
      .match(/\d+(?:st|nd|rd|th)\b|\p{L}+/gu) ?? []
  )
    .filter((w) => w !== '' && w !== head && !AMOUNT_WORDS.has(w) && !isStopWord(w))
    .map((w) => stemWord(SERIES_POSITIONS[w] ?? w));
  const measure = measureOf(unit);
  return new Set([...words, ...(measure === '' ? [] : measure.split(' '))]);
}

const within = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].every((w) => b.has(w));

/**
 * Whether two figures may count one thing: what one says it counts is within what the other says ("three boats"
 * and "three boats intercepted"; "13 loaded magazines" and "13 magazines"), not two things ("five merchant
 * vessels" and "five suspicious boats"; "1,237 delegates needed" and "1,237 outstanding delegates").
 */
export function compatibleCounts(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return within(a, b) || within(b, a);
}

/** The two figures say the same of what they count, or both say nothing. */
export function alikeCounts(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && within(a, b);
}

/** Both figures say what they count, and it is the same ("two counts of murder" and "two murder charges"). */
export function sameCount(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size > 0 && alikeCounts(a, b);
}
