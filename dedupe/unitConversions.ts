/**
 * Measures printed in two systems of units, as merging reads figures: "10 kilometers (6 miles)" and "10 kilometres
 * (6.2 miles)" print one depth, "about 135 kilometers" and "about 85 miles" one distance. Each outlet rounds its own
 * conversion, so a figure in one unit and its conversion in another agree within the rounding, not digit for digit.
 * Units whose words are ambiguous after a figure ("pounds": money or weight; "m": metres or million; "in", "mi",
 * "ha") are left out.
 */

/** What a unit measures and how many of the dimension's base unit (metre, kilogram, square metre, metre per second) it is. */
interface Unit {
  dimension: 'length' | 'mass' | 'area' | 'speed';
  factor: number;
}

/** Unit words as tokenize prints them (lower case, "kilometres" already "kilometers"), by what they measure. */
const UNITS: ReadonlyMap<string, Unit> = new Map(
  (
    [
      ['length', 1000, 'km kms kilometer kilometers kilometre kilometres'],
      ['length', 1, 'meter meters metre metres'],
      ['length', 0.01, 'cm centimeter centimeters centimetre centimetres'],
      ['length', 1609.344, 'mile miles'],
      ['length', 0.3048, 'ft foot feet'],
      ['length', 0.9144, 'yard yards yd yds'],
      ['length', 0.0254, 'inch inches'],
      ['mass', 1, 'kg kgs kilogram kilograms kilogramme kilogrammes kilo kilos'],
      ['mass', 1000, 'tonne tonnes'],
      ['mass', 0.45359237, 'lb lbs'],
      ['area', 10_000, 'hectare hectares'],
      ['area', 4046.8564, 'acre acres'],
      ['speed', 0.44704, 'mph'],
      ['speed', 1 / 3.6, 'kph kmh'],
    ] as const
  ).flatMap(([dimension, factor, words]) => words.split(' ').map((word): [string, Unit] => [word, { dimension, factor }])),
);

/** A figure as printed (a token with digits only, a point allowed) and the unit word after it, if any. */
export interface Measure {
  figure: string;
  unit: string | null;
}

/** A plain figure's value ("6.2" -> 6.2; "1,500" -> 1500); NaN when the token is no plain figure ("€2", "4g"). */
const valueOf = (figure: string): number => (/^\d[\d,]*(?:\.\d+)?$/.test(figure) ? Number(figure.replace(/,/g, '')) : Number.NaN);

/** Half the place of a figure's last printed digit ("6" -> 0.5, "6.2" -> 0.05, "85" -> 0.5): how far its rounding may reach. */
const halfLastPlace = (figure: string): number => {
  const decimals = /\.(\d+)$/.exec(figure)?.[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals;
};

/**
 * Share of a converted figure an outlet's rounding of it may miss by, beyond the last printed digit: "about 85 miles"
 * for 135 kilometers (83.9) is one distance, rounded to the nearest five.
 */
const ROUNDING_SHARE = 0.05;

/**
 * Whether two measures are one quantity in two units of one dimension ("10 kilometers" / "6.2 miles", "135
 * kilometers" / "85 miles"): the one converted lies within ROUNDING_SHARE of the other, or within its last digit's
 * rounding. A figure in one unit and the same figure in another ("6 miles" / "6 kilometers") is not one.
 */
export function sameQuantity(a: Measure, b: Measure): boolean {
  const [unitA, unitB] = [UNITS.get(a.unit ?? ''), UNITS.get(b.unit ?? '')];
  if (unitA === undefined || unitB === undefined || unitA.dimension !== unitB.dimension || unitA.factor === unitB.factor) return false;
  const [valueA, valueB] = [valueOf(a.figure), valueOf(b.figure)];
  if (!Number.isFinite(valueA) || !Number.isFinite(valueB) || valueA === 0) return false;
  const converted = (valueA * unitA.factor) / unitB.factor;
  return Math.abs(converted - valueB) <= Math.max(ROUNDING_SHARE * valueB, halfLastPlace(b.figure));
}

/**
 * Whether two measures print one figure in two units of one dimension ("3 miles" / "3 kilometers", "400 acres" / "400
 * hectares"): two quantities, though their digits agree.
 */
export function otherUnits(a: Measure, b: Measure): boolean {
  const [unitA, unitB] = [UNITS.get(a.unit ?? ''), UNITS.get(b.unit ?? '')];
  return unitA !== undefined && unitB !== undefined && unitA.dimension === unitB.dimension && unitA.factor !== unitB.factor;
}

/**
 * Whether a measure of one printing is one of another's measures: the same figure in no other unit of its dimension
 * (otherUnits), or the same quantity converted (sameQuantity).
 */
export const sameMeasure = (a: Measure, b: Measure): boolean =>
  (a.figure === b.figure && !otherUnits(a, b)) || sameQuantity(a, b);

/**
 * A printing's figures with the unit printed after each (tokens as printFiguresOneWay prints them), less those that
 * restate the figure before them in another unit ("at a depth of 10 kilometers (6 miles)": the 6 is the 10 again,
 * and an outlet that converts to 6.2 or prints no conversion reports one depth). `isFigure` picks the figures.
 */
export function measuresOf(tokens: readonly string[], isFigure: (token: string) => boolean): Measure[] {
  const measures: Measure[] = [];
  for (const [i, token] of tokens.entries()) {
    if (!isFigure(token)) continue;
    const after = tokens[i + 1] ?? '';
    const measure = { figure: token, unit: UNITS.has(after) ? after : null };
    const previous = measures[measures.length - 1];
    // A restatement follows its figure's unit straight away: "10 kilometers (6 miles)", tokenized without the brackets.
    const restates = previous !== undefined && tokens[i - 1] === previous.unit && tokens[i - 2] === previous.figure && sameQuantity(previous, measure);
    if (!restates) measures.push(measure);
  }
  return measures;
}

/** Whether two words are units of one dimension ("kilometers" / "miles", "hectares" / "acres"): one word to a report that converts its figure. */
export function unitsOfOneDimension(a: string, b: string): boolean {
  const [unitA, unitB] = [UNITS.get(a), UNITS.get(b)];
  return unitA !== undefined && unitB !== undefined && unitA.dimension === unitB.dimension;
}
