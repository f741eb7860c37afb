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

/** Ordinals in words, each at the index of the rank it gives ("twelfth" at 12). */
export const ORDINAL_WORDS: readonly string[] = [
  '', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];

/**
 * The lowest rank whose word printFiguresOneWay reads as its digits: "first" and "second" are too often no rank ("at
 * first", "a second look"), where "third" on is one ("the twelfth Doctor" / "the 12th Doctor").
 */
const FIRST_RANK_READ = 3;

/** A rank in digits as printed ("3rd", "11th", "12th", "21st"). */
const rankDigits = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;

/** Scales abbreviated after a figure, by the word they stand for. */
const SCALE_OF: Readonly<Record<string, string>> = { bn: 'billion', b: 'billion', mn: 'million', m: 'million', k: 'thousand' };

/** A sum glued to its abbreviated scale ("$5m", "us$2.5bn", "€300k"): the currency sign says "m" is million, not metres. */
const SUM_SCALED = /^((?:us|a|c|nz|hk)?[$€£]\d+(?:\.\d+)?)(bn|b|mn|m|k)$/;
/** A sum in words' stead (no sign): only "bn" is unambiguous glued to its figure ("5bn"; "5m" may be metres). */
const BILLIONS = /^(\d+(?:\.\d+)?)bn$/;
/** A figure printed with its currency sign, after which an abbreviated scale apart ("$5 m") is one. */
const SUM = /^(?:us|a|c|nz|hk)?[$€£]\d/;

/**
 * A printing's words (normalizeText.ts tokenize) with its figures printed one way, as house styles differ: "5%",
 * "5 %" (a tokenised copy), "5 per cent" and "5 percent"; "$5m", "$5 mn", "$5 m" and "$5 million"; "5bn" and
 * "5 billion"; "twelfth" and "12th" (from FIRST_RANK_READ). What quotes' figures are compared as (compareTexts,
 * rewordedAssertion's figure guard), so that one statement printed in two styles is not kept apart for another
 * figure; a rank in words read as digits is a figure that guards ("the third time" / "the fourth time"). Candidate
 * keys and fingerprints read tokenize's words.
 */
export function printFiguresOneWay(tokens: readonly string[]): readonly string[] {
  let out = printedOneWay.get(tokens);
  if (out === undefined) printedOneWay.set(tokens, (out = printOneWay(tokens)));
  return out;
}

/**
 * printFiguresOneWay's answers by the token list asked (token lists are not changed once made: printings, a mention's
 * words): merge planning asks again for the same printing in each pair it is in.
 */
const printedOneWay = new WeakMap<readonly string[], readonly string[]>();

/** The rank of an ordinal word ORDINAL_WORDS holds ("twelfth" -> 12). */
const RANK_OF: ReadonlyMap<string, number> = new Map(ORDINAL_WORDS.map((word, rank) => [word, rank]));

/** Tokens printFiguresOneWay may print otherwise besides those with a digit or a rank's word. */
const FIGURE_WORDS: ReadonlySet<string> = new Set(['%', 'per', 'bn', 'mn', 'm', 'b', 'k']);

/** Whether a token holds a digit (every sum, percentage and billions it rewrites does). */
function hasDigit(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

function printOneWay(tokens: readonly string[]): readonly string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    // Most words are none of the below: no digit, no sign or scale word, no rank (the same output, without the patterns).
    if (!FIGURE_WORDS.has(token) && !hasDigit(token) && !((RANK_OF.get(token) ?? 0) >= FIRST_RANK_READ)) {
      out.push(token);
      continue;
    }
    const previous = out[out.length - 1] ?? '';
    const percent = /^(.*\d)%$/.exec(token);
    const scaled = SUM_SCALED.exec(token) ?? BILLIONS.exec(token);
    const rank = ORDINAL_WORDS.indexOf(token);
    if (percent) out.push(percent[1] ?? '', 'percent');
    else if (token === '%' && /\d/.test(previous)) out.push('percent');
    else if (token === 'per' && tokens[i + 1] === 'cent') {
      out.push('percent');
      i += 1;
    } else if (scaled) out.push(scaled[1] ?? '', SCALE_OF[scaled[2] ?? 'bn'] ?? 'billion');
    else if ((token === 'bn' || token === 'mn') && /\d/.test(previous)) out.push(SCALE_OF[token] ?? token);
    else if ((token === 'm' || token === 'b' || token === 'k') && SUM.test(previous)) out.push(SCALE_OF[token] ?? token);
    else if (rank >= FIRST_RANK_READ) out.push(rankDigits(rank));
    else out.push(token);
  }
  return out;
}
