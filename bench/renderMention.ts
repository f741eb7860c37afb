/** How outlets print the same statement: typography, trims, small edits, and the wordings of a figure. */
import type { QuoteWords } from './composeQuote.ts';
import { guardLength } from './composeQuote.ts';
import type { Random } from './random.ts';

/** How one copy of a statement differs from its full form. */
export type VariantKind = 'exact' | 'typography' | 'trim' | 'edit' | 'figureWording';

/** Shortest partial quote an outlet prints: a run of at least this many words of the full quote. */
export const MIN_TRIM_WORDS = 6;

interface Typography {
  curly: boolean;
  capitalize: boolean;
  shout: boolean;
  clause: ',' | ';' | ' —';
  stop: '' | '.' | '...';
}

const PLAIN_TYPOGRAPHY: Typography = { curly: false, capitalize: true, shout: false, clause: ',', stop: '' };

function drawTypography(random: Random): Typography {
  return {
    curly: random.chance(0.5),
    capitalize: random.chance(0.6),
    shout: random.chance(0.1),
    clause: random.weighted([
      [',', 5],
      [';', 1],
      [' —', 1],
    ] as const),
    stop: random.weighted([
      ['', 3],
      ['.', 2],
      ['...', 1],
    ] as const),
  };
}

/** Prints words with clause punctuation and a typography. */
function print(words: readonly string[], commas: ReadonlySet<number>, t: Typography, random: Random | null): string {
  const shoutAt = t.shout && random ? random.int(0, words.length - 1) : -1;
  const out = words.map((w, i) => {
    let word = i === shoutAt ? w.toUpperCase() : w;
    if (i === 0 && t.capitalize) word = word.charAt(0).toUpperCase() + word.slice(1);
    if (t.curly) word = word.replace(/'/g, '\u2019');
    return commas.has(i) && i < words.length - 1 ? word + t.clause : word;
  });
  return out.join(' ') + t.stop;
}

/** The full quote as a wire copy prints it. */
export function printExact(quote: QuoteWords): string {
  return print(quote.words, new Set(quote.commas), PLAIN_TYPOGRAPHY, null);
}

/** The full quote with other quote marks, case and punctuation: the same words. */
export function printTypography(quote: QuoteWords, random: Random): string {
  return print(quote.words, new Set(quote.commas), drawTypography(random), random);
}

/** A run of at least MIN_TRIM_WORDS words of the quote, shorter than it, keeping its figure or negation. */
export function printTrim(quote: QuoteWords, random: Random): string {
  const n = quote.words.length;
  const length = random.int(MIN_TRIM_WORDS, n - 1);
  let from = random.int(0, n - length);
  if (quote.guard) {
    const guardEnd = quote.guard.index + guardLength(quote.guard);
    from = Math.min(Math.max(from, guardEnd - length), quote.guard.index, n - length);
    from = Math.max(0, from);
  }
  const commas = new Set(quote.commas.filter((i) => i >= from).map((i) => i - from));
  const typography = random.chance(0.3) ? drawTypography(random) : { ...PLAIN_TYPOGRAPHY, capitalize: false };
  return print(quote.words.slice(from, from + length), commas, typography, random);
}

/** The quote with one word changed or dropped (never its figure or negation). */
export function printEdit(quote: QuoteWords, random: Random, replacements: readonly string[]): string {
  const guardFrom = quote.guard?.index ?? -10;
  const guardTo = guardFrom + (quote.guard ? guardLength(quote.guard) : 1);
  let at = random.int(0, quote.words.length - 1);
  for (let tries = 0; at >= guardFrom && at < guardTo && tries < 10; tries++) at = random.int(0, quote.words.length - 1);
  if (at >= guardFrom && at < guardTo) at = guardTo < quote.words.length ? guardTo : Math.max(0, guardFrom - 1);
  const words = [...quote.words];
  let commas = quote.commas;
  const replacement = random.pick(replacements);
  if (random.chance(0.5) && replacement !== words[at]) words[at] = replacement;
  else {
    words.splice(at, 1);
    commas = commas.filter((i) => i !== at).map((i) => (i > at ? i - 1 : i));
  }
  const typography = random.chance(0.3) ? drawTypography(random) : PLAIN_TYPOGRAPHY;
  return print(words, new Set(commas), typography, random);
}

const SCALE_WORDS: Array<[number, string, string]> = [
  [1e9, 'billion', 'bn'],
  [1e6, 'million', 'm'],
];

const trimNumber = (n: number) => String(Math.round(n * 1000) / 1000);

/** One outlet's wording of a figure: "more than 100 million users", "100m users", "100,000,000 users", "40%". */
export function printFigure(value: number, unit: string, random: Random): string {
  const hedge = random.weighted([
    ['', 5],
    ['more than ', 2],
    ['over ', 1],
    ['about ', 1],
    ['some ', 1],
  ] as const);
  if (unit === 'percent') {
    const form = random.weighted([
      [' percent', 3],
      ['%', 3],
      [' per cent', 1],
    ] as const);
    return `${hedge}${trimNumber(value)}${form}`;
  }
  let amount = value.toLocaleString('en-US');
  const scale = SCALE_WORDS.find(([size]) => value >= size);
  if (scale && random.chance(0.85)) {
    const [size, word, short] = scale;
    amount = random.chance(0.75) ? `${trimNumber(value / size)} ${word}` : `${trimNumber(value / size)}${short}`;
  }
  if (unit === 'dollars' && random.chance(0.7)) return `${hedge}$${amount}`;
  if (unit === 'euros' && random.chance(0.7)) return `${hedge}€${amount}`;
  return `${hedge}${amount} ${unit}`;
}
