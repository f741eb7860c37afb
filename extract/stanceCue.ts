/**
 * A stance put as a verb and its noun, with the "that" clause it holds: "expressed concern that ...", "voiced doubt
 * that ...", "made the point that ...", "has made clear that ...".
 */

import { irregularLemmas } from '../irregularVerbs.ts';
import type { Clause } from './clauseAroundQuote.ts';
import { clauseOf } from './clauseAroundQuote.ts';
import { ORG_MARKERS, PERSON_NOUNS, normaliseWord } from './cues.ts';
import { subjectBefore } from './findSubject.ts';
import type { PrintedPhrase } from './printedPhrase.ts';
import type { Token } from './tokenize.ts';
import { nounKind } from './wordnetNouns.ts';

/** Verbs that put a stance into words with a noun: "expressed concern", "voiced doubts", "raised fears". */
const EXPRESSING = /^(?:express|expresses|expressed|voice|voices|voiced|raise|raises|raised)$/;
/** Nouns of a stance whose "that" clause is what was held and said. */
const STANCE_NOUNS =
  /^(?:concerns?|doubts?|skepticism|scepticism|frustration|confidence|optimism|hopes?|fears?|worry|worries|dismay|surprise|amusement|regret|disappointment|alarm|outrage|anger|certainty|relief|satisfaction|suspicions?|unease|impatience|annoyance|irritation)$/;
/** "made the point that", "makes clear that", "made it clear that", "made the case that". */
const MAKING = /^(?:make|makes|made)$/;
const MADE_POINTS = [['the', 'point'], ['clear'], ['it', 'clear'], ['the', 'case'], ['the', 'argument']];
/** Words allowed between the verb and the noun: a determiner or a degree ("some", "deep", "renewed", "his own"). */
const NOUN_MODIFIERS =
  /^(?:some|deep|grave|serious|strong|renewed|growing|particular|considerable|private|public|early|repeated|great|real|little|no|his|her|their|its|our|the|a|an|own|further|new)$/;
/** Prepositions opening a circumstance between the noun and its "that": "in an interview", "to reporters", "on Monday". */
const CIRCUMSTANCE = /^(?:in|at|on|during|to|after|before|last|this|earlier|yesterday|today)$/;
/** Nouns whose own "that" a circumstance would bring in ("concern over reports that"): another's claim, not the stance. */
const OTHER_CLAIMS =
  /^(?:reports?|claims?|news|word|rumou?rs?|suggestions?|allegations?|accusations?|fact|idea|notion|possibility|prospect|signs?|evidence)$/;
/** Words before the verb that make the stance one to come or only supposed ("to express", "would voice"). */
const SUPPOSED = /^(?:to|would|will|could|might|may|should|can|must|shall)$/i;
/** Words that make the word after "that" a verb: the "that" is then a relative pronoun ("the fear that drove them"). */
const RELATIVE_VERB =
  /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|does|did|do)$|^\p{Ll}+(?:ed|es)$/u;

/** Words after a comma that open a circumstance of the main clause, not the reported one: ", even as ...", ", while ...". */
const SIDE_CLAUSE = /^(?:even|while|whereas|although|though)$/;
/** Words in "-ing" that work as prepositions (", including the Koch network,"): no participle of the writer's. */
const PREPOSITION_ING =
  /^(?:including|according|regarding|concerning|excluding|following|considering|barring|pending|notwithstanding)$/;
/** Words after a dash that go on with the writer's narration: " - with a comment ...", " — but ...". */
const DASHED_ASIDE = /^(?:with|while|but|though|although|and)$/;

/** A noun of people or a group in WordNet ("deckhands", "committee"), its plural read as its singular. */
function peopleNoun(noun: string): boolean {
  const kind = nounKind(noun) ?? nounKind(noun.replace(/s$/, ''));
  return kind === 'person' || kind === 'group';
}

/** Personal pronouns that may say something made clear. */
const PERSONAL = /^(?:he|she|they|we|i)$/i;

/**
 * Whether the subject of "made clear" is someone who could say it: a personal pronoun, a name, or a noun of people or
 * a body; a thing ("Ryan's language in the statement makes clear that ...") shows the writer's inference.
 */
function speaksMadeClear(subject: PrintedPhrase): boolean {
  const words = subject.text.split(/\s+/);
  if (words.some((w) => /[’']s$/.test(w))) return false;
  const head = words.at(-1) ?? '';
  return (
    PERSONAL.test(subject.text) ||
    (/^\p{Lu}/u.test(words[0] ?? '') &&
      !/^(?:The|This|That|These|Those|Its|Their|His|Her)$/.test(words[0] ?? '')) ||
    PERSON_NOUNS.has(normaliseWord(head)) ||
    ORG_MARKERS.has(normaliseWord(head)) ||
    peopleNoun(normaliseWord(head))
  );
}

/**
 * The end of the reported clause from `start`: the sentence's end, or a comma before a participle or a side clause
 * (", echoing ...", ", even as ..."), or a dash before the writer's narration (" - with a comment ...").
 */
function clauseEnd(tokens: readonly Token[], text: string, start: number): number {
  const sideAfter = (j: number) => {
    const next = tokens[j + 1]?.text ?? '';
    return (/^\p{Ll}{3,}ing$/u.test(next) && !PREPOSITION_ING.test(next)) || SIDE_CLAUSE.test(next);
  };
  for (let j = start + 2; j < tokens.length; j += 1) {
    const t = tokens[j];
    if (t === undefined) break;
    if (t.text === ',' && sideAfter(j)) return j;
    // "... on English-language television,” echoing ...": a quote that closes on the comma ends the clause with it.
    if (t.text.startsWith('§') && /,\s*\S{0,2}\s*$/.test(text.slice(t.start, t.end)) && sideAfter(j))
      return j + 1;
    if (/^[-—–]$/.test(t.text) && DASHED_ASIDE.test(tokens[j + 1]?.text ?? '')) return j;
  }
  return tokens.length;
}

/** Where the verb's noun (or "the point", "clear") ends at `k`, the index after it; -1 when none follows. */
function stanceAfter(tokens: readonly Token[], k: number): number {
  const verb = normaliseWord(tokens[k]?.text ?? '');
  if (MAKING.test(verb)) {
    for (const words of MADE_POINTS)
      if (words.every((w, i) => normaliseWord(tokens[k + 1 + i]?.text ?? '') === w))
        return k + 1 + words.length;
    return -1;
  }
  if (!EXPRESSING.test(verb)) return -1;
  let j = k + 1;
  while (j - k <= 3 && NOUN_MODIFIERS.test(normaliseWord(tokens[j]?.text ?? ''))) j += 1;
  return STANCE_NOUNS.test(normaliseWord(tokens[j]?.text ?? '')) ? j + 1 : -1;
}

/** The "that" after `from`, past a short circumstance ("in an interview this year"); -1 when none opens a clause. */
function thatAfter(tokens: readonly Token[], from: number): number {
  let j = from;
  if (normaliseWord(tokens[j]?.text ?? '') !== 'that') {
    if (!CIRCUMSTANCE.test(normaliseWord(tokens[j]?.text ?? ''))) return -1;
    const end = tokens.findIndex((t, i) => i > j && i - j <= 7 && normaliseWord(t.text) === 'that');
    if (end === -1 || tokens.slice(j, end).some((t) => !t.word || OTHER_CLAIMS.test(normaliseWord(t.text))))
      return -1;
    j = end;
  }
  const next = tokens[j + 1];
  if (
    next === undefined ||
    !next.word ||
    RELATIVE_VERB.test(next.text) ||
    irregularLemmas(normaliseWord(next.text)).length > 0
  )
    return -1;
  return j;
}

/**
 * "The mayor expressed concern that the bridge would close", "Harbour pilots have voiced doubts to reporters that ...",
 * "She made the point that ...": the sentence's subject holds and says the clause after the noun's "that", to the
 * sentence's end or a side clause of the writer's. A stance to come or only supposed ("would express concern that") and a "that" opening a relative
 * clause ("voiced the fear that drove them") report nothing.
 */
export function stanceCue(tokens: Token[], text: string): Clause | null {
  for (let k = 1; k < tokens.length - 3; k += 1) {
    const after = stanceAfter(tokens, k);
    if (after === -1 || !/^\p{Ll}/u.test(tokens[k]?.text ?? '')) continue;
    if (SUPPOSED.test(tokens[k - 1]?.text ?? '')) continue;
    const that = thatAfter(tokens, after);
    if (that === -1) continue;
    const subject = subjectBefore(tokens, k);
    if (subject === null) continue;
    if (MAKING.test(normaliseWord(tokens[k]?.text ?? '')) && !speaksMadeClear(subject)) continue;
    const cue = tokens[k];
    if (cue === undefined) continue;
    return clauseOf(tokens, that + 1, clauseEnd(tokens, text, that + 1), {
      subject,
      cue: cue.text,
      position: 'before',
      cueStart: cue.start,
      cueEnd: tokens[that]?.end ?? cue.end,
    });
  }
  return null;
}
