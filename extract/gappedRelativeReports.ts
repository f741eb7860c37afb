import { FINITE } from './cueComplement.ts';
import { betweenSubjectAndCue, normaliseWord } from './cues.ts';
import { describesPeople, phraseOf } from './findSubject.ts';
import type { Attribution } from './findAttribution.ts';
import type { Token } from './tokenize.ts';
import { isCapitalised } from './tokenize.ts';
import { synsetOffsets } from '../wordnet.ts';
import { irregularLemmas } from '../irregularVerbs.ts';

/** Cues of a relative clause that report the clause after them with its gap: "which he said ...", "that critics claim ...". */
const GAP_CUES =
  /^(?:say|says|said|claim|claims|claimed|argue|argues|argued|insist|insists|insisted|contend|contends|contended|maintain|maintains|maintained|allege|alleges|alleged|believe|believes|believed|warn|warns|warned)$/;
/** Pronouns that may be a relative clause's speaker ("I" and "you" are the writer's and the reader's). */
const SPEAKER_PRONOUNS = /^(?:he|she|they|it)$/;
/** Words that end the relative clause: punctuation of a clause, a dash, or a conjunction that opens the writer's next clause. */
const CLAUSE_STOPS = /^(?:[,;:()—–]|but|while|whereas)$/;
const MAX_SUBJECT_TOKENS = 6;
/** Words that open a focusing aside inside a clause: ", especially his supporters,". */
const FOCUSING = /^(?:especially|particularly|notably|mainly|mostly|chiefly|including)$/;
const MAX_ASIDE_TOKENS = 8;
const MIN_REPORTED_WORDS = 3;

export interface GappedReport {
  start: number;
  end: number;
  attribution: Attribution;
  /** Where the words before the relative end (the antecedent's last word): a report around it ends there. */
  headEnd: number;
  /** The relative word's token index. */
  relativeAt: number;
}

/** Whether a word opens a clause's verb or is one: an auxiliary or modal (a negated one too), or a past in "-ed". */
const auxiliaryOrPast = (word: string) => FINITE.test(word) || /n[’']t$/i.test(word) || /^\p{Ll}{2,}ed$/u.test(word);

/** Whether `t` reads as a finite verb: an auxiliary or modal, a past in "-ed", or a WordNet verb in "-s". */
function finiteVerb(t: Token | undefined): boolean {
  if (t === undefined || !/^\p{Ll}/u.test(t.text)) return false;
  if (auxiliaryOrPast(t.text)) return true;
  const s = /^(\p{Ll}{2,}?)(?:es|s)$/u.exec(t.text);
  return s !== null && (synsetOffsets('verb', t.text.slice(0, -1)).length > 0 || synsetOffsets('verb', s[1] ?? '').length > 0);
}

/**
 * Whether a main verb stands before `at`: an auxiliary, a past in "-ed" or an irregular form. A relative before any
 * ("The plan for a levy that she said would ruin the harbour was dropped") sits in the subject, and its clause would run
 * on into the main verb.
 */
export function verbBefore(tokens: readonly Token[], at: number): boolean {
  return tokens.slice(0, at).some((t) => /^\p{Ll}/u.test(t.text) && (auxiliaryOrPast(t.text) || irregularLemmas(t.text).length > 0));
}

/** Whether the words from `from` to `to` may name who spoke: a pronoun, a capitalised name, or a noun of people. */
function speakerWords(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to);
  if (words.length === 0 || words.length > MAX_SUBJECT_TOKENS || words.some((t) => !t.word && t.text !== '.')) return false;
  if (words.length === 1 && SPEAKER_PRONOUNS.test(normaliseWord(words[0]?.text ?? ''))) return true;
  if (words.every((t) => t.text === '.' || isCapitalised(t.text) || /^(?:of|for|and|the)$/.test(t.text)) && isCapitalised(words.at(-1)?.text ?? '')) return true;
  return describesPeople(words) || (words.length <= 3 && /^(?:many|some|most|few|several|company|government|party|administration)$/i.test(words[0]?.text ?? '') && describesPeople(words.slice(1)));
}

/**
 * "a wall at the border, which he said Mexico should pay for", "a strike that executives said could hurt earnings": a
 * relative clause whose speaker stands between its "which" or "that" and its cue reports the words after the cue, up to
 * the clause's end, with the noun before the relative as their gap. After "that" only a clause that opens on its verb
 * is such a report ("argued that officials said the plan ..." has a complementizer, whose clause is the cue's own).
 * Token indices are the sentence's (quotes masked); a quote inside stays in the clause.
 */
export function gappedRelativeReports(tokens: readonly Token[]): GappedReport[] {
  const out: GappedReport[] = [];
  for (let r = 1; r < tokens.length - 3; r += 1) {
    const relative = tokens[r]?.text;
    if (relative !== 'which' && relative !== 'that') continue;
    const before = tokens[r - 1];
    // "in which he said ...", "of which they claim ...": a preposition's relative has no gap; "which" after a comma or a
    // noun, "that" right after a noun in lower case.
    if (before === undefined || (relative === 'which' && before.text !== ',' && !(before.word && /^\p{Ll}+$/u.test(before.text)))) continue;
    if (relative === 'that' && !(before.word && /^\p{Ll}{3,}$/u.test(before.text) && !GAP_CUES.test(before.text))) continue;
    if (/^(?:in|of|to|for|by|with|on|at|from|about|under|after|before|so|such|now)$/i.test(before.text)) continue;
    let cue = r + 1;
    while (cue < tokens.length && cue - r <= MAX_SUBJECT_TOKENS + 1 && !GAP_CUES.test(tokens[cue]?.text ?? '')) cue += 1;
    if (!GAP_CUES.test(tokens[cue]?.text ?? '') || !verbBefore(tokens, r)) continue;
    let subjectEnd = cue;
    while (subjectEnd > r + 1 && betweenSubjectAndCue(tokens[subjectEnd - 1]?.text ?? '', tokens[subjectEnd - 2]?.text)) subjectEnd -= 1;
    if (!speakerWords(tokens, r + 1, subjectEnd)) continue;
    const from = cue + 1;
    if (relative === 'that' && !finiteVerb(tokens[from])) continue;
    // "which he said was true": the clause must hold words of its own, not only its verb.
    if (normaliseWord(tokens[from]?.text ?? '') === 'that') continue;
    let to = from;
    for (;;) {
      while (to < tokens.length && !CLAUSE_STOPS.test(normaliseWord(tokens[to]?.text ?? ''))) to += 1;
      // "runs the risk of leaving voters, especially his supporters, disenfranchised": a focusing aside set off by two
      // commas stays inside the clause, which goes on after it.
      const close = tokens.findIndex((t, j) => j > to + 1 && t.text === ',');
      if (tokens[to]?.text !== ',' || !FOCUSING.test(tokens[to + 1]?.text ?? '') || close === -1 || close - to > MAX_ASIDE_TOKENS || close + 1 >= tokens.length) break;
      to = close + 1;
    }
    const words = tokens.slice(from, to).filter((t) => t.word || t.text.startsWith('§'));
    const first = tokens[from];
    const last = tokens.slice(from, to).findLast((t) => t.word || t.text.startsWith('§'));
    const subject = phraseOf(tokens as Token[], r + 1, subjectEnd);
    const cueToken = tokens[cue];
    if (words.length < MIN_REPORTED_WORDS || first === undefined || last === undefined || subject === null || cueToken === undefined) continue;
    const head = tokens.slice(0, r).findLast((t) => t.word || t.text.startsWith('§'));
    if (head === undefined) continue;
    out.push({ start: first.start, end: last.end, headEnd: head.end, relativeAt: r, attribution: { subject, cue: cueToken.text, position: 'before', cueStart: cueToken.start, cueEnd: cueToken.end } });
    r = to;
  }
  return out;
}
