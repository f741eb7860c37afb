/** Numeric values of printed numbers, scales, fractions and currencies. */

const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90, hundred: 100, dozen: 12, hundreds: 100, dozens: 12, thousands: 1000, millions: 1e6,
  billions: 1e9,
};

const DIGIT_WORD = '(?:one|two|three|four|five|six|seven|eight|nine)';
/** The hyphen of "twenty-six", and of "twenty - six" as copy tokenized word by word prints it: the number is read whole. */
const TENS_HYPHEN = '(?:-|\\s[-–]\\s)';
/** "twenty-five", "seven", "nineteen": a number word under a hundred. */
const TENS_WORD = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:${TENS_HYPHEN}${DIGIT_WORD})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${DIGIT_WORD})`;
/** "three hundred", "a hundred and twenty-five": hundreds read whole, not as "three" of something. */
export const HUNDREDS_WORD = `(?:(?:a|${DIGIT_WORD})\\s+hundred(?:\\s+(?:and\\s+)?${TENS_WORD})?)`;

/** Number words matched by the figure pattern ("twenty-five", "three hundred", "dozens"); "one" alone is too vague. */
export const NUMBER_WORD = `(?:${HUNDREDS_WORD}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:${TENS_HYPHEN}${DIGIT_WORD})?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|hundreds|a dozen|dozens|thousands|millions|billions)`;
/** What a scale word may be followed by in words ("two thousand five hundred", "one million and fifty"). */
export const AFTER_SCALE_WORD = `(?:(?:and\\s+)?${HUNDREDS_WORD}|and\\s+${TENS_WORD})`;

const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12, 'тыс': 1e3, 'тыс.': 1e3, 'млн': 1e6, 'млрд': 1e9, 'трлн': 1e12,
};

export const SCALE_WORD = '(?:thousand|million|billion|trillion|bn|mn|mln|tn|тыс\\.?|млн|млрд|трлн)';
export const ATTACHED_SCALE = '(?:bn|mn|m|k|tn|b)';

const FRACTIONS: Record<string, number> = {
  half: 0.5, 'a half': 0.5, 'one half': 0.5, 'a third': 1 / 3, 'one third': 1 / 3, 'one-third': 1 / 3,
  'two thirds': 2 / 3, 'two-thirds': 2 / 3, 'a quarter': 0.25, 'one quarter': 0.25, 'one-quarter': 0.25,
  'three quarters': 0.75, 'three-quarters': 0.75, 'a fifth': 0.2, 'one fifth': 0.2, 'one-fifth': 0.2,
};

export const FRACTION_WORD = '(?:two[- ]thirds|three[- ]quarters|(?:a|one)[- ](?:half|third|quarter|fifth)|half)';

const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD', us$: 'USD', usd: 'USD', '£': 'GBP', gbp: 'GBP', '€': 'EUR', eur: 'EUR', '¥': 'JPY', '₽': 'RUB',
  rub: 'RUB', '₹': 'INR', rs: 'INR', 'rs.': 'INR', '₴': 'UAH',
};

/** A currency before a number, a space allowed after a sign as tokenised copy prints it ("$ 5.4 billion"). */
export const CURRENCY_PREFIX = '(?:US\\$ ?|\\$ ?|£ ?|€ ?|¥|₽|₹|₴|USD ?|EUR ?|GBP ?|RUB ?|Rs\\.? ?)';

const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', euro: 'EUR', euros: 'EUR',
  rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', yen: 'JPY', yuan: 'CNY', rupees: 'INR',
  hryvnias: 'UAH', 'рублей': 'RUB', 'рубля': 'RUB', 'долларов': 'USD', 'евро': 'EUR',
};

/** The value of a printed number: digits with thousands separators ("22, 000" too), decimals or number words. */
export function readNumber(printed: string): number | null {
  const lower = printed.toLowerCase().trim();
  if (/^\d/.test(lower)) {
    const value = Number(lower.replace(/, ?(?=\d{3}\b)/g, ''));
    return Number.isFinite(value) ? value : null;
  }
  // "three hundred and twenty-five": units add up, "hundred" multiplies what came before it.
  let total = 0;
  for (const word of lower.split(/[\s\-–]+/).filter((w) => w !== 'and' && w !== 'a')) {
    const value = SMALL[word];
    if (value === undefined) return null;
    total = word === 'hundred' ? Math.max(total, 1) * 100 : total + value;
  }
  return total;
}

/** The multiplier of a scale word ("million", "bn", "m"), 1 when there is none. */
export function readScale(scale: string | undefined): number {
  if (scale === undefined || scale === '') return 1;
  return SCALES[scale.toLowerCase().trim()] ?? 1;
}

/**
 * The value of a printed number times its scale word, rounded to 12 significant digits: binary floating point
 * gives 2.01 x 1e6 as 2009999.9999999998, which would not equal "2,010,000" printed by another outlet.
 */
export function scaleValue(number: number, scale: string | undefined): number {
  return Number((number * readScale(scale)).toPrecision(12));
}

/** The value of a fraction word ("half", "two-thirds"), or null. */
export function readFraction(printed: string): number | null {
  return FRACTIONS[printed.toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

/**
 * The unit of an amount whose currency sign was lost in encoding ("agreeing a \uFFFD\uFFFD110 billion bailout", "in
 * return for? 110bn"): some currency, which the copy no longer says. ISO 4217's "XXX" stands in, so that it reads as a
 * currency wherever a three-capital code does; dedupe's unitRelation takes it for any currency of the same value.
 */
export const LOST_CURRENCY = 'XXX';

/**
 * A currency sign lost in encoding right before an amount: a run of replacement characters, or a "?" glued to a word
 * that could not end a question ("an?", "for?", "worth?"), then a space.
 */
export const LOST_CURRENCY_SIGN = /(?:\uFFFD+\s?|(?:^|\s)(?:a|an|the|for|of|to|at|by|from|than|about|over|under|worth|some|nearly|around|almost|just|additional|extra)\?\s)$/iu;

/** ISO 4217 code for a currency symbol or word, or null. */
export function currencyCode(printed: string | undefined): string | null {
  if (printed === undefined) return null;
  const key = printed.toLowerCase().trim();
  return CURRENCY_SYMBOLS[key] ?? CURRENCY_WORDS[key] ?? null;
}
