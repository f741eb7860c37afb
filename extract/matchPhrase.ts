/** Cue matching on tokens: multi-word cue phrases, cue verbs used as verbs of saying, parentheticals. */

import { CONTINUING_CUES, CUE_PHRASES, CUE_WORDS, normaliseWord } from './cues.ts';
import { isCapitalised } from './tokenize.ts';
import type { Token } from './tokenize.ts';
import { withoutPartyTags } from './partyTag.ts';

const TO_OBJECTS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'him', 'them', 'me', 'us', 'reporters', 'journalists', 'supporters', 'viewers', 'readers', 'lawmakers', 'students', 'members']);

/** The cue phrases by their first word, each as its words, in CUE_PHRASES order (the first that matches wins). */
const PHRASES_BY_FIRST_WORD = new Map<string, string[][]>();
for (const phrase of CUE_PHRASES) {
  const parts = phrase.split(' ');
  const first = parts[0] ?? '';
  PHRASES_BY_FIRST_WORD.set(first, [...(PHRASES_BY_FIRST_WORD.get(first) ?? []), parts]);
}

/** The multi-word cue starting at `at` ("was quoted as saying", "according to"), or null. */
export function matchPhrase(tokens: Token[], at: number): { cue: string; next: number } | null {
  const token = tokens[at];
  const candidates = token === undefined ? undefined : PHRASES_BY_FIRST_WORD.get(normaliseWord(token.text));
  for (const parts of candidates ?? []) {
    const slice = tokens.slice(at, at + parts.length);
    if (slice.length === parts.length && slice.every((t, k) => normaliseWord(t.text) === parts[k])) {
      const printed = slice.map((t) => t.text).join(' ');
      const cue = /^(?:was|were|is) /i.test(printed) ? printed.replace(/^\S+ /, '') : printed;
      return { cue, next: at + parts.length };
    }
  }
  return null;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'this', 'every', 'any', 'no']);

/**
 * "the confirmed death toll", "his writing", "her quips", "the rest of the states": a cue word after a determiner
 * is a noun or an adjective, never a verb of saying ("to have her ask" keeps a verb's base form).
 */
export function isNounUse(tokens: readonly Token[], at: number): boolean {
  const previous = normaliseWord(tokens[at - 1]?.text ?? '');
  if (DETERMINERS.has(previous) || (previous === 'her' && /(?:s|ed|ing)$/.test(normaliseWord(tokens[at]?.text ?? '')))) return true;
  // "Nobody found a source for her claim that ...": "her" after a preposition is a possessive, the cue its noun.
  if (previous === 'her' && /^(?:for|of|about|over|against|despite|amid|with|from|behind|to|on|in|by)$/.test(normaliseWord(tokens[at - 2]?.text ?? ''))) return true;
  // "Police notes published on Monday show ...", "claims made by the firm": a plural noun that a participle
  // describes, its preposition after it.
  return /s$/.test(normaliseWord(tokens[at]?.text ?? '')) && /^\p{Ll}+ed$/u.test(tokens[at + 1]?.text ?? '') && /^(?:on|in|at|by|last|this|earlier|yesterday)$/.test(normaliseWord(tokens[at + 2]?.text ?? ''));
}

/** A cue word used as a verb of saying: not "is said to have", not "continued to block", not "the confirmed toll". */
export function isCue(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  if (token === undefined || !CUE_WORDS.has(normaliseWord(token.text)) || isNounUse(tokens, at)) return false;
  // "the United States should": a capitalised word after a capitalised word is part of a name, not a verb.
  if (at > 0 && isCapitalised(token.text) && tokens[at - 1]?.word === true && isCapitalised(tokens[at - 1]?.text ?? '')) return false;
  const next = tokens[at + 1];
  if (goesOnDoing(tokens, at) || isWritersHedge(tokens, at)) return false;
  if (next && normaliseWord(next.text) === 'to') {
    const object = tokens[at + 2];
    if (object === undefined) return false;
    // "Sanders said to cheers at a rally", "she said to rousing applause": right after a name or a personal pronoun, a
    // cue goes on to whom or to what it was said ("is said to have" is hearsay, "continued to block" no cue).
    const afterName = at > 0 && (isCapitalised(tokens[at - 1]?.text ?? '') || /^(?:he|she|they|we)$/i.test(tokens[at - 1]?.text ?? ''));
    return TO_OBJECTS.has(normaliseWord(object.text)) || isCapitalised(object.text) || afterName;
  }
  return true;
}

/** "continued to portray", "continued his attacks": a continuing cue before a word other than "that" goes on doing something. */
export function goesOnDoing(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return CONTINUING_CUES.has(normaliseWord(tokens[at]?.text ?? '')) && next?.word === true && normaliseWord(next.text) !== 'that';
}

/** "it's safe to say he means ...", "needless to say", "suffice it to say": the writer's hedge, nobody's speech. */
export function isWritersHedge(tokens: readonly Token[], at: number): boolean {
  const word = (k: number) => normaliseWord(tokens[k]?.text ?? '');
  return /^says?$/.test(word(at)) && word(at - 1) === 'to' && /^(?:safe|fair|needless|it)$/.test(word(at - 2));
}

/** Drop short parentheticals ("(D-Wis.)", "(Meta)") and party tags (", R-Ky.,") so that they do not break a subject. */
export function withoutParentheticals(all: Token[]): Token[] {
  const tokens = withoutPartyTags(all);
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k += 1) {
    const token = tokens[k];
    if (token === undefined) break;
    if (token.text === '(') {
      const close = tokens.findIndex((t, j) => j > k && t.text === ')');
      if (close !== -1 && close - k <= 8) {
        k = close;
        continue;
      }
    }
    out.push(token);
  }
  return out;
}

/** Object pronouns and nouns for people that a cue's "to" names as who was told ("confirmed to reporters that"). */
const RECIPIENT_WORDS = /^(?:him|her|them|us|me|you|reporters|journalists|supporters|voters|members|lawmakers|investors|staff|employees|students|parents|residents|fans|police|investigators|officials|colleagues|friends|listeners|viewers|readers|the|a|an|his|their|its)$/;

/**
 * "An NYPD spokesperson confirmed to MailOnline that ...", "said to reporters on Tuesday that ...": a "to" at `at` that
 * names who was told (a name or an outlet, an object pronoun, or a determiner or noun for people) and then, within
 * seven words and before any punctuation, the "that" of the clause; not "said to be", "responded to claims that".
 */
function toRecipientThenThat(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at + 1]?.text ?? '';
  if (!isCapitalised(first) && !RECIPIENT_WORDS.test(first)) return false;
  for (let k = at + 1; k < Math.min(tokens.length, at + 9); k += 1) {
    const token = tokens[k];
    if (token === undefined || !token.word) return false;
    // "Responded To Trump’s Demand In A Way That ...": a headline's capitalised words are no recipient and no clause.
    if (normaliseWord(token.text) === 'that') return token.text === 'that' && k > at + 1 && recipientHead(tokens[k - 1]?.text ?? '');
  }
  return false;
}

/** The last word before a recipient's "that": a name, a pronoun, or a plural noun or one for people ("reporters", "the court"), not a claim's noun ("claims", "the report"). */
const recipientHead = (word: string): boolean =>
  isCapitalised(word) || RECIPIENT_WORDS.test(word) || /^(?:court|judge|jury|committee|panel|board|council|crowd|audience|press|newspaper|station|network|magazine|agency)$/.test(word) || /^(?:today|yesterday|week|month|year|night|morning|evening|afternoon)$/.test(word);

/** A verb of saying used as one: not "the said plan", not "said to be", not "says who". */
export function isSayingVerb(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (next === undefined) return false;
  const nextWord = normaliseWord(next.text);
  if ((nextWord === 'to' && !toRecipientThenThat(tokens, at + 1)) || nextWord === 'by' || nextWord === '.' || nextWord === ')') return false;
  // "Bloomberg reported, quoting ...": nothing is reported right after the cue; but Russian sets its "что" off
  // with a comma ("заявил, что ...").
  if (nextWord === ',' && !/^(?:что|чтобы|that)$/i.test(tokens[at + 2]?.text ?? '')) return false;
  if (isNounUse(tokens, at)) return false;
  const previous = normaliseWord(tokens[at - 1]?.text ?? '');
  // "is said", "was told": a passive reports that someone else spoke to the subject; "is arguing that", "THR is
  // reporting that": a progressive with its "that" reports the subject's words.
  if (/^(?:is|was|were|are|be|been|being)$/.test(previous) && !(/^\p{Ll}+ing$/u.test(tokens[at]?.text ?? '') && nextWord === 'that')) return false;
  // "Let's say you think ...": the writer sets up an example, nobody says it.
  if (/^(?:let['’]s|let)$/i.test(tokens[at - 1]?.text ?? '') || /^let$/i.test(tokens[at - 2]?.text ?? '')) return false;
  if (isWritersHedge(tokens, at)) return false;
  // "said nothing", "said little after ...": what was not said is not a claim.
  if (/^(?:nothing|little)$/.test(nextWord)) return false;
  return true;
}
