/**
 * "Voters in five states went to the polls ...", then "in each of the five states": a count given again after "of
 * the", with no qualifier, names the things already counted as the ones a part or a share is taken of; nobody reports
 * it again as a figure. So does "pictures of the 49 victims" after "49 people were killed" (people counted before, a
 * noun of a kind of person now). A new qualifier ("of the roughly 54,000 pages"), another noun ("of the 28 delegates"
 * after "28 pages") or a count given again as what a sentence is about ("The 23 pirates were handed over") stays.
 */
import { isPersonKind } from './wordnetNouns.ts';

/** A figure as `extractFigures` reads it: where it starts, its value, unit and qualifier. */
export interface CountedFigure {
  start: number;
  value: number;
  unit: string | null;
  qualifier: string | null;
}

/** Nouns that count people and say nothing more of them. */
const PLAIN_PEOPLE = /^(?:people|persons|men|women|individuals)$/;

/** The noun a unit counts: its first word ("pages" of "pages (of the trove)"), or null when it is no plain noun. */
function countedNoun(unit: string | null): string | null {
  const noun = /^\p{Ll}+/u.exec(unit ?? '')?.[0];
  return noun === undefined || noun.length < 3 ? null : noun;
}

/** Whether `noun`, printed after a count, names people (its singular a kind of person: "victims", "hijackers"). */
const namesPeople = (noun: string) => PLAIN_PEOPLE.test(noun) || isPersonKind(noun.replace(/s$/, ''));

/** Whether `figure`, read in `text` after the figures `before`, gives again after "of the" a count already given. */
export function restatesCount(
  text: string,
  figure: CountedFigure,
  before: readonly CountedFigure[],
): boolean {
  if (
    figure.qualifier !== null ||
    !/\bof\s+the\s+$/i.test(text.slice(Math.max(0, figure.start - 7), figure.start))
  )
    return false;
  const noun = countedNoun(figure.unit);
  if (noun === null) return false;
  return before.some((earlier) => {
    const earlierNoun = countedNoun(earlier.unit);
    if (earlier.value !== figure.value || earlierNoun === null) return false;
    return earlierNoun === noun || (PLAIN_PEOPLE.test(earlierNoun) && namesPeople(noun));
  });
}
