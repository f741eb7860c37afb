/**
 * A rounded restatement: one printing gives a figure to fewer places, bounded by its qualifier ("more than 50
 * charges" for 54, "about 600 metres" for 609, "nearly 40% of the vote" for 39.6%), or a decimal printed as the whole number it
 * rounds to ("six miles" for 6.2 miles). LABELLING.md counts it as the same figure; another value beyond the bound
 * ("over 170,000" for 167,000) is a rival estimate.
 */

/** What a printing's opening qualifier says of the value it rounds: above it, below it, just under it, near it. */
const BOUNDS: ReadonlyArray<{ opens: RegExp; fits: (rounded: number, exact: number) => boolean }> = [
  {
    opens: /^(?:more than|over|above|upwards of|in excess of|just over)\s/i,
    fits: (r, e) => r < e && e <= r * 1.1,
  },
  { opens: /^(?:less than|fewer than|under|just under)\s/i, fits: (r, e) => r * 0.9 <= e && e < r },
  { opens: /^(?:nearly|almost)\s/i, fits: (r, e) => r * 0.95 <= e && e < r },
  {
    opens: /^(?:about|around|roughly|approximately|some|an estimated|close to)\s/i,
    fits: (r, e) => Math.abs(e - r) <= r * 0.05,
  },
];

/** The largest power of ten a value is a whole multiple of (600: 100, 609: 1, 6.2: 0.1). */
function roundness(value: number): number {
  let power = 1e-6;
  for (let p = 1e12; p >= 1e-6; p /= 10) {
    const q = value / p;
    if (Math.round(q) !== 0 && Math.abs(q - Math.round(q)) < 1e-9 * Math.abs(q)) {
      power = p;
      break;
    }
  }
  return power;
}

/** Whether `rounded` (as printed, with its value) restates `exact` to fewer places. */
function restates(rounded: { text: string; value: number }, exact: { value: number }): boolean {
  const [r, e] = [rounded.value, exact.value];
  if (!(r > 0 && e > 0) || r === e || roundness(r) <= roundness(e)) return false;
  const bound = BOUNDS.find((b) => b.opens.test(rounded.text.trim()));
  if (bound) return bound.fits(r, e);
  // Printed bare, a whole number restates only a decimal that rounds to it ("six miles", "6.2 miles").
  return !Number.isInteger(e) && Math.round(e) === r;
}

/** Whether two printings of two values are one figure, one of them rounded ("54 charges", "more than 50 charges"). */
export function roundedRestatement(
  a: { text: string; value: number | null },
  b: { text: string; value: number | null },
): boolean {
  if (a.value === null || b.value === null) return false;
  const [x, y] = [
    { text: a.text, value: a.value },
    { text: b.text, value: b.value },
  ];
  return restates(x, y) || restates(y, x);
}

/**
 * Whether two values are near enough for roundedRestatement to join any printings of them: both positive, the larger
 * within a ninth above the smaller (the widest bound, "less than": e >= 0.9 r), or within a half of it (a bare whole
 * number and the decimal it rounds to: "three miles" / 2.6 miles). For a fixed smaller, false from some larger on.
 */
export function mayRestate(a: number, b: number): boolean {
  const [low, high] = a < b ? [a, b] : [b, a];
  return low > 0 && (high * 0.9 <= low || high - low <= 0.5);
}
