/**
 * A headline printed in sentence case as the text's first line, over the story ("Senator vows to fight plant
 * closure." then the lede): a line of its own, one sentence of a few words in headline grammar, which drops the
 * copula and tells the news in the present ("Storm leaves 40,000 homes without power."). A lede sentence has a verb
 * in the past, the perfect or the future, a modal or a copula ("The senator vowed ...", "... have been killed",
 * "Time is not on his side.") and is rarely so short. A line opened by a quote mark (a quoted reaction leads a feature
 * as often as it heads one) or by a dateline ("PARIS (AP) —") is the story's own.
 */

/** The fewest words of a headline: one or two are a label ("World News"). */
const MIN_WORDS = 3;
/** The most words of a headline in sentence case; a lede runs longer. */
const MAX_WORDS = 16;
/** What a lede's sentence has and headline grammar drops (in lower case): a past, perfect or future, a modal, a copula. */
const LEDE_VERB =
  /\b\p{Ll}{2,}ed\b|\b(?:said|told|was|were|had|did|has|have|been|is|are|am|will|would|could|should|may|might)\b/u;
/** A dateline opening the story ("PARIS (AP) —", "NEW YORK, May 2 -"). */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'-]*(?:,[^\n]{0,40}?)?(?:\s*\([^)]{1,40}\))?\s*[-–—]\s/u;
/** A sentence's end inside the line, before another sentence. */
const INNER_SENTENCE_END = /[.!?]["'”’]?\s+["“‘]?\p{Lu}/u;

/** Where the story starts after a headline printed as the text's first line, else 0. */
export function openingHeadlineEnd(text: string): number {
  const first = /^(\s*)([^\n]+)\n\s*\S/u.exec(text);
  if (first === null) return 0;
  const [, lead = '', printed = ''] = first;
  const line = printed.trim();
  const words = line.split(/\s+/).length;
  if (words < MIN_WORDS || words > MAX_WORDS || /^["'“‘«„”’]/u.test(line)) return 0;
  if (LEDE_VERB.test(line.toLowerCase()) || DATELINE.test(line) || INNER_SENTENCE_END.test(line)) return 0;
  return lead.length + printed.length;
}
