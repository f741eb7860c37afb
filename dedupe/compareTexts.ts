/** How two quotes' words relate, and whether a guard (figure, negation) keeps them apart. */
import { isStopWord, stemWord } from './nlp.ts';
import { tokenize } from './normalizeText.ts';
import { AMOUNT_NOUNS, printFiguresOneWay, SCALE_ABBREVIATIONS, SMALL_NUMBERS, SPELLED_NUMBERS, UNGUARDED_NUMBERS } from './numberWords.ts';
import { MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES } from './calendarWords.ts';

export type TextRelation = 'same' | 'contains' | 'contained' | 'similar' | 'different';
export type GuardReason = 'figure' | 'negation';

export interface TextComparison {
  relation: TextRelation;
  /** Word-level similarity, 0..1, of the texts without their figures and negations. */
  score: number;
  /** Set when the texts are near but a figure or a negation differs. */
  guard: GuardReason | null;
}

const NEGATIONS = new Set([
  'no', 'not', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'without', 'cannot',
  "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "shouldn't",
  "wouldn't", "couldn't", "haven't", "hasn't", "hadn't", 'не', 'нет', 'ни', 'никогда', 'ничего',
]);
/** Words of a quote that print a figure: numbers in words (numberWords.ts), "percent", abbreviated scales. */
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...SPELLED_NUMBERS.filter((w) => !UNGUARDED_NUMBERS.has(w)),
  ...AMOUNT_NOUNS,
  'percent',
  ...SCALE_ABBREVIATIONS,
]);

const isNumber = (t: string) => /\d/.test(t) || NUMBER_WORDS.has(t);

/**
 * Phrases whose negation word negates nothing ("nothing less than the future of Europe is at stake", "not only
 * the banks but"): two translations or printings of one sentence differ by them and say the same. Only before
 * the words they introduce: at a text's end ("the verdict was not just") the negation negates.
 */
const NON_NEGATING: ReadonlyArray<readonly string[]> = [
  ['nothing', 'less', 'than'],
  ['no', 'less', 'than'],
  ['none', 'other', 'than'],
  ['nothing', 'short', 'of'],
  ['not', 'only'],
  ['not', 'just'],
  ['not', 'least'],
  ['no', 'matter'],
];

/** Whether the word at `i` of a text's words is a negation that negates (none opening a NON_NEGATING phrase). */
export function negatesAt(tokens: readonly string[], i: number): boolean {
  if (!NEGATIONS.has(tokens[i] ?? '')) return false;
  return !NON_NEGATING.some(
    (phrase) => i + phrase.length < tokens.length && phrase.every((word, j) => tokens[i + j] === word),
  );
}

/** A text's negations that negate (negatesAt), sorted and joined: what the negation guard compares. */
export const negations = (tokens: readonly string[]) =>
  tokens
    .filter((_, i) => negatesAt(tokens, i))
    .sort()
    .join(' ');
/** A figure or a negation: words whose change changes what is claimed. */
export const isGuardToken = (t: string) => isNumber(t) || NEGATIONS.has(t);

/** Words in round or square brackets inside a printing, with the space before them. */
const INSERTION = /\s*[([][^()[\]]{1,80}[)\]]/g;

/**
 * A text without the bracketed words an editor inserted ("it would be [Harlan]", "altered (its direction) towards")
 * that hold no figure or negation ("we will (not) raise taxes" keeps its guard): they are no part of what was said.
 * The text itself when it has none.
 */
export function withoutInsertedWords(text: string): string {
  if (!/[([]/.test(text)) return text;
  return text.replace(INSERTION, (insertion) => (tokenize(insertion).some(isGuardToken) ? insertion : ''));
}

/** Index of needle as a contiguous run inside haystack, or -1. */
function indexOfRun(haystack: readonly string[], needle: readonly string[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Word-level Levenshtein similarity: 1 - edits / longer length. */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return 1 - (previous[b.length] ?? 0) / Math.max(a.length, b.length);
}

/** Fewest words of substance each of two printings must have for sameContent to say anything. */
const CONTENT_WORDS = 5;
/** Share of their words of substance (stems, Dice) at which two printings are one statement reworded a little. */
const CONTENT_OVERLAP = 0.7;

/** The stems of a text's words of substance (no function words; the caller leaves figures and negations out). */
export const contentStems = (words: readonly string[]) => words.filter((w) => !isStopWord(w)).map(stemWord);

/**
 * Whether two printings (without figures and negations) say the same with a few words changed, moved or
 * inflected: at least CONTENT_OVERLAP of their words of substance are shared, as stems ("need" and "needed",
 * "the deaths were a reminder" and "they come as a reminder"), each printing holding CONTENT_WORDS of them.
 * Word order and function words count for nothing here; a sibling statement in one frame ("the rail strike has
 * wide support", "the new budget has wide support") changes words of substance and stays apart.
 */
export function sameContent(a: readonly string[], b: readonly string[]): boolean {
  const [stemsA, stemsB] = [contentStems(a), contentStems(b)];
  if (stemsA.length < CONTENT_WORDS || stemsB.length < CONTENT_WORDS) return false;
  return contentOverlap(stemsA, stemsB) >= CONTENT_OVERLAP;
}

/**
 * Share of words of substance (stems, Dice) below which two printings near in words are two statements in one
 * frame: "there is a new plan for the port" and "there is a big need for the port" differ in two words of eight,
 * but in two of their three words of substance. An edit an outlet makes (a function word, an inflection, a word
 * of substance changed or dropped) keeps most of them.
 */
const EDIT_CONTENT_OVERLAP = 0.5;

/** Dice overlap of two multisets of stems, 1 when both are empty. */
function contentOverlap(stemsA: readonly string[], stemsB: readonly string[]): number {
  if (stemsA.length + stemsB.length === 0) return 1;
  const left = new Map<string, number>();
  for (const stem of stemsA) left.set(stem, (left.get(stem) ?? 0) + 1);
  let shared = 0;
  for (const stem of stemsB) {
    const n = left.get(stem) ?? 0;
    if (n > 0) {
      shared += 1;
      left.set(stem, n - 1);
    }
  }
  return (2 * shared) / (stemsA.length + stemsB.length);
}

/** Small numbers written as words, as digits: outlets print "two million euros" and "€2 million", "four-by-four" and "4×4". */
const DIGITS_OF = new Map(SMALL_NUMBERS.map((w, i) => [w, String(i)]));

/**
 * A figure as compared: "us1" and "1" ("$ US1 million" and "$ 1 million") are one, and so are "€2" and "2" (the
 * currency is a word apart in "two million euros") and "two" and "2"; ":00" minutes ("6:00 p.m." and "6 p.m.")
 * say nothing more.
 */
const figureForm = (t: string) => DIGITS_OF.get(t) ?? t.replace(/^(?:us|a|c|nz|hk)?[$€£]?(?=\d)/, '');

const sortedGuards = (tokens: readonly string[], pick: (t: string) => boolean) =>
  tokens
    .filter((t) => pick(t) && t !== '00')
    .map(figureForm)
    .sort()
    .join(' ');

/** Days of the week as a printing's tokens give them, whole or abbreviated. */
const WEEKDAYS = new Set([...WEEKDAY_NAMES, ...WEEKDAY_ABBREVIATIONS]);

/**
 * A printing's words without the calendar date it prints after a weekday ("died Saturday, July 24, 2004") when the
 * other printing names that weekday and no month ("died Saturday"): the date says which Saturday, the day both mean,
 * and is no figure the other leaves out. A date printed without its weekday, or against another date, stays.
 */
function withoutDateOfWeekday(tokens: readonly string[], other: readonly string[]): readonly string[] {
  const i = tokens.findIndex((t, k) => WEEKDAYS.has(t) && MONTHS.has(tokens[k + 1] ?? '') && /^\d{1,2}$/.test(tokens[k + 2] ?? ''));
  if (i < 0 || !other.includes(tokens[i] ?? '') || other.some((t) => MONTHS.has(t))) return tokens;
  const end = /^\d{4}$/.test(tokens[i + 3] ?? '') ? i + 4 : i + 3;
  return [...tokens.slice(0, i + 1), ...tokens.slice(end)];
}

/**
 * Compares two quotes' normalised words: equal, one printing a run of the other (at least minRun words),
 * near (similarity >= threshold, or the same words of substance: sameContent), or different; a near pair
 * whose figures or negations differ is guarded. `score` stays the word similarity.
 */
export function compareTexts(
  printedA: readonly string[],
  printedB: readonly string[],
  options: { threshold: number; minRun: number },
): TextComparison {
  // "5%" and "5 per cent", "$5m" and "$5 million": one figure in two house styles.
  const [oneWayA, oneWayB] = [printFiguresOneWay(printedA), printFiguresOneWay(printedB)];
  const [a, b] = [withoutDateOfWeekday(oneWayA, oneWayB), withoutDateOfWeekday(oneWayB, oneWayA)];
  const coreA = a.filter((t) => !isGuardToken(t));
  const coreB = b.filter((t) => !isGuardToken(t));
  const score = wordSimilarity(coreA, coreB);
  if (a.length === b.length && indexOfRun(a, b) === 0) return { relation: 'same', score: 1, guard: null };
  if (b.length >= options.minRun && b.length < a.length && indexOfRun(a, b) >= 0) {
    return { relation: 'contains', score, guard: null };
  }
  if (a.length >= options.minRun && a.length < b.length && indexOfRun(b, a) >= 0) {
    return { relation: 'contained', score, guard: null };
  }
  if (score < options.threshold && !sameContent(coreA, coreB)) return { relation: 'different', score, guard: null };
  if (contentOverlap(contentStems(coreA), contentStems(coreB)) < EDIT_CONTENT_OVERLAP) return { relation: 'different', score, guard: null };
  const guard: GuardReason | null =
    sortedGuards(a, isNumber) !== sortedGuards(b, isNumber)
      ? 'figure'
      : negations(a) !== negations(b)
        ? 'negation'
        : null;
  return { relation: guard ? 'different' : 'similar', score, guard };
}
