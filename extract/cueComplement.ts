/**
 * Statements whose span opens, right after their cue, on a preposition: the words are the cue's complement (where,
 * through whom, to whom, against what it was said), not the reported clause. Read from the closed class of
 * prepositions and the clause's "that", never from a list of verbs, so that any cue reads the same way.
 */
import type { ExtractedMention } from './types.ts';

/** English prepositions that open a cue's complement ("explained through a spokesman", "wrote to the mayor"). */
const PREPOSITIONS =
  /^(?:about|against|as|at|by|during|for|from|in|into|on|over|through|to|toward|towards|via|with|without|upon|under)$/i;

/**
 * Prepositions whose phrase right after a cue never opens the reported clause itself: "warned against the plan",
 * "described as a friend", "wrote to the mayor about ...", "called for calm" (what is asked for, not said). (A fronted "In 2015, ..." or "By June the plant ..." may
 * open the clause, so those are kept unless a "that" follows.)
 */
const NOT_A_CLAUSE = /^(?:against|as|to|for)$/i;

/** A quantity's "as" ("as many as 20 people", "as much as $5 million", "as long as"): part of the clause. */
const AS_OF_QUANTITY = /^as\s+(?:many|much|few|little|long|far|high|low|well|soon|early|late|recently|of)\b/i;

/** Words that open a recipient or an object after "to" ("to the mayor", "to Mrs. Clinton"), not an infinitive's verb. */
const RECIPIENT_OPENER =
  /^(?:the|a|an|his|her|their|its|our|my|your|this|these|those|him|them|us|me|you|\p{Lu}.*)$/u;

/** Punctuation that closes the complement before any "that" would be the clause's ("in Paris, that ..." is not). */
const COMPLEMENT_STOP = /[,;:"“”‘’()]/u;

/** The most characters of a complement before the clause's "that" ("in an Oct. 26 letter to communications companies"). */
const MAX_COMPLEMENT = 90;

/**
 * The statement without the cue's complement glued before its clause ("explained through a spokesman that he had
 * ..." is "he had ..."), null when the statement is only the complement ("warned against the “fevered dreams” of
 * ...", "described as one of ...", "wrote to the mayor about a visit"), or the mention unchanged. `text` is the
 * article's text, which the mention's offsets index.
 */
export function withoutCueComplement(mention: ExtractedMention, text: string): ExtractedMention | null {
  if (mention.kind !== 'statement' || mention.cue === null || !rightAfterCue(mention, text)) return mention;
  const words = mention.text;
  if (asksOrNamesOnly(words) || nounCueBeforeParticiple(mention.cue, words) || reportsEventTo(mention.cue, words)) return null;
  const how = recipientBeforeHow(mention.cue, words);
  if (how > 0) return { ...mention, start: mention.start + how, text: text.slice(mention.start + how, mention.end) };
  const first = /^\p{L}+/u.exec(words)?.[0] ?? '';
  if (!PREPOSITIONS.test(first)) return mention;
  const that = /\s(that)\s+(?=[\p{L}\p{N}“"‘'])/u.exec(words.slice(0, MAX_COMPLEMENT + 6));
  if (that !== null && !COMPLEMENT_STOP.test(words.slice(0, that.index))) {
    const start = mention.start + that.index + that[0].length;
    return { ...mention, start, text: text.slice(start, mention.end) };
  }
  if (!NOT_A_CLAUSE.test(first) || AS_OF_QUANTITY.test(words) || hasOwnClause(words)) return mention;
  if (/^to$/i.test(first) && !RECIPIENT_OPENER.test(/^to\s+(\S+)/i.exec(words)?.[1] ?? '')) return mention;
  return null;
}

/**
 * An indirect question or a free relative right after the cue ("explains why the state is “weird.”", "announces who it
 * believes deserves the title", "saying what he truly believed"): the cue's object names what was told or asked, not
 * what was said of it, and asserts nothing. A pseudo-cleft ("said what the city needs is a new bridge") asserts its
 * second half and stays, so does a free relative spelled out by a "that" clause ("confirmed what the paper reported,
 * that the mill will close"), and so does a clause after "that" ("said that when ...", not right after the cue).
 */
const WH_OBJECT = /^(?:who|whom|whose|which|why|what)\s/i;
const asksOrNamesOnly = (words: string): boolean =>
  WH_OBJECT.test(words) && !/,\s+that\s/i.test(words) && !(/^what\s/i.test(words) && /\s(?:is|was|are|were)\s/i.test(words.replace(/[“"‘][^”"’]*[”"’]/gu, ' ')));

/**
 * "Army reports seen by the paper suggest that ...", "claims made by the firm show ...": a cue word in "-s" followed by a
 * past participle and "by" is a plural noun described by who saw or made it, not a verb of saying; its words are no
 * clause reported.
 */
const nounCueBeforeParticiple = (cue: string, words: string): boolean =>
  /^\p{L}+s$/u.test(cue.trim()) && /^\p{Ll}+(?:ed|en|n|t)\s+by\s/u.test(words);

/**
 * "reported the theft to the police on Monday", "reported the leak to regulators": an event and whom it was reported to,
 * with no clause of what was said of it. "reported the theft had cost $5,000" has its verb before any "to".
 */
const REPORT_CUES = /^(?:report|reports|reported|reporting)$/i;
const EVENT_TO = /^(?:the|a|an|his|her|their|its)\s+((?:[\p{L}-]+\s+){1,3}?)to\s+(?:the\s+|local\s+)?(?:police|authorities|regulators|officials|officers|prosecutors|\p{Lu}\p{L}*)\b/u;
function reportsEventTo(cue: string, words: string): boolean {
  const noun = REPORT_CUES.test(cue.trim()) ? EVENT_TO.exec(words)?.[1] : undefined;
  return noun !== undefined && !noun.trim().split(/\s+/).some((w) => FINITE.test(w) || /ed$/i.test(w));
}

/**
 * "told the jury how his daughter had been ...", "tells reporters how the fire started", "told stories of how ...": the
 * recipient (or what was told) of a telling cue and "how" stand before the clause told, as "that" would. Where the
 * clause starts, or 0. The words before "how" are a few, none of them a verb ("told the men who had stayed how ..." is
 * not).
 */
const TELLING_CUES = /^(?:tell|tells|told|telling)$/i;
const RECIPIENT_HOW = /^((?:the|a|an|his|her|their|its|our)\s+)?((?:[\p{L}'’-]+\s+){0,3})how\s+(?=\p{L})/u;
function recipientBeforeHow(cue: string, words: string): number {
  if (!TELLING_CUES.test(cue.trim())) return 0;
  const match = RECIPIENT_HOW.exec(words);
  if (match === null || (match[1] === undefined && (match[2] ?? '') === '')) return 0;
  const recipient = (match[2] ?? '').trim().split(/\s+/).filter(Boolean);
  if (recipient.some((w) => FINITE.test(w) || /^(?:who|which|that)$/i.test(w))) return 0;
  return match[0].length;
}

/** Auxiliary and modal verbs: the closed class that marks a finite clause ("the bridge would close"). */
export const FINITE = /^(?:is|are|was|were|has|have|had|will|would|can|could|shall|should|may|might|must|do|does|did)$/i;

/**
 * Whether the words, outside their quotes, hold a clause of their own after the phrase: an auxiliary or modal after a
 * subject ("as a result of the storm the bridge would close"), not a predicate coordinated with the cue's subject
 * ("against the plan, but had ...").
 */
function hasOwnClause(words: string): boolean {
  const unquoted = words.replace(/[“"‘][^”"’]*[”"’]/gu, ' ').split(/\s+/);
  return unquoted.some((word, k) => k > 1 && FINITE.test(word) && !/^(?:but|and|or|,)$|,$/i.test(unquoted[k - 1] ?? ''));
}

/** Whether only blanks stand between the mention and its cue's last word ("Cruz warned against ..."). */
function rightAfterCue(mention: ExtractedMention, text: string): boolean {
  const cueWord = (mention.cue ?? '').trim().split(/\s+/).at(-1) ?? '';
  if (cueWord === '') return false;
  const before = text.slice(Math.max(0, mention.start - cueWord.length - 3), mention.start).trimEnd();
  return (
    before.toLowerCase().endsWith(cueWord.toLowerCase()) &&
    !/\p{L}/u.test(before.slice(-cueWord.length - 1, -cueWord.length))
  );
}
