/**
 * "Tom Barker met the union leader Ken Lindqvist": whether the lower-case words between a name and a person noun are
 * the name's own predicate (a verb and its object), not a role that modifies the next name as in "Trump senior
 * adviser Jason Miller". Pure.
 */
import type { Token } from './tokenize.ts';
import { isCommonWord } from './wordnetNouns.ts';
import { isTransitiveVerb } from './wordnetVerbs.ts';

/** Words that open a noun phrase of its own: after a name, they end what could be a role of the next name. */
const DETERMINERS = /^(?:the|a|an|his|her|their|its|our|this|that|these|those)$/;

/**
 * Whether tokens `from` to `to` (exclusive: the lower-case words before the role's person noun) hold a determiner or
 * open on a word WordNet gives no noun or adjective sense ("met", "told", "praised") or on a transitive verb's "-ed"
 * form ("hired", "joined"): a clause's verb, so that the name after it is an object, not the subject.
 */
export function predicateBeforeRole(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).map((t) => t.text.toLowerCase());
  const first = words[0];
  if (first === undefined) return false;
  if (words.some((w) => DETERMINERS.test(w))) return true;
  return !isCommonWord(first) || (/ed$/.test(first) && isTransitiveVerb(first));
}
