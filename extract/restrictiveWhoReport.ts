/**
 * A report in a restrictive relative clause about people who spoke, where the sentence has no report of its own:
 * "There are some economists who argue that ...", "criticism from farmers in the valley who agree that ...".
 */

import type { Clause } from './clauseAroundQuote.ts';
import { clauseOf } from './clauseAroundQuote.ts';
import { FINITE } from './cueComplement.ts';
import { CLAUSE_WORDS, ORG_NOUNS, betweenSubjectAndCue, normaliseWord } from './cues.ts';
import { SUBJECT_BREAKERS, describesPeople } from './findSubject.ts';
import { verbBefore } from './gappedRelativeReports.ts';
import { printedTokens } from './printedPhrase.ts';
import type { Token } from './tokenize.ts';
import { isCapitalised } from './tokenize.ts';

/** Cues that report a clause after "that": "who argue that", "who have suggested that", "who agree that". */
const THAT_CUES =
  /^(?:say|says|said|argue|argues|argued|claim|claims|claimed|suggest|suggests|suggested|insist|insists|insisted|contend|contends|contended|maintain|maintains|maintained|warn|warns|warned|believe|believes|believed|agree|agrees|agreed|allege|alleges|alleged|fear|fears|feared|predict|predicts|predicted|complain|complains|complained|demand|demands|demanded|note|notes|noted)$/;
/** Cues that report a clause with no "that" after them too: "who said the plan had failed". */
// Not a belief ("candidates who think they can win"): with no "that" it describes the people, as much as it reports.
const BARE_CUES = /^(?:say|says|said|claim|claims|claimed|argue|argues|argued|insist|insists|insisted|suggest|suggests|suggested)$/;
/** Words that open a clause's subject after a bare cue. */
const CLAUSE_SUBJECTS = /^(?:he|she|it|they|we|i|you|there|the|a|an|this|these|those|his|her|their|its|our|some|many|most|no|all)$/i;
/** Words before the relative's noun that close its phrase on the left: a determiner or quantifier (kept), or a preposition or verb (not). */
const PHRASE_OPENERS = /^(?:some|many|most|few|several|other|those|these|the|a|an|all|both)$/i;
const MAX_NOUN_WORDS = 6;
const MAX_CLAUSE_LOOKAHEAD = 8;
/** Words that end the relative's reported clause: ", but have not ...", " — ", ";". */
const CLAUSE_STOPS = /^(?:[;:—–]|but)$/;

/** Whether a clause with its own subject and a finite verb opens at `at` (after a cue with no "that"). */
function clauseOpensAt(tokens: readonly Token[], at: number): boolean {
  const opener = tokens[at];
  if (opener === undefined || !opener.word || !(CLAUSE_SUBJECTS.test(opener.text) || isCapitalised(opener.text))) return false;
  for (let j = at + 1; j < Math.min(tokens.length, at + MAX_CLAUSE_LOOKAHEAD); j += 1) {
    const text = tokens[j]?.text ?? '';
    if (/^[,;:.!?]$/.test(text) || CLAUSE_WORDS.has(normaliseWord(text))) return false;
    if (FINITE.test(text) || /^\p{Ll}+ed$/u.test(text)) return true;
  }
  return false;
}

/** Whether the words describe people, or end on a plural of a body that speaks ("teachers unions", "local councils"). */
function speaksAsPeople(words: readonly Token[]): boolean {
  const head = normaliseWord(words.at(-1)?.text ?? '');
  return describesPeople(words) || (/s$/.test(head) && ORG_NOUNS.has(head.slice(0, -1)));
}

/** Whether "and" at `at` goes on with the main clause's verb ("slammed critics who said ... and followed up with"). */
function mainVerbGoesOn(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.text === 'and' && /^\p{Ll}{2,}ed$/u.test(tokens[at + 1]?.text ?? '');
}

/**
 * The noun phrase before the relative "who" at `who`: people described by a noun ("some economists", "Democrats and
 * Republicans in Congress", "powerful teachers unions"), from a determiner or the first word after a preposition or
 * verb; null when the words name no people.
 */
function peopleBefore(tokens: readonly Token[], who: number): { start: number; end: number } | null {
  let start = who;
  while (start > 0 && who - start < MAX_NOUN_WORDS) {
    const token = tokens[start - 1];
    if (token === undefined || !token.word) break;
    // "farmers in the valley who ...": a determiner after a preposition opens the postmodifier's noun, not the phrase.
    if (PHRASE_OPENERS.test(token.text) && !/^(?:in|of|at|from)$/.test(tokens[start - 2]?.text ?? '')) {
      start -= 1;
      break;
    }
    if (/^\p{Ll}/u.test(token.text) && !/^(?:and|in|of)$/.test(token.text) && (/^\p{Ll}+(?:ed|ing)$/u.test(token.text) || FINITE.test(token.text) || CLAUSE_WORDS.has(token.text))) break;
    // "critical of Democrats who ...", "angry about costs and nurses unions who ...": once the words name people, a
    // preposition, or an "and" after a word that names none, opens what comes before them.
    const named = speaksAsPeople(tokens.slice(start, who));
    if (named && (SUBJECT_BREAKERS.has(token.text) || (token.text === 'and' && !speaksAsPeople(tokens.slice(start - 2, start - 1))))) break;
    start -= 1;
  }
  // A preposition that opened the phrase ("from farmers") is not part of it.
  while (start < who && /^(?:from|of|by|to|with|for|among|in)$/.test(tokens[start]?.text ?? '')) start += 1;
  const words = tokens.slice(start, who);
  if (words.length === 0 || !speaksAsPeople(words)) return null;
  return { start, end: who };
}

/**
 * "There are some economists who argue that taxes should be low", "criticism from farmers in the valley who agree that
 * such deals are harmful": a restrictive "who" (no comma before it) whose verb is a cue reports the clause after the
 * cue, up to a stop of the clause (", but", a dash, a semicolon, "and" before a past), the people before "who" its speaker, when a main verb
 * stands before the relative (one inside the subject would run on into it). With no "that", only a cue of saying or
 * belief with a clause of its own after it reports.
 */
export function restrictiveWhoReport(tokens: Token[]): Clause | null {
  for (let who = 2; who < tokens.length - 3; who += 1) {
    if (tokens[who]?.text !== 'who' || !tokens[who - 1]?.word || !verbBefore(tokens, who)) continue;
    let cue = who + 1;
    while (cue < tokens.length && betweenSubjectAndCue(tokens[cue]?.text ?? '', tokens[cue - 1]?.text)) cue += 1;
    const verb = tokens[cue]?.text ?? '';
    if (tokens.slice(who + 1, cue).some((t) => /^(?:not|never|would|could|might|may|will|should|must|can)$/.test(t.text))) continue;
    const that = normaliseWord(tokens[cue + 1]?.text ?? '') === 'that';
    if (!(that ? THAT_CUES.test(verb) : BARE_CUES.test(verb) && clauseOpensAt(tokens, cue + 1))) continue;
    const people = peopleBefore(tokens, who);
    if (people === null) continue;
    const from = that ? cue + 2 : cue + 1;
    let to = from;
    while (to < tokens.length && !CLAUSE_STOPS.test(tokens[to]?.text ?? '') && !(tokens[to]?.text === ',' && tokens[to + 1]?.text === 'but') && !mainVerbGoesOn(tokens, to)) to += 1;
    const words = tokens.slice(people.start, people.end);
    const subject = printedTokens(words, words.map((t) => t.text).join(' '));
    const cueToken = tokens[cue];
    if (cueToken === undefined) continue;
    return clauseOf(tokens, from, to, { subject, cue: verb, position: 'before', cueStart: cueToken.start, cueEnd: that ? tokens[cue + 1]?.end : cueToken.end });
  }
  return null;
}
