/**
 * Which side of a bargain a sum or a term is printed as: what one party offers ("the club offered $40 million") or
 * what the other asks for ("his agent asked for $40 million"). Reports of a negotiation print both, often of one
 * value (a demand met, a bid matched), and they are two figures however alike their words. English only.
 */

import { normaliseWord } from './cues.ts';
import type { BargainSide } from './types.ts';

/** Verbs of offering, as printed: "offered", "offering", "bid", "bidding". */
const OFFER_VERBS = /^(?:offer(?:s|ed|ing)?|bid(?:s|ding)?)$/;
/** Verbs of asking for something, as printed: "demanded", "seeking", "sought", "requested" (not "asked", see ASK_FOR). */
const ASK_VERBS = /^(?:demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|request(?:s|ed|ing)?)$/;
/** "ask" names a side only as "ask for" or "asking price": "asked about the $40 million" asks a question. */
const ASK_FOR = /^ask(?:s|ed|ing)?$/;
/** How far before a figure its bargaining verb may stand ("asking for an eight-year contract worth $200 million"). */
const MAX_WORDS = 10;
/** Where the clause a figure stands in begins: a sentence's or a clause's break, or a quote mark. */
const CLAUSE_START = /[.;:!?()"“”«»\n][^.;:!?()"“”«»\n]*$/u;

/**
 * The side of a bargain the figure printed at `start` is told as, or null: the nearest verb of offering or asking
 * before it in its clause, within MAX_WORDS words. A figure no such verb governs may be either side's (a fee agreed, a
 * salary earned), so it is left unmarked, free to join both.
 */
export function findBargainSide(text: string, start: number): BargainSide | null {
  const before = text.slice(Math.max(0, start - 120), start);
  const clause = before.slice((CLAUSE_START.exec(before)?.index ?? -1) + 1);
  const words = clause.split(/\s+/).filter(Boolean).map(normaliseWord).reverse().slice(0, MAX_WORDS);
  for (const [k, word] of words.entries()) {
    if (OFFER_VERBS.test(word)) return 'offered';
    if (ASK_VERBS.test(word)) return 'asked';
    // Reversed: the word after "asked" is the one before it in this list.
    if (ASK_FOR.test(word) && (words[k - 1] === 'for' || words[k - 1] === 'price')) return 'asked';
  }
  return null;
}
