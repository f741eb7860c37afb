/**
 * Hearsay reported with no one named: "It was announced on Friday that ...", "It has been suggested that ...", "Word has
 * it that ...": the clause after the "that" is reported speech, its speaker nobody the text names.
 */

import type { Clause } from './clauseAroundQuote.ts';
import { clauseOf } from './clauseAroundQuote.ts';
import { CUE_WORDS, isLyAdverb, normaliseWord } from './cues.ts';
import { printedTokens } from './printedPhrase.ts';
import { timeThenThat } from './researchFinding.ts';
import type { Token } from './tokenize.ts';

/** Past participles of saying, announcing or holding that a passive with "it" reports ("it was said that"). */
const REPORT_PARTICIPLES = /^(?:said|announced|noted|reported|claimed|alleged|suggested|rumou?red|implied|revealed|confirmed|argued|stated|disclosed|understood|believed|thought)$/;
/** The forms of "be" before the participle: "it is", "it was", "it has been", "it had been", "it's". */
const PASSIVE_BE = /^(?:is|was|has been|had been|have been)$/;
/** Words that may stand before the "it": the sentence's start, a conjunction or a subordinator ("after it was announced"). */
const BEFORE_IT = /^(?:and|but|so|yet|then|now|after|when|once|until|since|because|as|before|while)$/i;
/** Nouns that "have it that": "Word has it that ...", "Reports have it that ...", "Rumour has it that ...". */
const HEARSAY_NOUNS = /^(?:word|rumou?r|rumou?rs|reports?|legend)$/i;

/** Subordinators before the "it": the report is in a fronted clause, which its first comma ends ("When it was said that ..., Lee won"). */
const SUBORDINATORS = /^(?:after|when|once|until|since|because|as|before|while)$/i;

/**
 * Where the reported clause from `from` ends: at a semicolon, at a dash before a conjunction or a subordinator ("... in
 * the shower – until tests showed ..." is the writer's), and, in a fronted clause, at its first comma.
 */
function clauseEnd(tokens: readonly Token[], from: number, fronted: boolean): number {
  const end = tokens.findIndex(
    (t, j) => j > from && (t.text === ';' || (fronted && t.text === ',') || (/^[—–-]$/.test(t.text) && /^(?:until|till|while|but|though|although|and|when|before|after)$/i.test(tokens[j + 1]?.text ?? ''))),
  );
  return end === -1 ? tokens.length : end;
}

/** "It was announced that the plant will close, the union said": another cue in the sentence than the one at `cue` names a speaker. */
const otherCue = (tokens: readonly Token[], cue: number): boolean => tokens.some((t, j) => j !== cue && CUE_WORDS.has(normaliseWord(t.text)));

/** Whether the token before `k` lets an "it" there open a clause: none, punctuation, a conjunction or a year ("in 2007 it"). */
function opensClause(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return before === undefined || !before.word || BEFORE_IT.test(before.text) || /^\d{4}$/.test(before.text);
}

/**
 * "It was announced yesterday that the plant will close", "When she first sang there it was noted that ...", "Word has
 * it that ...": "it", a form of "be" (adverbs allowed: "it has long been said") and a participle of saying, or a noun
 * of hearsay that "has it", then "that": the clause after it is reported with no speaker. "It was said to be ..." (no
 * "that") and "it was expected that" (no report) are left alone, as is an "it" that is a verb's object, and a
 * sentence with a cue of another form ("..., the union said"), whose speaker is named.
 */
export function agentlessThat(tokens: Token[]): Clause | null {
  for (let k = 0; k < tokens.length - 3; k += 1) {
    const text = tokens[k]?.text ?? '';
    if (!opensClause(tokens, k)) continue;
    if (HEARSAY_NOUNS.test(text) && /^(?:has|have)$/.test(tokens[k + 1]?.text ?? '') && normaliseWord(tokens[k + 2]?.text ?? '') === 'it') {
      const that = normaliseWord(tokens[k + 3]?.text ?? '') === 'that' ? k + 3 : -1;
      if (that === -1 || otherCue(tokens, -1)) continue;
      const cue = tokens[k + 1];
      if (cue === undefined) continue;
      // "Reports have it that ...": reports are a source as described; "Word has it" names none.
      const noun = tokens[k];
      const source = noun !== undefined && /^reports$/i.test(noun.text) ? printedTokens([noun], noun.text) : null;
      const where = { cue: cue.text, position: 'before' as const, cueStart: cue.start, cueEnd: tokens[that]?.end };
      return clauseOf(tokens, that + 1, clauseEnd(tokens, that + 1, false), source === null ? { ...where, subject: null, agentless: true } : { ...where, subject: source });
    }
    const contracted = /^it[’']s$/i.test(text);
    if (!contracted && !/^it$/i.test(text)) continue;
    let j = k + 1;
    const be: string[] = contracted ? ['is'] : [];
    while (j < tokens.length && j - k <= 4 && !REPORT_PARTICIPLES.test(tokens[j]?.text ?? '')) {
      const word = tokens[j]?.text ?? '';
      if (!isLyAdverb(word) && !/^(?:long|also|often|once)$/.test(word)) be.push(word.toLowerCase());
      j += 1;
    }
    const cue = tokens[j];
    if (cue === undefined || !REPORT_PARTICIPLES.test(cue.text) || !PASSIVE_BE.test(be.join(' '))) continue;
    const that = timeThenThat(tokens, j + 1);
    if (that === -1 || otherCue(tokens, j)) continue;
    return clauseOf(tokens, that + 1, clauseEnd(tokens, that + 1, SUBORDINATORS.test(tokens[k - 1]?.text ?? '')), { subject: null, cue: cue.text, position: 'before', cueStart: cue.start, cueEnd: tokens[that]?.end, agentless: true });
  }
  return null;
}
