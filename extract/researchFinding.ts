/**
 * A study's, poll's or report's finding whose subject the other readers cannot take: "A 2014 study by the Kell
 * Institute found ...", "A Marist poll released in May showed that ...", "One early paper found gains in ...".
 */

import type { Clause } from './clauseAroundQuote.ts';
import { clauseOf } from './clauseAroundQuote.ts';
import { FINITE } from './cueComplement.ts';
import { CLAUSE_WORDS, betweenSubjectAndCue, normaliseWord } from './cues.ts';
import { printedTokens } from './printedPhrase.ts';
import type { Token } from './tokenize.ts';
import { isCapitalised } from './tokenize.ts';

/** Verbs that report what a study came to: with or without "that" ("found 31 cases", "shows that ..."). */
const FINDING_VERBS = /^(?:found|finds|find|shows|showed|show|shown)$/;
/**
 * Verbs that report a study's figure, conclusion or words only with their "that" ("estimated that", "projected that",
 * "A report issued in May by the Kell Institute noted that").
 */
const THAT_FINDING_VERBS =
  /^(?:estimated|estimates|estimate|projected|projects|concluded|concludes|conclude|noted|notes|note|suggested|suggests|suggest|warned|warns|warn|stated|states|said|says|say|reported|reports|predicted|predicts|indicated|indicates|revealed|reveals|reveal)$/;
/** Records of research that speak for what they found. */
const RESEARCH_NOUNS = /^(?:study|studies|survey|surveys|poll|polls|polling|report|paper|papers|research|analysis|analyses|estimate|review)$/;
/** Words before the research noun that only describe it: determiners and the like ("A", "One", "the latest"). */
const DETERMINERS = /^(?:a|an|the|one|this|that|these|another|its|their|his|her|new|recent|latest|earlier|separate|influential|landmark|major|national|federal|annual)$/;
/** Words after which the noun's postmodifier runs on into a clause of its own: the cue is that clause's. */
const POSTMODIFIER_BREAKS = /^(?:who|whom|whose|which|when|where|while|because|if|but)$/;
/** Words right after a cue with no "that" that make it no finding: a particle or an object pronoun ("found out", "showed it to"). */
const NO_FINDING_OPENERS = /^(?:out|up|in|on|at|to|for|with|about|it|him|her|them|himself|herself|itself|themselves|us|me|you)$/i;
const MAX_DESCRIBING_WORDS = 6;
const MAX_POSTMODIFIER_WORDS = 14;
/** Words that open a sentence without being part of its subject: "Yet, a 2014 study ...". */
const OPENERS = /^(?:yet|but|and|so|still|also|however|meanwhile|moreover|instead)$/i;

/** Words of a time that may stand between a cue and its "that": "last week", "on Monday", "this year". */
const TIME_WORDS = /^(?:last|this|on|in|early|late|earlier|week|month|year|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/;
const MAX_TIME_WORDS = 3;

/** The index of the "that" at `at` or after a short time ("last week that"), or -1. */
export function timeThenThat(tokens: readonly Token[], at: number): number {
  for (let j = at; j <= at + MAX_TIME_WORDS; j += 1) {
    const word = normaliseWord(tokens[j]?.text ?? '');
    if (word === 'that') return j;
    if (!TIME_WORDS.test(word)) return -1;
  }
  return -1;
}

/** The start of the clause that ends before the cue at `k`: after its last comma, semicolon, colon or dash, past openers. */
function clauseStart(tokens: readonly Token[], k: number): number {
  let start = 0;
  for (let j = 0; j < k; j += 1) if (/^[,;:—–-]$/.test(tokens[j]?.text ?? '')) start = j + 1;
  while (start < k && OPENERS.test(tokens[start]?.text ?? '')) start += 1;
  return start;
}

/**
 * The research noun that heads the subject from `start` (only describing words before it), or -1: "A recent CNN
 * survey", "One influential 2009 paper", "A 2014 House Intelligence Committee report", "Exit polling".
 */
function researchHead(tokens: readonly Token[], start: number, end: number): number {
  for (let j = start; j < end && j - start <= MAX_DESCRIBING_WORDS; j += 1) {
    const token = tokens[j];
    if (token === undefined || !token.word) return -1;
    if (RESEARCH_NOUNS.test(token.text)) return j;
    if (!(DETERMINERS.test(normaliseWord(token.text)) || isCapitalised(token.text) || /^\p{N}/u.test(token.text))) return -1;
  }
  return -1;
}

/**
 * Whether the words after the research noun up to the cue only modify it ("by Loyola Law School", "released in late
 * August", "that appeared in the journal"): no punctuation, no clause of its own ("of patients who found ...").
 */
function postmodifierOnly(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to);
  if (words.length > MAX_POSTMODIFIER_WORDS) return false;
  return words.every((t) => (t.word || /^[’']s?$/.test(t.text)) && !POSTMODIFIER_BREAKS.test(normaliseWord(t.text)));
}

/**
 * "A 2014 study by Ann Lee found 31 cases of fraud", "A Marist poll released in May found that ...", "Exit polling
 * shows he won 83% of young voters": a study, poll, report or paper that opens its clause (after a comma of a fronted
 * phrase, or an opener) and finds, shows, estimates or concludes something reports it, its noun phrase up to the research noun its
 * speaker. With no "that", only a finding reports, and not a particle or a pronoun after it ("found out", "showed them
 * the data"); a finding to come or denied ("would find", "did not show") reports nothing.
 */
export function researchFinding(tokens: Token[]): Clause | null {
  for (let k = 2; k < tokens.length - 2; k += 1) {
    const cue = tokens[k];
    if (cue === undefined || !(FINDING_VERBS.test(cue.text) || THAT_FINDING_VERBS.test(cue.text))) continue;
    // "found last week that ...": a time between the cue and its "that" is the finding's, not what was found.
    const timed = timeThenThat(tokens, k + 1);
    const that = timed !== -1;
    if (!that && (THAT_FINDING_VERBS.test(cue.text) || NO_FINDING_OPENERS.test(tokens[k + 1]?.text ?? '') || !tokens[k + 1]?.word)) continue;
    let end = k;
    while (end > 0 && betweenSubjectAndCue(tokens[end - 1]?.text ?? '', tokens[end - 2]?.text)) end -= 1;
    const between = tokens.slice(end, k).map((t) => normaliseWord(t.text));
    if (between.some((w) => /^(?:not|never)$/.test(w) || (FINITE.test(w) && !/^(?:has|have|had)$/.test(w)))) continue;
    const start = clauseStart(tokens, end);
    const head = researchHead(tokens, start, end);
    if (head === -1 || !postmodifierOnly(tokens, head + 1, end)) continue;
    // "A study that voters found ...": a relative right before the cue makes the cue the relative's.
    if (CLAUSE_WORDS.has(normaliseWord(tokens[end - 1]?.text ?? '')) && end - 1 > head) continue;
    // "A study by Tarn University and the Kell Institute": the study speaks, not the last body its maker's name ends on.
    const subjectWords = tokens.slice(start, head + 1);
    const subject = printedTokens(subjectWords, subjectWords.map((t) => t.text).join(' '));
    const cueEnd = that ? tokens[timed]?.end : cue.end;
    return clauseOf(tokens, that ? timed + 1 : k + 1, tokens.length, { subject, cue: cue.text, position: 'before', cueStart: cue.start, cueEnd });
  }
  return null;
}
