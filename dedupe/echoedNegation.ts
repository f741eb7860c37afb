/** A negation an aside repeats: "there has never been a man or a woman, not me, not Bill, nobody more qualified". */

import { negatesAt } from './compareTexts.ts';
import { unifyTypography } from '../typography.ts';

/** A printing as compared: its text as printed and its normalised words. */
interface Printed {
  text: string;
  tokens: readonly string[];
}

/** Fewest words the shorter must print after the aside: an aside stands inside a sentence, a clause added at the end does not. */
const MIN_AFTER = 3;

/** Whether some word of a printing's words negates (compareTexts.ts negatesAt: "nothing less than" does not). */
const negates = (tokens: readonly string[]) => tokens.some((_, i) => negatesAt(tokens, i));

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `long` is `short` with one stretch of words inserted inside it, set off by a comma after the words
 * before it, that holds every negation `long` adds, while `short` already negates: an aside that echoes the
 * sentence's negation ("never been a man or a woman, not me, not Bill, nobody more qualified than") says what
 * the sentence says. A negation inserted without a comma ("we will not sign it"), one in a sentence that
 * negates nothing ("we will sign it, not now"), or one added at the end is no echo: the guard keeps those apart.
 */
export function echoesNegation(short: Printed, long: Printed): boolean {
  const [a, b] = [short.tokens, long.tokens];
  if (b.length <= a.length || !negates(a)) return false;
  let before = 0;
  while (before < a.length && a[before] === b[before]) before += 1;
  let after = 0;
  while (after < a.length - before && a[a.length - 1 - after] === b[b.length - 1 - after]) after += 1;
  if (before === 0 || after < MIN_AFTER || before + after !== a.length) return false;
  const aside = b.slice(before, b.length - after);
  if (!negates(aside)) return false;
  // The aside opens on a comma after the last word before it, as printed.
  const opens = new RegExp(`\\b${escape(b[before - 1] ?? '')}\\s*,\\s*${escape(aside[0] ?? '')}\\b`, 'iu');
  return opens.test(unifyTypography(long.text));
}
