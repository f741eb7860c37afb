/** Text normalisation shared by fingerprints and merge decisions: typography, case and punctuation removed. */
import { unifyTypography } from '../typography.ts';
import { americanSpelling } from './spelling.ts';

/**
 * A thousands separator printed with a space after it ("1, 500", "22, 000"), as copy tokenized word by word prints it
 * (extract's figures read it so too); not after a month and its day ("May 3, 500 people"), nor a year ("2003, 500") or a compound's number ("5 - foot - 8, 135 pounds").
 */
const SPACED_THOUSANDS =
  /(?<!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?\s)(?<![\d.]|-\s?)(\d{1,3}), (?=\d{3}(?![\d.,]?\d))/giu;

/**
 * A time of day, however printed ("10am", "10 am", "10 a.m.", "10 a. m."; "4:37 p.m." and "4.37pm"), as one form:
 * "10 a m", "4 37 p m".
 */
const TIME_OF_DAY = /(?<![\d.])(\d{1,2})(?:[.:](\d\d))?\s?([ap])\.?\s?m\.?(?![\p{L}\p{N}])/giu;

/** Lower-cases, unifies typography and keeps only words and numbers: "“We’ll go,” she said." -> "we'll go she said". */
export function normalizeText(text: string): string {
  return unifyTypography(text)
    .replace(SPACED_THOUSANDS, '$1') // "1, 500" as tokenised copy prints 1,500
    .replace(TIME_OF_DAY, (_, hour: string, minutes: string | undefined, half: string) => `${hour}${minutes === undefined ? '' : ` ${minutes}`} ${half} m`)
    .replace(/(?<![\p{L}\p{N}])(?:us\$|\$\s?us(?=\d))\s?(?=\d)/gu, '$$') // "US$5", "$ US5" -> $5 (lower case by now)
    .replace(/([$€£])\s+(?=\d)/g, '$1') // "$ 5 million" as tokenised copy prints $5 million
    .replace(/(\d)[,\s](?=\d{3}\b)/g, '$1') // 5,000 and 5 000 -> 5000
    .replace(/'(?![\p{L}])|(?<![\p{L}])'/gu, ' ') // quote marks, not apostrophes inside words
    .replace(/[^\p{L}\p{N}'.%$€£]+/gu, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ') // full stops, not decimal points
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A contraction that a tokenised copy prints apart from its word ("I 'm", "do n't", "we 've"; ECB+ and wire copies),
 * with the space before it: the same words as "I'm", "don't", "we've", and a lone "m" would read as "million".
 */
const SPLIT_CONTRACTION = /(?<=\p{L})\s+(?=(?:['’](?:m|s|re|ve|ll|d)|n['’]t)(?![\p{L}]))/giu;
/**
 * A contraction whose apostrophe a tokenised copy prints apart on both sides ("couldn ’ t", "Fry ’ s"): the spaces
 * around the apostrophe, so that "couldn ’ t" reads as "couldn't" (a negation) and not as "couldn" and a lone "t".
 */
const SPACED_APOSTROPHE = /(?<=n)\s+(['’])\s+(?=t(?!\p{L}))|(?<=\p{L})\s+(['’])\s+(?=(?:m|s|re|ve|ll|d)(?!\p{L}))/giu;

/** Contractions whose long form is one reading ("'s" and "'d" are two: "is" or "has", "had" or "would"). */
const CONTRACTED = /^(\p{L}+)('m|'re|'ve|'ll|n't)$/u;
const LONG_FORMS: Record<string, string> = {
  "'m": 'am',
  "'re": 'are',
  "'ve": 'have',
  "'ll": 'will',
  "n't": 'not',
};
const IRREGULAR: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };

/** A word in its long form when it is a contraction of one reading ("i'm" -> i, am; "don't" -> do, not; "won't" -> will, not). */
function longForm(word: string): string[] {
  const m = CONTRACTED.exec(word);
  if (!m) return [word];
  const [, stem = '', ending = ''] = m;
  return [ending === "n't" ? (IRREGULAR[stem] ?? stem) : stem, LONG_FORMS[ending] ?? ending];
}

/**
 * The normalised words of a text, a contraction printed apart joined to its word and one of a single reading
 * written out, so that "I'm", "I 'm" and "I am", "don't" and "do not" are the same words; a British spelling
 * read as American (spelling.ts: "colour" and "color", "jewellery" and "jewelry" are one word).
 */
export function tokenize(text: string): string[] {
  return tokensOf(
    normalizeText(
      SPLIT_CONTRACTION_NEAR.test(text) ? text.replace(SPACED_APOSTROPHE, '$1$2').replace(SPLIT_CONTRACTION, '') : text,
    ),
  );
}

/**
 * tokenize(text) given normalizeText(text) (an article's, made for its fingerprint): normalised once, not twice,
 * unless the text prints a contraction apart.
 */
export function tokenizeNormalized(text: string, normalized: string): string[] {
  return SPLIT_CONTRACTION_NEAR.test(text) ? tokenize(text) : tokensOf(normalized);
}

/** The words of a normalised text, contractions written out and spellings made American (see tokenize). */
function tokensOf(normalized: string): string[] {
  if (normalized === '') return [];
  const tokens: string[] = [];
  for (const word of normalized.split(' ')) {
    // Only a word with an apostrophe may be a contraction (normalizeText prints every one straight).
    if (word.includes("'")) for (const part of longForm(word)) tokens.push(americanSpelling(part));
    else tokens.push(americanSpelling(word));
  }
  return tokens;
}

/**
 * What every SPLIT_CONTRACTION starts with (a space, then an apostrophe or "n't"): most texts have none, and the test
 * reads a text once where the replacement tries its look-behind at every space.
 */
const SPLIT_CONTRACTION_NEAR = /\s(?:['’]|n['’]t)/i;

/** A break between clauses as printed: . , ; : ! ? brackets, double quotes, dashes; not a decimal point or thousands separator. */
export const CLAUSE_BREAK = /(?<!\d)[.,]|[.,](?!\d)|[;:!?()[\]"“”«»„—–]|\s-+\s/;
