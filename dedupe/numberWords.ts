/**
 * Numbers printed in words, as merging reads them: the one list of them, which the figure guards of quotes
 * (compareTexts' isGuardToken) and what a figure counts (whatIsCounted's amount words) both take.
 */

/** The numbers from zero to twelve printed as words, each at the index of its value ("two" at 2). */
export const SMALL_NUMBERS: readonly string[] = 'zero one two three four five six seven eight nine ten eleven twelve'.split(' ');

/** Units and teens, tens and scales printed as words ("seventeen", "ninety", "million"). */
export const SPELLED_NUMBERS: readonly string[] = [
  ...SMALL_NUMBERS,
  ...'thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' '),
  ...'twenty thirty forty fifty sixty seventy eighty ninety'.split(' '),
  ...'hundred thousand million billion trillion'.split(' '),
];

/** Amounts in words that are no single number: "half", "a dozen". */
export const AMOUNT_NOUNS: readonly string[] = ['half', 'dozen'];

/** Scales abbreviated as words of their own ("$5 bn", "20 m", "300 k" as copy tokenized word by word prints them). */
export const SCALE_ABBREVIATIONS: readonly string[] = ['bn', 'mn', 'm', 'k'];

/**
 * Spelled numbers that quote guards have never read as figures: a change in them ("seventeen days" / "eighteen
 * days") does not yet keep two quotes apart. Reading them would change which quotes join and their candidate
 * keys (a KEY_SCHEME bump), so it waits for a change measured on its own.
 */
export const UNGUARDED_NUMBERS: ReadonlySet<string> = new Set(
  'thirteen fourteen fifteen sixteen seventeen eighteen nineteen sixty seventy eighty ninety'.split(' '),
);
