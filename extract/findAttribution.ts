/** Find who a quote is attributed to in its own sentence: the cue and the printed subject. */

import { irregularLemmas } from '../irregularVerbs.ts';
import { AUXILIARIES, CLAUSE_WORDS, CUE_WORDS, DOCUMENT_NOUNS, NAMING_CUES, ORG_MARKERS, PARTY_ROLE_WORDS, PERSON_NOUNS, ROLE_WORDS, STATEMENT_CUES, TITLES, WEEKDAY, betweenSubjectAndCue, normaliseWord } from './cues.ts';
import { isCue, matchPhrase, withoutParentheticals } from './matchPhrase.ts';
import { isCapitalised, isPossessive } from './tokenize.ts';
import type { TextAnalysis } from './analyzeText.ts';
import { maskedTokens } from './analyzeText.ts';
import type { Token } from './tokenize.ts';
import type { SentenceSpan } from './splitSentences.ts';
import type { QuoteSpan } from './findQuoteSpans.ts';
import { afterDateline, mainSubject, namesSetOff, rolesUnderOneArticle, subjectAfterCrosshead } from './findSubject.ts';
import { CALENDAR, TITLE_LINKS, titleBodyBefore } from './buildNameIndex.ts';
import { printedTokens } from './printedPhrase.ts';
import { coordinateAdjectives, isStopWordSurname } from './parseSpeakerPhrase.ts';
import { isFirstName } from './personGender.ts';
import { knownAsLinkAt } from './knownAs.ts';
import { describedThenNamed, isRoleNoun, nameAfterRole, nameSetOff } from './setOffRole.ts';
import type { PrintedPhrase } from './printedPhrase.ts';
import { nounKind } from './wordnetNouns.ts';

export interface Attribution {
  /** The subject as printed ("Mr Peskov", "it", "the Kremlin’s spokesperson Dmitry Peskov"), with its offsets. */
  subject: PrintedPhrase | null;
  /** The cue as printed ("said", "told", "according to"), null for "X: “...”". */
  cue: string | null;
  /** Where the cue stands relative to the quote. */
  position: 'after' | 'before';
  /** Offsets of the cue as printed (of the quote's edge when there is no cue word, as in "Peskov: “...”"). */
  cueStart?: number;
  cueEnd?: number;
  /** A passive cue with no agent ("“...,” it is said"): the words are nobody's the text names. */
  agentless?: boolean;
}

const MAX_SUBJECT_WORDS = 9;
/** "it is said", "it was reported", "it has been claimed": a passive cue with "it" for its subject (its cue captured). */
const AGENTLESS = /^it (?:is|was|has been|had been) (said|reported|claimed|alleged|rumou?red|believed|thought|understood)\b/i;
const MAX_APPOSITIVE_WORDS = 20;
const CITING = new Set(['cited', 'quoted', 'citing', 'quoting']);
const SUBJECT_STOPS = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'to', 'from', 'with', 'about', 'when', 'while', 'who', 'which',
  'adding', 'according', 'as', 'that', 'and', 'but', 'because', 'since', 'if', 'told', 'via', 'through', 'into',
]);
// Verbs that make the words before a comma a clause of their own, not a speaker ("killings are rare, police say").
const FINITE_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could']);
// Russian dialogue dash and plain punctuation that may sit between a quote and its cue.
const LEADING_PUNCT = /^[,;:—–―-]$/;

/** "said Al From, who ...": a capitalised stop word that ends the phrase after a given name is the surname. */
function endsNameAt(tokens: readonly Token[], at: number, words: readonly Token[]): boolean {
  const next = tokens[at + 1];
  return (next === undefined || !next.word) && isStopWordSurname([...words.map((w) => w.text), tokens[at]?.text ?? ''], words.length);
}

/** Attribution of `span` from the text after it, then from the text before it, in the same sentence. */
export function findAttribution(analysis: TextAnalysis, span: QuoteSpan): Attribution | null {
  const { masked } = analysis;
  let found = fromTail(analysis, span);
  // "Mr. Zahed said: “...”" introduces the quote after it, not the one before.
  if (found !== null && /^\s*:/.test(masked.slice(locateCue(masked, span, found).cueEnd))) found = null;
  // "“... the facts.” Davison added, “We ...”": a cue after a quote that ends its sentence, then a comma and another
  // quote, introduces that quote; this one is the head's ("Susan Davison said, “...”") when there is one.
  else if (found !== null && /[.!?]\s*$/.test(span.text) && /^\s*,\s*["“«„]?§/.test(masked.slice(locateCue(masked, span, found).cueEnd)))
    found = fromHead(analysis, span) ?? found;
  // "The governor said, “...,” according to the AP": the quote's own cue before it, not the source that relays it.
  else if (found !== null && /^according to$/i.test(found.cue ?? '')) found = fromHead(analysis, span) ?? found;
  // "The pastor said, “...” He declined to say whether ...": a refusal after the quote is no cue of it.
  else if (found !== null && /\b(?:declined|declines|refused|refuses)\s+to$/i.test(found.subject?.text ?? '')) found = fromHead(analysis, span);
  found ??= fromHead(analysis, span);
  return found === null ? null : { ...found, ...locateCue(masked, span, found) };
}

/**
 * A fact check's or a pull quote's signature on the line after a quote that ends its paragraph ("“...”\n\n- Bernie
 * Sanders.\n"): a dash, then up to five capitalised words alone on their line.
 */
function signatureLine(masked: string, close: number): PrintedPhrase | null {
  const m = /^[ \t]*\n\s*[—–―-][ \t]*((?:\p{Lu}[\p{L}.'’-]*[ \t]?){1,5}?)\.?[ \t]*(?:\n|$)/u.exec(masked.slice(close));
  const name = m?.[1]?.trim().replace(/\.$/, '');
  if (m === null || name === undefined || name === '') return null;
  const start = close + m[0].indexOf(name);
  return { text: name, start, end: start + name.length };
}

// The cue is printed next to the quote: the nearest occurrence after it (tail) or before it (head).
function locateCue(masked: string, span: QuoteSpan, found: Attribution): { cueStart: number; cueEnd: number } {
  if (found.cue === null) return found.position === 'after' ? { cueStart: span.close, cueEnd: span.close } : { cueStart: span.open, cueEnd: span.open };
  const at = found.position === 'after' ? masked.indexOf(found.cue, span.close) : masked.lastIndexOf(found.cue, span.open);
  if (at === -1) return { cueStart: span.open, cueEnd: span.open };
  return { cueStart: at, cueEnd: at + found.cue.length };
}

function sentenceAt(sentences: SentenceSpan[], offset: number): SentenceSpan | undefined {
  return sentences.find((s) => s.start <= offset && offset < s.end);
}

function fromTail(analysis: TextAnalysis, span: QuoteSpan): Attribution | null {
  const { masked, sentences } = analysis;
  // Only a quote that is its paragraph is signed ("... called him “my African American.”\n\n- Reuters." is a credit).
  const opensLine = /^[\s"“'‘«„§]*$/.test(masked.slice(masked.lastIndexOf('\n', span.open - 1) + 1, span.open));
  const signed = opensLine ? signatureLine(masked, span.close) : null;
  if (signed !== null) return { subject: signed, cue: null, position: 'after' };
  const own = sentenceAt(sentences, Math.max(span.close - 1, span.open));
  let end = own && own.end > span.close ? own.end : (sentenceAt(sentences, nextNonSpace(masked, span.close))?.end ?? span.close);
  const lineEnd = masked.indexOf('\n', span.close);
  if (lineEnd !== -1 && lineEnd < end) end = lineEnd;
  const nextQuote = masked.indexOf('§', span.close);
  if (nextQuote !== -1 && nextQuote < end) end = nextQuote;
  const tokens = withoutParentheticals(maskedTokens(analysis, span.close, end));
  const sentenceEnded = !own || own.end <= span.close;
  // A quote whose words end a sentence ("… going to happen. ”) and a capital after it: the words after it are a
  // sentence of their own, whatever the sentence splitter made of the mark between them.
  const endsSentence = /[.!?]$/.test(span.text) && /^\p{Lu}/u.test(masked.slice(nextNonSpace(masked, span.close)));
  // A whole sentence after the quote only attributes it when it is short ("WhatsApp said."), or when it opens on
  // its cue ("Murphy, the head of Right to Rise USA, Tweeted on Friday with an image of the skywriting."), not on
  // a cue with content of its own ("TMZ reported Lohan was shopping at …").
  const opensOnCue = cueAfterName(tokens);
  const longDescribed = nameThenLongDescription(masked, tokens.slice(tokens.findIndex((t) => !LEADING_PUNCT.test(t.text))));
  if (longDescribed !== null) return longDescribed;
  if ((sentenceEnded || endsSentence) && tokens.filter((t) => t.word).length > 12 && !opensOnCue) return null;
  let i = 0;
  while (i < tokens.length && LEADING_PUNCT.test(tokens[i]?.text ?? '')) i += 1;
  const rest = tokens.slice(i);
  const first = rest[0];
  if (first === undefined || !first.word) return null;
  const described = wasHowSaid(masked, rest);
  if (described !== null) return described;
  // "“...,” it is said.", "“...,” it was reported on Monday": "it" and a form of "be" before the cue make a passive with
  // no agent; the quote is nobody's the text names (not the last body that spoke). An agent after "by" still speaks.
  const agentless = AGENTLESS.exec(rest.slice(0, 4).map((t) => t.text).join(' '));
  if (agentless !== null && !rest.slice(3, 6).some((t) => /^by$/i.test(t.text))) return { subject: null, cue: agentless[1] ?? null, position: 'after', agentless: true };
  if (CLAUSE_WORDS.has(normaliseWord(first.text))) return circumstanceThenCue(masked, rest);
  // A pull-quote signature: "“…” ― Pamela Padilla".
  const dashed = tokens.slice(0, i).some((t) => /^[—–―]$/.test(t.text));
  const signature = rest.filter((t) => t.word);
  if (dashed && signature.length <= 5 && rest.every((t) => t.word || t.text === '.') && signature.every((t) => isCapitalised(t.text))) {
    return { subject: printedTokens(signature, signature.map((t) => t.text).join(' ')), cue: null, position: 'after' };
  }
  const phrase = matchPhrase(rest, 0);
  if (phrase !== null) return { subject: subjectAfter(rest, phrase.next), cue: phrase.cue, position: 'after' };
  // "“...,” comments Johnston in a statement": "comments" and "remarks", nouns as often as verbs, are cues only so,
  // inverted right after the quote and before a capitalised name.
  if (INVERTED_ONLY_CUES.test(first.text) && rest[1]?.word === true && isCapitalised(rest[1].text)) return { subject: subjectAfter(rest, 1), cue: first.text, position: 'after' };
  // ", adding that …" continues the main clause: its subject is before the quote.
  if (isCue(rest, 0)) return /ing$/i.test(first.text) ? null : citedOrInverted(rest, 0, masked);
  // "WhatsApp said", "Mr Peskov said", "Andrei Svintsov, a Russian official, said".
  let commas = 0;
  // "Jeb Bush, the former Florida governor and a Republican presidential candidate, told CNN": an appositive set
  // off by commas after a name may run long and hold "and" or "who"; it is the subject's description.
  let appositive = 0;
  let firstComma = -1;
  for (let k = 0; k < Math.min(rest.length, MAX_SUBJECT_WORDS + 4 + appositive); k += 1) {
    const token = rest[k];
    if (token === undefined) break;
    if (token.text === ',') {
      commas += 1;
      if (commas > 2) return null;
      if (commas === 1) firstComma = k;
      if (commas === 1 && isCapitalised(rest[0]?.text ?? '')) appositive = appositiveLength(rest, k);
      if (appositive > 0 && commas === 1) k += appositive;
      continue;
    }
    // "“...,” the officials — two senators and a judge — said": words set off by a pair of dashes before the cue
    // describe or name the subject, as an appositive set off by commas does.
    if (k > 0 && SET_OFF_DASH.test(token.text)) {
      const close = rest.findIndex((t, j) => j > k + 1 && j <= k + MAX_DASHED_TOKENS && SET_OFF_DASH.test(t.text));
      if (close === -1 || !rest.slice(k + 1, close).every((t) => t.word || t.text === ',')) return null;
      const cue = matchPhrase(rest, close + 1)?.cue ?? (isCue(rest, close + 1) && !/ing$/i.test(rest[close + 1]?.text ?? '') ? (rest[close + 1]?.text ?? null) : null);
      if (cue === null) return null;
      // Names set off ("the critics — Ann Lee and Tom Roe — said") are the subject; a description leaves the words before.
      const named = namesSetOff(rest.slice(k + 1, close));
      return { subject: named ? subjectText(masked, rest, k + 1, close) : subjectText(masked, rest, 0, k), cue, position: 'after' };
    }
    if (!token.word) return null;
    const p = matchPhrase(rest, k);
    if (p !== null && k > 0) return { subject: subjectText(masked, rest, 0, k), cue: p.cue, position: 'after' };
    if (k > 0 && isCue(rest, k)) {
      // "Lind said, “We are relieved” at the news, adding that ...": a participle after a phrase that finishes the
      // quote's sentence continues the main clause, whose subject is before the quote.
      if (/ing$/i.test(token.text) && rest[k - 1]?.text === ',' && rest.slice(0, k - 1).every((t) => t.word && /^\p{Ll}/u.test(t.text))) return null;
      if (CITING.has(normaliseWord(token.text))) return citedOrInverted(rest, k, masked) ?? { subject: subjectText(masked, rest, 0, k), cue: token.text, position: 'after' };
      // "“... set aside” the plan, said Interior Secretary Ken Salazar": after a comma the cue inverts, and the
      // words before the comma, which name no one, finish the quoted sentence ("Graham, a former candidate, told
      // CBS News" names its subject first).
      // "“... Khartoum,” the capital, said one of the rebel leaders, Jane Roe": a named subject after the cue speaks.
      if (rest[k - 1]?.text === ',' && !/^tell|^told/i.test(token.text) && describedThenNamed(rest, k + 1) !== -1) return citedOrInverted(rest, k, masked);
      const finishesQuote = rest.slice(0, k - 1).every((t) => t.text === ',' || !isCapitalised(t.text));
      const namedAfter = rest.slice(k + 1, k + 4).findIndex((t) => !t.word || isCapitalised(t.text));
      if (rest[k - 1]?.text === ',' && finishesQuote && !/^tell|^told/i.test(token.text) && namedAfter >= 0 && rest[k + 1 + namedAfter]?.word === true) {
        return citedOrInverted(rest, k, masked);
      }
      // "Police responded and surrounded the building.": a sentence of its own only attributes the quote when
      // it is about the saying, not a verb among others, nor a saying with content of its own ("The officer
      // told Mr. Pinder to get everyone in the basement.", "Police said that ...").
      // A quote whose words end their sentence, with a capital after it, stands so too: '“... peace. ” Mayor Roe said
      // the attack was ...' reports the mayor's own words.
      // "“... the leaker.” Lee had insisted on remaining anonymous": a demand (insistsOn) is a saying with content of its own.
      if (sentenceEnded && (/^(?:and|but|or)$/i.test(rest[k + 1]?.text ?? '') || saysItsOwn(rest, k) || insistsOn(rest, k))) return null;
      if (endsSentence && (saysClause(rest, k) || saysNamedClause(rest, k))) return null;
      // "Killings are rare, police say.": a clause before a comma is not the subject. A sentence of its own that
      // reports a clause of its own does not attribute the quote; within the quote's sentence, what follows the
      // comma is the subject.
      const comma = rest.slice(0, k).map((t) => t.text).lastIndexOf(',');
      // "Paul Grant, who has led the city, said": the verbs of a relative clause set off after the name are the
      // appositive's, not a clause of their own.
      const outsideAppositive = (j: number): boolean => appositive === 0 || j <= firstComma || j > firstComma + appositive;
      if (comma > 0 && rest.slice(0, comma).some((t, j) => outsideAppositive(j) && FINITE_VERBS.has(normaliseWord(t.text)))) {
        return comma + 1 < k && !sentenceEnded ? { subject: subjectText(masked, rest, comma + 1, k), cue: token.text, position: 'after' } : null;
      }
      return { subject: subjectText(masked, rest, 0, k), cue: token.text, position: 'after' };
    }
    if (CLAUSE_WORDS.has(normaliseWord(token.text)) && k > 0 && !joinsRoles(rest, k)) return null;
  }
  return null;
}

/** Verbs of saying that are cues only inverted after a quote ("“...,” comments Ann Lee"): elsewhere they are nouns. */
const INVERTED_ONLY_CUES = /^(?:comments|remarks)$/;

/** Most tokens a description set off after a name may run to when commas of places part it ("in Dover, Delaware,"). */
const MAX_LONG_DESCRIPTION = 32;

/**
 * "“...,” study lead author Ann Lee, a geologist at the Kell Institute in Dover, Delaware, and Tarn University, said in
 * a statement", "“...,” Captain Tom Roe, Chief Press Officer, Navy, said": a name of two capitalised words or more
 * (lower-case roles ending on a kind of person before it allowed) and a description set off after it, running over
 * the commas of places and bodies, then a comma and a cue with no object of its own. The name is the subject; a
 * verb or a cue inside the description makes it a clause of its own, which this reading leaves alone.
 */
export function nameThenLongDescription(masked: string, rest: Token[]): Attribution | null {
  const comma = rest.findIndex((t) => t.text === ',');
  if (comma < 2 || comma > MAX_SUBJECT_WORDS) return null;
  const head = rest.slice(0, comma);
  const name = head.findIndex((t) => isCapitalised(t.text));
  if (!head.every((t) => t.word) || name === -1 || comma - name < 2 || !head.slice(name).every((t) => isCapitalised(t.text))) return null;
  const roles = head.slice(0, name).map((t) => normaliseWord(t.text));
  if (name > 0 && (!isPersonNoun(head[name - 1]?.text ?? '') || roles.some((w) => CLAUSE_WORDS.has(w) || AUXILIARIES.has(w) || CUE_WORDS.has(w) || STATEMENT_CUES.has(w)))) return null;
  // The description opens on an article, a kind of person, or a title printed in capitals ("Chief Press Officer").
  const titleEnd = rest.findIndex((t, j) => j > comma && !(t.word && isCapitalised(t.text)));
  const title = titleEnd > comma + 1 && isRoleNoun(normaliseWord(rest[titleEnd - 1]?.text ?? ''));
  const opener = rest[comma + 1]?.text ?? '';
  if (!/^(?:the|a|an)$/i.test(opener) && !isPersonNoun(opener) && !title) return null;
  let commas = 0;
  for (let k = comma + 2; k < Math.min(rest.length, comma + MAX_LONG_DESCRIPTION); k += 1) {
    const token = rest[k];
    if (token === undefined) return null;
    if (token.text === ',') {
      const cue = rest[k + 1];
      const after = rest[k + 2];
      const bare = after === undefined || !after.word || AFTER_BARE_CUE.has(normaliseWord(after.text));
      // A description of one stretch stays the name's role ("Ann Lee, the team captain,"); one over commas of places
      // leaves the name alone.
      if (cue !== undefined && isCue(rest, k + 1) && !/ing$/i.test(cue.text) && !NAMING_CUES.has(normaliseWord(cue.text)) && bare) {
        return { subject: subjectText(masked, rest, 0, commas === 0 ? k : comma), cue: cue.text, position: 'after' };
      }
      commas += 1;
      continue;
    }
    const word = normaliseWord(token.text);
    if (!token.word || FINITE_VERBS.has(word) || CUE_WORDS.has(word) || STATEMENT_CUES.has(word) || (CLAUSE_WORDS.has(word) && word !== 'and')) return null;
  }
  return null;
}

/** Verbs of putting words a certain way, after "was how" ("was how she put it"). */
const WORDING_VERBS = /^(?:described|put|summed|phrased|explained|characterized|characterised)$/i;

/** "“...,” was how Ford described it to friends": the subject between "was how" and the verb of saying said the quote. */
function wasHowSaid(masked: string, rest: Token[]): Attribution | null {
  if (normaliseWord(rest[0]?.text ?? '') !== 'was' || normaliseWord(rest[1]?.text ?? '') !== 'how') return null;
  for (let k = 3; k < Math.min(rest.length, 2 + MAX_SUBJECT_WORDS); k += 1) {
    const token = rest[k];
    if (token === undefined || !token.word) return null;
    // "was how it was described by the mayor": a passive names no subject between "how" and its verb, the agent after "by" spoke.
    if (/^(?:is|are|was|were|be|been|being)$/i.test(token.text)) return passiveAgent(masked, rest, k + 1);
    if (WORDING_VERBS.test(token.text) || isCue(rest, k)) return { subject: subjectText(masked, rest, 2, k), cue: token.text, position: 'after' };
  }
  return null;
}

/** "described by the mayor": the agent after a verb of wording at `verb` and "by", else null. */
function passiveAgent(masked: string, rest: Token[], verb: number): Attribution | null {
  const cue = rest[verb];
  if (cue === undefined || !(WORDING_VERBS.test(cue.text) || isCue(rest, verb)) || rest[verb + 1]?.text !== 'by') return null;
  let end = verb + 2;
  // The agent ends before a circumstance ("by the council on Tuesday").
  const circumstance = /^(?:on|in|at|to|for|during|after|before|last|this|yesterday|today|with|when|while|as|who|which)$/i;
  while (end < rest.length && end - verb - 2 < MAX_SUBJECT_WORDS && rest[end]?.word === true && !circumstance.test(rest[end]?.text ?? '')) end += 1;
  const subject = subjectText(masked, rest, verb + 2, end);
  return subject === null ? null : { subject, cue: cue.text, position: 'after' };
}

/** Words that open a circumstance of the saying between a quote and its cue ("“...” when asked about it, she said"). */
const CIRCUMSTANCE_OPENERS = /^(?:before|after|when|while|until|once)$/i;
/** Most words such a circumstance, and the subject after it, may have. */
const MAX_CIRCUMSTANCE = 6;
const MAX_CIRCUMSTANCE_SUBJECT = 4;

/**
 * "“... meet with Jo” before discussing specifics, he said.": a quote, a circumstance of when it was said (a time
 * word, then words in lower case), a comma, and the cue with its subject ending the sentence (a word or two of time
 * after it at most): the subject after the comma said the quote. A clause of another kind after the quote ("“...”
 * and then left, he said", "“...” that ...") is none.
 */
function circumstanceThenCue(masked: string, rest: Token[]): Attribution | null {
  if (!CIRCUMSTANCE_OPENERS.test(rest[0]?.text ?? '')) return null;
  const comma = rest.findIndex((t) => t.text === ',');
  if (comma < 2 || comma > MAX_CIRCUMSTANCE || !rest.slice(0, comma).every((t) => t.word && /^\p{Ll}/u.test(t.text))) return null;
  for (let k = comma + 2; k <= comma + 1 + MAX_CIRCUMSTANCE_SUBJECT && k < rest.length; k += 1) {
    if (rest[k - 1]?.word !== true) return null;
    if (!isCue(rest, k) || /ing$/i.test(rest[k]?.text ?? '')) continue;
    const after = rest.slice(k + 1).filter((t) => t.word);
    return after.length <= 2 ? { subject: subjectText(masked, rest, comma + 1, k), cue: rest[k]?.text ?? null, position: 'after' } : null;
  }
  return null;
}

const DETERMINER = /^(?:the|a|an|his|her|their|its)$/i;

/**
 * "the comedian and talk show host": "and" joining two roles of one described person, not two clauses. The first role
 * may name its place ("the Florida senator and Republican presidential candidate"), and the second open on a party.
 */
function joinsRoles(tokens: readonly Token[], at: number): boolean {
  const lower = (t: Token | undefined) => t !== undefined && t.word && /^\p{Ll}/u.test(t.text);
  const party = (t: Token | undefined) => t !== undefined && PARTY_ROLE_WORDS.has(normaliseWord(t.text)) && lower(tokens[at + 2]);
  return (
    normaliseWord(tokens[at]?.text ?? '') === 'and' &&
    /^(?:the|a|an)$/i.test(tokens[0]?.text ?? '') &&
    PERSON_NOUNS.has(normaliseWord(tokens[at - 1]?.text ?? '')) &&
    (lower(tokens[at + 1]) || party(tokens[at + 1])) &&
    !tokens.slice(1, at).some((t) => !t.word) &&
    // A second determiner ("the Ohio senator and the Utah governor") introduces a second person.
    (tokens.slice(1, at).every(lower) || !DETERMINER.test(tokens[at + 1]?.text ?? ''))
  );
}

/** Whether the cue at `at` goes on to content of its own: "that ...", or "to" and a verb after its object. */
function saysItsOwn(tokens: readonly Token[], at: number): boolean {
  return tokens.slice(at + 1, at + 7).some((t, j, after) => {
    const word = normaliseWord(t.text);
    if (word === 'that') return true;
    const next = after[j + 1]?.text ?? '';
    return j > 0 && word === 'to' && /^\p{Ll}+$/u.test(next) && !/^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|reporters|journalists)$/.test(next);
  });
}

/**
 * Whether the cue at `at` reports a clause of its own with no "that": a determiner or a pronoun opening its subject,
 * then a finite verb before any punctuation ("said the attack was ...", "said he had ...").
 */
function saysClause(tokens: readonly Token[], at: number): boolean {
  if (!/^(?:the|a|an|this|these|those|his|her|their|its|he|she|they|it|we)$/i.test(tokens[at + 1]?.text ?? '')) return false;
  for (let j = at + 2; j < Math.min(tokens.length, at + 8); j += 1) {
    const token = tokens[j];
    if (token === undefined || !token.word) return false;
    if (FINITE_VERBS.has(normaliseWord(token.text))) return true;
  }
  return false;
}

/** Most capitalised words the subject of a reported clause may run to right after its cue ("said Peter Capaldi was"). */
const MAX_CLAUSE_NAME_WORDS = 3;

/**
 * Whether the cue at `at` reports a clause of its own whose subject is a name: capitalised words, then a finite verb
 * ("Ben Stephenson said Capaldi was ..."). An inverted cue's name is followed by a comma or the sentence's end instead.
 */
function saysNamedClause(tokens: readonly Token[], at: number): boolean {
  let j = at + 1;
  while (j < at + 1 + MAX_CLAUSE_NAME_WORDS && tokens[j]?.word === true && isCapitalised(tokens[j]?.text ?? '')) j += 1;
  return j > at + 1 && FINITE_VERBS.has(normaliseWord(tokens[j]?.text ?? ''));
}

/** Whether `tokens` open on a name, and an appositive after it set off by commas, followed by a cue. */
function cueAfterName(tokens: readonly Token[]): boolean {
  let k = 0;
  while (k < tokens.length && tokens[k]?.word === true && isCapitalised(tokens[k]?.text ?? '') && !/^(?:the|a|an|it|he|she|they|we|i|this|that)$/i.test(tokens[k]?.text ?? '')) k += 1;
  if (k === 0) return false;
  const appositive = tokens[k]?.text === ',' ? appositiveLength(tokens, k) : 0;
  // Past its closing comma, or (an appositive whose closing comma was left out) right to the cue it ends before.
  if (appositive > 0) k += appositive + (tokens[k + appositive + 1]?.text === ',' ? 2 : 1);
  // "Inslee noted the administration's ...": a cue with an object of its own says something else.
  const next = tokens[k + 1];
  const recipient = /^(?:told|tells)$/i.test(tokens[k]?.text ?? '') && isCapitalised(next?.text ?? '');
  const bare = next === undefined || !next.word || recipient || AFTER_BARE_CUE.has(normaliseWord(next.text));
  // "Jeffs can be heard saying on a tape ...": a cue phrase, with only when or where after it.
  const phrase = matchPhrase(tokens as Token[], k);
  if (phrase !== null && phrase.next > k + 1) {
    const after = tokens[phrase.next];
    return after === undefined || !after.word || AFTER_BARE_CUE.has(normaliseWord(after.text));
  }
  return isCue(tokens as Token[], k) && bare;
}

/**
 * Whether the cue at `at` is "insist" with "on" or "upon" and no day or time after it ("Lee had insisted on remaining
 * anonymous"): what one insists on is the cue's object, a demand, not when something was said ("insisted on Monday").
 */
const insistsOn = (tokens: readonly Token[], at: number): boolean =>
  /^insist(?:s|ed|ing)?$/.test(normaliseWord(tokens[at]?.text ?? '')) &&
  /^(?:on|upon)$/i.test(tokens[at + 1]?.text ?? '') &&
  !CALENDAR.test(normaliseWord(tokens[at + 2]?.text ?? ''));

/** Words after a cue that has no object: when, where, how or to whom it was said. */
const AFTER_BARE_CUE = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'with', 'to', 'from', 'via', 'while', 'when', 'later', 'earlier', 'last', 'this', 'yesterday', 'today', 'tonight']);

/**
 * Words from the comma at `comma` to the next comma, when they describe ("the former ...", "who served as ...",
 * "attorney for one of four groups to file suit over the law"), else 0.
 */
export function appositiveLength(tokens: readonly Token[], comma: number): number {
  // "an analyst at the Council on Energy, Environment and Water": a comma inside a list of a name's capitalised words
  // does not close the appositive.
  const close = tokens.findIndex((t, j) => j > comma && t.text === ',' && !inNameList(tokens, j));
  // "Jane Roe, an analyst at the Water Institute think tank told the BBC": an appositive whose closing comma the
  // writer left out ends before the cue, which a lower-case word of the description stands right before.
  const cue = tokens.findIndex((t, j) => j > comma + 2 && (close === -1 || j < close) && /^\p{Ll}/u.test(tokens[j - 1]?.text ?? '') && isCue(tokens as Token[], j));
  const end = cue !== -1 ? cue : close;
  // "Jane Roe, a 22 - year - old resident of ..., said": an age printed with spaced hyphens (spacedAge), as tokenised
  // copy prints it, is one word of the description; its hyphens are no break in it.
  const hyphens = new Set<number>();
  for (let j = comma + 1; j < end; j += 1) if (spacedAge(tokens, j) > 0) [j + 1, j + 3].forEach((h) => hyphens.add(h));
  const inside = tokens.slice(comma + 1, end).filter((t, j) => t.text !== ',' && !hyphens.has(comma + 1 + j));
  const opens = /^(?:the|a|an|who|whose|which)$/i.test(inside[0]?.text ?? '') || isPersonNoun(inside[0]?.text ?? '') || possessiveDescription(tokens, comma + 1, end);
  return end > comma + 1 && end - comma <= MAX_APPOSITIVE_WORDS && opens && inside.every((t) => t.word) ? end - comma - 1 : 0;
}

/** Whether the comma at `at` parts capitalised words of one name's list ("Energy, Environment and Water"). */
function inNameList(tokens: readonly Token[], at: number): boolean {
  const cap = (k: number) => tokens[k]?.word === true && /^\p{Lu}/u.test(tokens[k]?.text ?? '');
  return cap(at - 1) && cap(at + 1) && /^(?:and|&)$/.test(tokens[at + 2]?.text ?? '') && cap(at + 3);
}

function nextNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] ?? '')) i += 1;
  return i;
}

/** "said Peskov", "added the company", or "cited X as telling" where X is the speaker. */
function citedOrInverted(tokens: Token[], at: number, masked: string): Attribution | null {
  const cue = tokens[at];
  if (cue === undefined) return null;
  if (CITING.has(normaliseWord(cue.text))) {
    for (let k = at + 1; k < Math.min(tokens.length - 1, at + MAX_SUBJECT_WORDS + 2); k += 1) {
      const next = tokens[k + 1];
      if (normaliseWord(tokens[k]?.text ?? '') === 'as' && next !== undefined && /^(?:saying|telling|writing|stating|adding)$/i.test(next.text)) {
        return { subject: subjectText(masked, tokens, at + 1, k), cue: next.text, position: 'after' };
      }
    }
    return null;
  }
  return { subject: subjectAfter(tokens, at + 1), cue: cue.text, position: 'after' };
}

/** Whether the comma at `k` parts coordinate adjectives of the description `words` opens ("the tall, soft-spoken man"). */
function adjectivesGoOn(tokens: readonly Token[], k: number, words: readonly Token[]): boolean {
  const close = tokens.findIndex((t, j) => j > k && !t.word);
  const second = tokens.slice(k + 1, close === -1 ? tokens.length : close).map((t) => t.text);
  return coordinateAdjectives(words.map((t) => t.text), second);
}

function subjectAfter(tokens: Token[], from: number): PrintedPhrase | null {
  // "said a Sudanese government spokesman, Jane Roe": the name set off after its description is the subject.
  const named = describedThenNamed(tokens, from);
  if (named !== -1) {
    const phrase = tokens.slice(from, named);
    return printedTokens(phrase, phrase.map((t) => t.text).join(' ').replace(/ ,/g, ','));
  }
  const words: Token[] = [];
  for (let k = from; k < tokens.length && words.length < MAX_SUBJECT_WORDS; k += 1) {
    const token = tokens[k];
    // "said the 36 - year - old Klitschko": an age printed with spaced hyphens is one modifier of the name.
    const age = spacedAge(tokens, k);
    if (age > 0) {
      words.push(...tokens.slice(k, k + age));
      k += age - 1;
      continue;
    }
    // "said the bespectacled, 71-year-old diplomat": a comma between adjectives before one head noun.
    if (token?.text === ',' && adjectivesGoOn(tokens, k, words)) {
      words.push(token);
      continue;
    }
    // "said a report from Halvard Capital": a document in lower case from or by a source runs on to the source.
    if (token !== undefined && documentFrom(tokens, k, words)) {
      words.push(token);
      continue;
    }
    // "said Secretary of State Mark Pell", "said Minister of Energy and Climate Change Ana Lind": a link word inside a
    // capitalised title's body before the name goes on to the name.
    if (token !== undefined && token.word && titleOfBody(words, tokens, k)) {
      words.push(token);
      continue;
    }
    // "said the base chief known as Bob": the single name a description is known by runs on from it.
    if (token !== undefined && (token.text === 'as' || token.text === 'by') && knownAsLinkAt(tokens.slice(Math.max(0, k - 3), k + 3).map((t) => t.text), Math.min(k, 3))) {
      words.push(token);
      continue;
    }
    if (token === undefined || !token.word || (SUBJECT_STOPS.has(normaliseWord(token.text)) && !endsNameAt(tokens, k, words))) break;
    // "Peskov told reporters" ends the name at a lower-case word, but a role between a place or body and a name
    // does not: "Troy police Lt. Gerry Scherlinck", "Leeds illustrator Jane Roe".
    const lower = /^\p{Ll}/u.test(token.text) && !/^(?:de|van|von|bin|al)$/.test(token.text);
    // "reads a Tuesday editorial in The Ledger": a day before a document is its date, not a name the noun ends.
    const datedDocument = lower && WEEKDAY.test(words[words.length - 1]?.text ?? '') && DOCUMENT_NOUNS.has(normaliseWord(token.text));
    if (lower && !datedDocument && words.length > 0 && isCapitalised(words[words.length - 1]?.text ?? '') && !rolesBeforeName(tokens, k)) {
      // The role noun ends the subject: "said one Democratic source (familiar with the talks)"; after a possessive,
      // the people it owns are the subject ("said Clinton's supporters in Ohio").
      const role = modifiedRole(words, tokens, k) || possessedPeople(words, tokens, k);
      words.push(...tokens.slice(k, k + role));
      break;
    }
    words.push(token);
  }
  if (words.length === 0) return null;
  // An appositive after an inverted subject: "said Andrei Svintsov, a Russian official".
  const last = words[words.length - 1];
  const comma = tokens[from + words.length];
  const det = tokens[from + words.length + 1];
  let text = words.map((w) => w.text).join(' ').replace(/ ,/g, ',');
  const extra: Token[] = [];
  if (last && comma?.text === ',' && det && /^(?:a|an|the)$/i.test(det.text)) {
    // An appositive runs to the next punctuation: "the director of public health for Carrisford County Council".
    for (let k = from + words.length + 1; k < tokens.length && extra.length < 12; k += 1) {
      const token = tokens[k];
      if (token === undefined || !token.word) break;
      extra.push(token);
    }
    text = `${text}, ${extra.map((t) => t.text).join(' ')}`;
  }
  return printedTokens([...words, ...extra], text);
}

/** "from" or "by" at `at` after a document noun opening the subject in lower case ("a new report"), before a capitalised source. */
function documentFrom(tokens: readonly Token[], at: number, words: readonly Token[]): boolean {
  const link = tokens[at]?.text ?? '';
  // "said a report in the Daily Ledger", "reads a Tuesday editorial in The Ledger": what a paper printed, after "in";
  // a day may date the piece.
  const printedIn = link === 'in' && /^(?:reports?|editorials?)$/.test(normaliseWord(words[words.length - 1]?.text ?? '')) && /^the$/i.test(tokens[at + 1]?.text ?? '');
  if ((!/^(?:from|by)$/.test(link) && !printedIn) || words.length === 0 || !words.every((w) => w.word && (/^\p{Ll}/u.test(w.text) || (printedIn && WEEKDAY.test(w.text))))) return false;
  const noun = normaliseWord(words[words.length - 1]?.text ?? '').replace(/s$/, '');
  const source = /^the$/i.test(tokens[at + 1]?.text ?? '') ? tokens[at + 2] : tokens[at + 1];
  return DOCUMENT_NOUNS.has(noun) && isCapitalised(source?.text ?? '');
}

/**
 * "said a Trump spokesman", "said one Democratic source", "said the White House press secretary": after an article
 * or a quantifier, a capitalised word modifies the role noun that follows it, which is the head of the subject.
 */
function modifiedRole(words: readonly Token[], tokens: readonly Token[], at: number): number {
  if (!/^(?:a|an|the|one|another|two|three|several|some)$/i.test(words[0]?.text ?? '')) return 0;
  const noun = (token: Token | undefined): boolean => token !== undefined && token.word && /^\p{Ll}/u.test(token.text) && (isPersonNoun(token.text) || ORG_MARKERS.has(normaliseWord(token.text)));
  if (tokens[at]?.word !== true || !/^\p{Ll}/u.test(tokens[at]?.text ?? '')) return 0;
  return noun(tokens[at + 1]) ? 2 : noun(tokens[at]) ? 1 : 0;
}

/**
 * "said Secretary of State Mark Pell", "said Minister of Foreign Affairs Ana Lind", "said Secretary of State for
 * Transport Ana Lind": a link word at `at` ("of", "for", "and", "the") after a subject that is so far one capitalised
 * title and its body opened by "of" or "for", before capitalised words (across link words) whose last stretch holds a
 * body's word and a name of two words or more (no stop word).
 */
function titleOfBody(words: readonly Token[], tokens: readonly Token[], at: number): boolean {
  const title = words[0]?.text ?? '';
  if (!TITLES.has(normaliseWord(title)) || !isCapitalised(title) || !TITLE_LINKS.test(tokens[at]?.text ?? '')) return false;
  if (!/^(?:of|for)$/.test((words[1] ?? tokens[at])?.text ?? '') || !words.slice(1).every((w) => isCapitalised(w.text) || TITLE_LINKS.test(w.text))) return false;
  let stretch = 0;
  for (let k = at + 1; k < tokens.length && tokens[k]?.word === true; k += 1) {
    const text = tokens[k]?.text ?? '';
    const next = tokens[k + 1]?.text ?? '';
    if (isCapitalised(text)) stretch += 1;
    else if (TITLE_LINKS.test(text) && (isCapitalised(next) || next === 'the')) stretch = 0;
    else break;
  }
  // The body's last words and a first name and surname at least: "State Mark Pell", "Transport Ana Lind".
  return stretch >= 3;
}

/** The most lower-case words a possessive's people may run to ("longtime campaign advisers"). */
const MAX_POSSESSED_WORDS = 4;

/**
 * "said Clinton's supporters in Ohio", "said Lowe's campaign manager": after a capitalised possessive that ends the
 * words so far, lower-case modifiers ending on a person noun (singular or plural, or a group's noun in the plural) are
 * who speaks, a group or a role the name owns, never the name. The number of tokens from `at` to that noun, else 0.
 */
function possessedPeople(words: readonly Token[], tokens: readonly Token[], at: number): number {
  if (!isPossessive(words[words.length - 1]?.text ?? '')) return 0;
  let head = 0;
  for (let k = at; k < Math.min(tokens.length, at + MAX_POSSESSED_WORDS); k += 1) {
    const token = tokens[k];
    if (token === undefined || !token.word || !/^\p{Ll}/u.test(token.text)) break;
    const word = normaliseWord(token.text);
    if (AUXILIARIES.has(word) || CLAUSE_WORDS.has(word) || STATEMENT_CUES.has(word) || CUE_WORDS.has(word) || SUBJECT_STOPS.has(word)) break;
    // "supporters", "aides" (WordNet's people), "allies" (a group, printed plural).
    const kind = nounKind(word);
    if (isPersonNoun(token.text) || kind === 'person' || (kind === 'group' && /s$/.test(word))) head = k - at + 1;
  }
  return head;
}

/** The number of tokens of an age printed with spaced hyphens at `at` ("36 - year - old"), else 0. */
function spacedAge(tokens: readonly Token[], at: number): number {
  const texts = tokens.slice(at, at + 5).map((t) => t.text.toLowerCase());
  return /^\d+$/.test(texts[0] ?? '') && texts[1] === '-' && /^(?:year|month)s?$/.test(texts[2] ?? '') && texts[3] === '-' && texts[4] === 'old' ? 5 : 0;
}

/** A role noun in lower case, singular or plural ("spokesman", "leaders"). */
const isPersonNoun = (word: string): boolean => /^\p{Ll}/u.test(word) && (isRoleNoun(word) || isRoleNoun(word.replace(/s$/, '')));

/** The most lower-case words a role may run to between a possessive and a name ("top foreign policy aide"). */
const MAX_MODIFIED_ROLE_WORDS = 5;

/**
 * "said Clinton's top foreign policy aide Jake Sullivan": after a capitalised possessive, lower-case modifiers ending
 * on a role noun right before a capitalised name (no verb, clause word or cue among them) are the name's role.
 */
function modifiedRoleBeforeName(tokens: Token[], at: number): boolean {
  if (!isPossessive(tokens[at - 1]?.text ?? '')) return false;
  for (let k = at; k < Math.min(tokens.length, at + MAX_MODIFIED_ROLE_WORDS + 1); k += 1) {
    const token = tokens[k];
    if (token === undefined || !token.word) return false;
    if (isCapitalised(token.text)) return k > at + 1 && (isPersonNoun(tokens[k - 1]?.text ?? '') || roleOfField(tokens, at, k));
    const word = normaliseWord(token.text);
    if (AUXILIARIES.has(word) || CLAUSE_WORDS.has(word) || STATEMENT_CUES.has(word) || CUE_WORDS.has(word)) return false;
  }
  return false;
}

/**
 * "Greenpeace's head of campaigns Ellie Ross", "the club's director of football Ann Lee": a role noun, "of" and one or
 * two lower-case words of its field, right before the name at `name` (the role noun at `at` or after).
 */
function roleOfField(tokens: readonly Token[], at: number, name: number): boolean {
  const of = [name - 2, name - 3].find((j) => j > at && tokens[j]?.text === 'of');
  return of !== undefined && isPersonNoun(tokens[of - 1]?.text ?? '');
}

const MAX_ROLE_MODIFIERS = 3;

/**
 * "said Leeds housing lawyer Jane Roe", "noted Ohio-based product liability lawyer Carl Brandt": after a capitalised
 * place, two or three lower-case words ending on a noun of a person right before a name of two capitalised words
 * (no clause word, cue, auxiliary or preposition among them) are the name's role.
 */
function modifiersBeforeRole(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < Math.min(tokens.length, at + MAX_ROLE_MODIFIERS + 1); k += 1) {
    const token = tokens[k];
    if (token === undefined || !token.word) return false;
    if (isCapitalised(token.text)) {
      const next = tokens[k + 1];
      return k > at + 1 && isPersonNoun(tokens[k - 1]?.text ?? '') && next !== undefined && next.word && isCapitalised(next.text);
    }
    const word = normaliseWord(token.text);
    if (AUXILIARIES.has(word) || CLAUSE_WORDS.has(word) || STATEMENT_CUES.has(word) || CUE_WORDS.has(word) || SUBJECT_STOPS.has(word)) return false;
  }
  return false;
}

/**
 * One or two lower-case role words ("police", "chief executive") right before a capitalised name, or before a comma
 * and the name.
 */
function rolesBeforeName(tokens: Token[], at: number): boolean {
  if (modifiedRoleBeforeName(tokens, at) || modifiersBeforeRole(tokens, at)) return true;
  for (let k = at; k < Math.min(tokens.length, at + 3); k += 1) {
    const token = tokens[k];
    // "a Sudanese government spokesman, Rabie A. Atti": the name set off by a comma after the roles.
    if (token?.text === ',' && k > at && isPersonNoun(tokens[k - 1]?.text ?? '')) return nameSetOff(tokens, k + 1) !== -1;
    if (token === undefined || !token.word) return false;
    if (isCapitalised(token.text)) return k > at;
    const word = normaliseWord(token.text);
    if (!PERSON_NOUNS.has(word) && !ORG_MARKERS.has(word) && !ROLE_WORDS.has(word)) return false;
  }
  return false;
}

function subjectText(masked: string, tokens: Token[], from: number, to: number): PrintedPhrase | null {
  // Skip auxiliaries and adverbs between the subject and the cue ("has said", "was quoted").
  let end = to;
  while (end > from && betweenSubjectAndCue(tokens[end - 1]?.text ?? '', tokens[end - 2]?.text)) end -= 1;
  const first = tokens[from];
  const last = tokens[end - 1];
  if (first === undefined || last === undefined || end <= from) return null;
  return { text: masked.slice(first.start, last.end), start: first.start, end: last.end };
}

/** Cues with no object that print their speaker after them ("..., said Yeager:"); "telling Breitbart London:" names the hearer. */
const INVERTED_BEFORE_COLON = /^(?:said|says|added|adds|recalled|recalls|explained|explains|noted|notes|continued|continues|wrote|writes|observed|observes)$/i;

function fromHead(analysis: TextAnalysis, span: QuoteSpan): Attribution | null {
  const { masked, sentences } = analysis;
  const own = sentenceAt(sentences, span.open);
  let headStart = own ? own.start : span.open;
  const lineStart = masked.lastIndexOf('\n', span.open - 1) + 1;
  if (headStart < lineStart) headStart = lineStart;
  let headEnd = span.open;
  const head = masked.slice(headStart, headEnd);
  // A quote opening its sentence after "X said:" takes the previous sentence as its head.
  if (head.trim() === '' || /^[\s—–-]*$/.test(head)) {
    const previous = sentences.filter((s) => s.end <= headStart).pop();
    if (!previous || !/:\s*$/.test(masked.slice(previous.start, previous.end))) return null;
    headStart = previous.start;
    headEnd = previous.end;
  }
  const tokens = withoutParentheticals(maskedTokens(analysis, headStart, headEnd));
  // "ECONOMY FAVORS TRUMP - David Wasserman: “...”": a dash, like a quote, ends what comes before the name.
  const lastPart = tokens.slice(tokens.map((t) => t.text.startsWith('§') || /^[-–—―]$/.test(t.text)).lastIndexOf(true) + 1);
  const colon = lastPart[lastPart.length - 1];
  for (let k = tokens.length - 1; k >= 0; k -= 1) {
    const token = tokens[k];
    if (token === undefined || token.text.startsWith('§')) continue;
    const phrase = matchPhrase(tokens, k);
    if (phrase !== null) {
      if (/^(?:according to|in the words of|по словам|по мнению|за словами)$/i.test(phrase.cue)) {
        return { subject: subjectAfter(tokens, phrase.next), cue: phrase.cue, position: 'before' };
      }
      if (/^(?:as saying|as telling)$/i.test(phrase.cue)) {
        const cited = findCiting(tokens, k);
        if (cited === null) continue;
        // "X was quoted as saying" names X before the verb; "cited X as saying" names X after it.
        if (cited === k - 1) return { subject: subjectBefore(masked, tokens, cited), cue: `${tokens[cited]?.text ?? ''} ${phrase.cue}`, position: 'before' };
        return { subject: subjectText(masked, tokens, cited + 1, k), cue: tokens[k + 1]?.text ?? phrase.cue, position: 'before' };
      }
      return { subject: asClauseSubject(analysis.text, tokens, k) ?? subjectBefore(masked, tokens, k), cue: phrase.cue, position: 'before' };
    }
    // The last word of a cue phrase ("as saying", "could be heard saying"): the phrase is matched where it starts.
    const phraseInside = [1, 2, 3].some((back) => k >= back && (matchPhrase(tokens, k - back)?.next ?? 0) > k);
    // "a candidate who promised mass deportation: “...”": a relative clause's cue with its own object says nothing of
    // the quote; the cue before it does ("Cole tweeted ...").
    const after = tokens.slice(k + 1);
    // "Ann Lee, who declared in the spin room, “...”": a circumstance after the cue is no object.
    const circumstance = after[0] !== undefined && CIRCUMSTANCE_AFTER_RELATIVE.test(after[0].text) && after[after.length - 1]?.text === ',';
    const relativeWithObject = /^(?:who|which)$/i.test(tokens[k - 1]?.text ?? '') && after.some((t) => t.word) && !after.some((t) => normaliseWord(t.text) === 'that') && !circumstance;
    // "As the columnist Ada Pell had written years earlier, “...”": "written" after a perfect's auxiliary is "wrote".
    const written = tokens[k + 1];
    const perfectWritten = normaliseWord(token.text) === 'written' && /^(?:had|has|have)$/i.test(tokens[k - 1]?.text ?? '') && (written?.word !== true || AFTER_WRITTEN.test(written.text));
    // "Roe mocked the plan, tweeting, “...”": a participle of saying that no cue list holds, set off by a comma right
    // before the quote, is that quote's cue.
    const participleRightBefore = SET_OFF_PARTICIPLES.test(token.text) && tokens[k - 1]?.text === ',' && after.every((t) => !t.word);
    // "“...,” comments Johnston in a statement, “...”": the inverted cue between the two parts of a quote.
    const invertedOnly = INVERTED_ONLY_CUES.test(token.text) && tokens.slice(0, k).every((t) => !t.word) && isCapitalised(tokens[k + 1]?.text ?? '');
    if (!phraseInside && !relativeWithObject && (isCue(tokens, k) || perfectWritten || participleRightBefore || invertedOnly) && !/^(?:cited|quoted)$/i.test(token.text)) {
      // "Stated Stone: “...”" inverts; "Trump adopted an accent and joked, “...”" names the sentence's subject.
      // So does "One big difference, said Yeager: “...”": a cue set off by a comma with only a name after it, up to
      // the colon that opens the quote.
      const rest = tokens.slice(k + 1);
      const nameToColon =
        INVERTED_BEFORE_COLON.test(token.text) && tokens[k - 1]?.text === ',' && rest.length >= 2 && rest.length <= 5 && rest[rest.length - 1]?.text === ':' && rest.slice(0, -1).every((t) => t.text === '.' || (t.word && isCapitalised(t.text)));
      const inverted = tokens.slice(0, k).every((t) => !t.word) || nameToColon ? subjectAfter(tokens, k + 1) : null;
      if (nameToColon && inverted !== null) return { subject: inverted, cue: token.text, position: 'before' };
      const asSubject = asClauseSubject(analysis.text, tokens, k);
      if (asSubject !== null) return { subject: asSubject, cue: token.text, position: 'before' };
      const printed = subjectBefore(masked, tokens, k);
      // "From Andrea Lind writing at The Post: “...”": an aggregator's lead-in names the writer after its "From".
      const from = printed !== null && /ing$/i.test(token.text) ? /^From\s+(?=\p{Lu})/u.exec(printed.text) : null;
      const before = printed !== null && from !== null ? { ...printed, text: printed.text.slice(from[0].length), start: printed.start + from[0].length } : printed;
      // "TallGrass, a wholesaler, issued a statement Saturday saying “...”": words before the cue that open with
      // the verb are the predicate; the subject is the sentence's.
      const predicate = before !== null && /^\p{Ll}+ed\s/u.test(before.text) && /ing$/i.test(token.text);
      // "a retired general who suggested “...”": a relative clause's cue belongs to the noun it modifies.
      const antecedent = before === null ? relativeAntecedent(masked, tokens, k) : null;
      // "On Twitter, she answered one of his posts by saying, “...”": a participle after "by" is the main clause's subject's.
      // A clause fronted with no comma ("When he returned he began by saying") is not a subject read this way.
      const byMain = /ing$/i.test(token.text) && normaliseWord(tokens[k - 1]?.text ?? '') === 'by' ? mainSubject(tokens, k - 1) : null;
      const byDoing = byMain !== null && !/^(?:When|After|Before|As|While|If|Because|Once|Since|Until|Though|Although|Unless)\b/i.test(byMain.text) ? byMain : null;
      const subject = byDoing ?? participleSubject(masked, tokens, k) ?? (predicate ? null : before) ?? antecedent ?? inverted ?? mainSubject(tokens, k);
      return { subject, cue: token.text, position: 'before' };
    }
  }
  // "Her exact words: “...”", "His reply:": the words of the person the possessive points at, read as "she" or "he".
  const owner = colon?.text === ':' ? wordsOfOwner(lastPart) : null;
  if (owner !== null) return { subject: owner, cue: null, position: 'before' };
  // "Peskov: “...”"
  const named = isCapitalised(lastPart[lastPart.length - 2]?.text ?? '');
  if (colon?.text === ':' && named && lastPart.length <= 7 && lastPart.some((t) => t.word && isCapitalised(t.text))) {
    return { subject: subjectBefore(masked, lastPart, lastPart.length - 1), cue: null, position: 'before' };
  }
  // "The New York Times reports: “...”": a verb of saying a cue list leaves out ("reports" may be a noun) right
  // before the colon, after a name, is the cue of that name.
  const verb = lastPart[lastPart.length - 2];
  if (colon?.text === ':' && verb !== undefined && /^\p{Ll}+s$/u.test(verb.text) && STATEMENT_CUES.has(verb.text) && isCapitalised(lastPart[lastPart.length - 3]?.text ?? '')) {
    return { subject: subjectBefore(masked, lastPart, lastPart.length - 2), cue: verb.text, position: 'before' };
  }
  // "Trump leaned in and boomed: “...”": the subject of the sentence that the colon ends.
  if (colon?.text === ':') {
    const subject = mainSubject(tokens, tokens.length - 1);
    if (subject !== null) return { subject, cue: null, position: 'before' };
  }
  return null;
}

/** Participles of saying read as a quote's cue only when set off right before it (", tweeting, “...”"). */
const SET_OFF_PARTICIPLES = /^(?:tweeting|asserting|declaring|replying|responding)$/i;

/** Words that open a circumstance, not an object, after a relative clause's cue ("who declared in the spin room,"). */
const CIRCUMSTANCE_AFTER_RELATIVE = /^(?:in|at|on|during|after|before|from|via|while|when|later|earlier|last|this|yesterday|today|tonight)$/i;

/** Words of time that may follow "had written" before the comma of its quote ("had written years earlier, “...”"). */
const AFTER_WRITTEN = /^(?:years|months|weeks|days|just|earlier|once|before|then|in|last|recently|previously|long)$/i;

/** Nouns of what someone said that "His exact words:" or "Her reply:" introduce a quote with. */
const SAID_NOUNS = /^(?:words|reply|response|answer|verdict|message|retort|explanation|comment|statement)$/i;

/**
 * The pronoun a sentence part "His exact words:" or "Her reply:" stands for ("he", "she", "they"), printed where the
 * possessive is: a possessive, at most two lower-case words and a noun of what was said before the colon; or the name
 * whose possessive opens it ("Ann Lee’s response was:").
 */
function wordsOfOwner(part: readonly Token[]): PrintedPhrase | null {
  // "Ann Lee’s response was: “...”": a name's possessive stands for that name, and "was" may link the noun to the colon.
  const linked = part.slice(0, -1);
  const words = /^(?:was|is)$/.test(linked[linked.length - 1]?.text ?? '') ? linked.slice(0, -1) : linked;
  const owned = words.findIndex((t) => isPossessive(t.text));
  const name = words.slice(0, owned + 1);
  if (owned >= 0 && owned <= 2 && name.every((t) => t.word && /^\p{Lu}\p{Ll}/u.test(t.text)) && words.length - owned >= 2 && words.length - owned <= 3) {
    const noun = words[words.length - 1]?.text ?? '';
    const last = name[name.length - 1];
    const plain = last === undefined ? '' : last.text.replace(/[’']s$/u, '');
    // "Monday’s statement was:" names a day, no one.
    const dated = CALENDAR.test(normaliseWord(plain)) || /^(?:Today|Yesterday|Tonight)$/.test(plain);
    if (SAID_NOUNS.test(noun) && !dated && words.slice(owned + 1).every((t) => t.word && /^\p{Ll}/u.test(t.text)) && last !== undefined && plain !== last.text && name[0] !== undefined) {
      return { text: [...name.slice(0, -1).map((t) => t.text), plain].join(' '), start: name[0].start, end: last.start + plain.length };
    }
  }
  const possessive = words[0];
  const pronoun = { his: 'he', her: 'she', their: 'they' }[normaliseWord(possessive?.text ?? '')];
  if (possessive === undefined || pronoun === undefined || words.length < 2 || words.length > 4 || !SAID_NOUNS.test(words[words.length - 1]?.text ?? '')) return null;
  return words.slice(1).every((t) => t.word && /^\p{Ll}/u.test(t.text)) ? { text: pronoun, start: possessive.start, end: possessive.end } : null;
}

/**
 * "As Mara Quist, professor of law and author of “...,” put it, “...”", "As the columnist Ada Pell had written years
 * earlier, “...”": a sentence opening on "As" names the quote's speaker right after it, up to the comma of an
 * appositive that closes right before the cue, or up to the cue; null when it names no one capitalised.
 */
function asClauseSubject(text: string, tokens: Token[], cueAt: number): PrintedPhrase | null {
  const first = tokens.findIndex((t) => t.word);
  const opener = tokens[first];
  if (opener === undefined || normaliseWord(opener.text) !== 'as' || cueAt <= first + 1) return null;
  let beforeCue = cueAt;
  while (beforeCue > first + 1 && betweenSubjectAndCue(tokens[beforeCue - 1]?.text ?? '', tokens[beforeCue - 2]?.text)) beforeCue -= 1;
  const comma = tokens.findIndex((t, k) => k > first && k < beforeCue && t.text === ',');
  // A quoted title closing on its comma ("author of “The Quiet Court,” put it") closes the appositive as a comma does.
  const cue = tokens[beforeCue];
  if (comma !== -1 && (cue === undefined || !/,\s*(?:''|["”’])?\s*$/.test(text.slice(Math.max(0, cue.start - 8), cue.start)))) return null;
  let end = comma === -1 ? beforeCue : comma;
  while (end > first + 1 && betweenSubjectAndCue(tokens[end - 1]?.text ?? '', tokens[end - 2]?.text)) end -= 1;
  const words = tokens.slice(first + 1, end);
  if (words.length === 0 || words.length > 8 || !words.some((t) => t.word && isCapitalised(t.text))) return null;
  if (words.some((t) => !t.word || CLAUSE_WORDS.has(normaliseWord(t.text)) || CUE_WORDS.has(normaliseWord(t.text)))) return null;
  const firstWord = words[0];
  const lastWord = words[words.length - 1];
  if (firstWord === undefined || lastWord === undefined) return null;
  return { text: text.slice(firstWord.start, lastWord.end), start: firstWord.start, end: lastWord.end };
}

function findCiting(tokens: Token[], asAt: number): number | null {
  for (let k = asAt - 1; k >= Math.max(0, asAt - MAX_SUBJECT_WORDS - 1); k -= 1) {
    if (CITING.has(normaliseWord(tokens[k]?.text ?? ''))) return k;
  }
  return null;
}

/** The noun phrase ending just before the cue: back to a comma, a clause word or a quote. */
function subjectBefore(masked: string, tokens: Token[], cueAt: number): PrintedPhrase | null {
  let end = cueAt;
  while (end > 0 && betweenSubjectAndCue(tokens[end - 1]?.text ?? '', tokens[end - 2]?.text)) end -= 1;
  // "The trainees were told, “...”": a passive telling's subject heard the words; it did not say them.
  if (/^told$/i.test(tokens[cueAt]?.text ?? '') && tokens.slice(end, cueAt).some((t) => /^(?:is|are|was|were|been|being)$/i.test(t.text))) return null;
  if (tokens[end - 1]?.text !== ',') {
    let start = wordsBack(tokens, end);
    // "A port official who spoke anonymously to discuss the talks said, “...”": the words between "who" and the cue
    // are the predicate of a relative clause; the noun it modifies spoke.
    // So do "who was not authorized to ...": the pronoun a few lower-case words before where the subject was read.
    let who = start - 1;
    while (who > start - 4 && tokens[who]?.word === true && /^\p{Ll}/u.test(tokens[who]?.text ?? '') && normaliseWord(tokens[who]?.text ?? '') !== 'who') who -= 1;
    // Not a participle ("who highlighted comments Hale made saying"), nor a name inside the clause: its own subject.
    const predicate = tokens.slice(who + 1, end);
    if (start < end && normaliseWord(tokens[who]?.text ?? '') === 'who' && /^\p{Ll}/u.test(tokens[start]?.text ?? '') && !/ing$/i.test(tokens[cueAt]?.text ?? '') && predicate.every((t) => t.word && !isCapitalised(t.text))) {
      const antecedent = antecedentOf(masked, tokens, who);
      if (antecedent !== null) return antecedent;
    }
    // "The spot concludes with footage of Vale saying": what an earlier cue closes "with" is the nearer cue's subject.
    // Not "responded to Vale's post writing", whose "to" names whom the earlier cue's subject answered.
    if (start + 1 < end && CUE_WORDS.has(normaliseWord(tokens[start - 1]?.text ?? '')) && normaliseWord(tokens[start]?.text ?? '') === 'with') start += 1;
    // "John Roe, a lawyer at Acme said": a description after a name, the comma that should close it left out.
    if (tokens[start - 1]?.text === ',' && /^(?:a|an|the)$/.test(tokens[start]?.text ?? '')) {
      const nameStart = wordsBack(tokens, start - 1);
      const name = tokens.slice(nameStart, start - 1);
      if (name.length > 0 && name.length <= 5 && name.every((t) => isCapitalised(t.text))) return phraseText(masked, tokens, nameStart, end);
    }
    return phraseText(masked, tokens, start, end);
  }
  // "Andrei Svintsov, a Russian official, was quoted": keep the name and its appositive.
  const appositiveEnd = end - 1;
  const appositiveStart = wordsBack(tokens, appositiveEnd);
  if (tokens[appositiveStart - 1]?.text !== ',') return null;
  const titled = nameThenCapitalisedRole(tokens, appositiveStart);
  if (titled !== null) return phraseText(masked, tokens, titled, appositiveEnd);
  // "her senior policy adviser, Jake Sullivan, said" or "In Ohio, Gov. John Kasich (R-OH), said": a name set off by
  // commas is the subject, with the description before it as its role.
  if (appositiveStart < appositiveEnd && tokens.slice(appositiveStart, appositiveEnd).every((t) => isCapitalised(t.text))) {
    const roleStart = wordsBack(tokens, appositiveStart - 1);
    const role = tokens.slice(roleStart, appositiveStart - 1);
    const isRole = role.length > 0 && role.length <= 6 && PERSON_NOUNS.has(normaliseWord(role[role.length - 1]?.text ?? ''));
    return phraseText(masked, tokens, isRole ? roleStart : appositiveStart, appositiveEnd);
  }
  if (!isAppositive(tokens, appositiveStart, appositiveEnd)) return null;
  const nameStart = wordsBack(tokens, appositiveStart - 1);
  if (nameStart >= appositiveStart - 1) return null;
  return phraseText(masked, tokens, nameStart, appositiveEnd);
}

/** A dash that sets words off ("The officials — two senators and a judge — said"). */
const SET_OFF_DASH = /^[—–-]$/;

/** The most tokens set off between two dashes before a cue. */
const MAX_DASHED_TOKENS = 12;

/** A company's legal form set off by a comma after its name ("Acme, Inc."): part of the name, never a subject. */
const LEGAL_FORMS = /^(?:inc|corp|ltd|llc|plc|co|lp|llp|gmbh|ag)\.?$/i;

/**
 * "Jane Holt, Vice President of Sales for Brightwell, Inc., says:", "Tom Reyes, President Brightwell Europe, said": a
 * person's given name and surname, then a capitalised title set off by commas (a role word among its words before
 * any lower-case one; a company's legal form after it belongs to the title): the title is the name's appositive, not
 * a name set off as the subject. The index the phrase starts at (the given name), else null.
 */
function nameThenCapitalisedRole(tokens: Token[], appositiveStart: number): number | null {
  let start = appositiveStart;
  if (LEGAL_FORMS.test(tokens[start]?.text ?? '')) {
    start = wordsBack(tokens, start - 1);
    if (tokens[start - 1]?.text !== ',') return null;
  }
  const opening: Token[] = [];
  for (let k = start; k < tokens.length && tokens[k]?.word === true && isCapitalised(tokens[k]?.text ?? ''); k += 1) opening.push(tokens[k] as Token);
  if (opening.length === 0 || !opening.some((t) => PERSON_NOUNS.has(normaliseWord(t.text)))) return null;
  const nameStart = wordsBack(tokens, start - 1);
  const name = tokens.slice(nameStart, start - 1);
  const given = name[0]?.text ?? '';
  const isName = name.length >= 2 && name.length <= 3 && name.every((t) => t.word && /^\p{Lu}\p{Ll}/u.test(t.text));
  return isName && isFirstName(given) ? nameStart : null;
}

const RELATIVES = new Set(['who', 'which']);
const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'those']);

/**
 * "a retired general who suggested", "Ms. Lee, who said": the noun phrase right before the relative
 * pronoun that the cue follows (back to its determiner, or a run of capitalised words), else null.
 */
function relativeAntecedent(masked: string, tokens: Token[], cueAt: number): PrintedPhrase | null {
  let rel = cueAt - 1;
  while (rel > 0 && betweenSubjectAndCue(tokens[rel]?.text ?? '', tokens[rel - 1]?.text)) rel -= 1;
  if (!RELATIVES.has(normaliseWord(tokens[rel]?.text ?? ''))) return null;
  return antecedentOf(masked, tokens, rel);
}

/** The noun phrase right before the relative pronoun at `rel` (back to its determiner, or capitalised words), else null. */
function antecedentOf(masked: string, tokens: Token[], rel: number): PrintedPhrase | null {
  const end = tokens[rel - 1]?.text === ',' ? rel - 1 : rel;
  let start = end;
  while (start > 0 && end - start < 6) {
    const token = tokens[start - 1];
    if (token === undefined || !token.word) break;
    const word = normaliseWord(token.text);
    if (NOUN_DETERMINERS.has(word)) return phraseText(masked, tokens, start - 1, end);
    if (CLAUSE_WORDS.has(word) || CUE_WORDS.has(word) || AUXILIARIES.has(word) || SUBJECT_STOPS.has(word) || /^of$/.test(word)) break;
    start -= 1;
  }
  const named = tokens.slice(start, end);
  if (named.length === 0 || !named.every((t) => isCapitalised(t.text))) return null;
  // "Sen. Marco Rubio of Florida, who": the place is the name's, not the antecedent.
  let from = start;
  if (normaliseWord(tokens[start - 1]?.text ?? '') === 'of') {
    let k = start - 1;
    while (k > 0 && start - k < 5 && isCapitalised(tokens[k - 1]?.text ?? '')) k -= 1;
    if (k < start - 1) from = k;
  }
  return phraseText(masked, tokens, from, end);
}

/** Index of the first word of the run of words ending before `end`. */
function wordsBack(tokens: Token[], end: number): number {
  let start = end;
  while (start > 0 && end - start < MAX_SUBJECT_WORDS) {
    const token = tokens[start - 1];
    if (token === undefined || !token.word) break;
    const word = normaliseWord(token.text);
    if (CLAUSE_WORDS.has(word) || (CUE_WORDS.has(word) && start < end)) break;
    start -= 1;
  }
  return jointNamesBack(tokens, titleBack(tokens, start), end);
}

/**
 * "Secretary of State for Transport Ana Lind said", "Minister of Energy and Climate Change Tom Roe said": a run of
 * capitalised words stopped at "for" or "and" goes back to the capitalised title whose body it ends. The run's new
 * start, else `start`.
 */
function titleBack(tokens: readonly Token[], start: number): number {
  const title = /^(?:for|and)$/.test(tokens[start - 1]?.text ?? '') ? titleBodyBefore(tokens, start) : -1;
  return title === -1 ? start : title;
}

/**
 * "Newport and Harter:", "Tom Smith and Ann Lee wrote": a name run right before "and" joins the name after it as
 * one subject (named by the first, parseSpeakerPhrase), so the subject starts at that run.
 */
function jointNamesBack(tokens: Token[], start: number, end: number): number {
  const capitalisedRun = (from: number, to: number) => to > from && tokens.slice(from, to).every((t) => t.word && isCapitalised(t.text));
  if (rolesUnderOneArticle(tokens, start, end)) return start - 3;
  if (normaliseWord(tokens[start - 1]?.text ?? '') !== 'and' || !capitalisedRun(start, end)) return start;
  let first = start - 1;
  while (first > 0 && start - 1 - first < 4 && tokens[first - 1]?.word === true && isCapitalised(tokens[first - 1]?.text ?? '')) first -= 1;
  // "Trump won in Iowa and Clinton said": the run must open the clause, or follow a role ("Council leader Tom Smith").
  const before = tokens[first - 1];
  const opens = before === undefined || !before.word || PERSON_NOUNS.has(normaliseWord(before.text));
  return first < start - 1 && opens && !CLAUSE_WORDS.has(normaliseWord(tokens[first]?.text ?? '')) ? first : start;
}

function phraseText(masked: string, tokens: Token[], start: number, end: number): PrintedPhrase | null {
  const first = tokens[start];
  const last = tokens[end - 1];
  if (first === undefined || last === undefined || start >= end) return null;
  return { text: masked.slice(first.start, last.end), start: first.start, end: last.end };
}

/** The segment "X, a Y," is an appositive when Y starts with an article or a lower-case word. */
function isAppositive(tokens: Token[], start: number, end: number): boolean {
  const first = tokens[start];
  if (first === undefined || start >= end) return false;
  return /^(?:a|an|the)$/i.test(first.text) || /^\p{Ll}/u.test(first.text);
}

/**
 * "Paul Hale, Mary Hale’s husband and the firm’s editor, said": an appositive may open on a capitalised name in the
 * possessive (whose husband, which firm's editor) when a lower-case noun follows it.
 */
function possessiveDescription(tokens: readonly Token[], start: number, end: number): boolean {
  let k = start;
  while (k < start + 3 && k + 1 < end && isCapitalised(tokens[k]?.text ?? '') && !isPossessive(tokens[k]?.text ?? '')) k += 1;
  const owner = tokens[k]?.text ?? '';
  const noun = tokens[k + 1];
  return k + 1 < end && isCapitalised(owner) && isPossessive(owner) && noun !== undefined && noun.word && /^\p{Ll}/u.test(noun.text);
}

/** For "…, saying that" the subject is the main clause's, at the start of the sentence. */
/**
 * "Jo Roe said she was “very happy” with the result, adding: ...": a quoted fragment that the clause goes on after
 * (a word before it, a small word after it, not a conjunction opening a clause of its own, and no cue up to the
 * participle) is a word of that clause, not the end of the stretch that holds the participle's subject. A quote
 * with its own attribution after it ("“...,” he said, adding") still ends it: "he" is the subject.
 */
function quotedInClause(tokens: readonly Token[], at: number, start: number, cueAt: number): boolean {
  const next = tokens[at + 1];
  if (at <= start || tokens[at - 1]?.word !== true || next === undefined || !next.word || !/^\p{Ll}+$/u.test(next.text)) return false;
  if (CLAUSE_WORDS.has(normaliseWord(next.text)) || /^(?:then|so|while)$/i.test(next.text)) return false;
  return !tokens.slice(at + 1, cueAt).some((t) => CUE_WORDS.has(normaliseWord(t.text)));
}

/** "Marlow went on the attack, saying": an irregular past in lower case is a verb, as a word in "-ed" is. */
function irregularPast(token: Token): boolean {
  const word = normaliseWord(token.text);
  return /^\p{Ll}+$/u.test(token.text) && irregularLemmas(word).some((lemma) => lemma !== word);
}

/** Conjunctions that open a clause of time or condition, never a subject. */
const SUBORDINATORS = /^(?:when|after|before|while|if|once|since|until|unless|though|although|because)$/i;

function participleSubject(masked: string, tokens: Token[], cueAt: number): PrintedPhrase | null {
  const cue = tokens[cueAt];
  if (!cue || !/ing$/i.test(cue.text) || tokens[cueAt - 1]?.text !== ',') return null;
  let start = afterDateline(tokens);
  for (let k = cueAt - 2; k >= start; k -= 1) {
    if (tokens[k]?.text === ',' || (tokens[k]?.text.startsWith('§') && !quotedInClause(tokens, k, start, cueAt))) {
      start = k + 1;
      break;
    }
  }
  // "And then Marlow went ...": a sentence's opening conjunction and adverb of time are no part of its subject.
  while (start < cueAt - 2 && /^(?:and|but|then|so|later|still)$/i.test(tokens[start]?.text ?? '') && tokens[start + 1]?.word === true) start += 1;
  // "Roe dodged the question and, when pressed, insisting, “...”": a clause of time set off before the participle
  // names no one; the subject is the sentence's.
  if (start > 0 && SUBORDINATORS.test(tokens[start]?.text ?? '')) return mainSubject(tokens, cueAt);
  let end = start;
  while (end < cueAt - 1) {
    const token = tokens[end];
    if (!token || !token.word) break;
    const word = normaliseWord(token.text);
    // "Sen. Fred Olmo was ...": a capitalised word in "-ed" is a name's ("Ted", "Ahmed"), not a verb.
    if (end > start && (/^\p{Ll}+ed$/u.test(token.text) || irregularPast(token) || AUXILIARIES.has(word) || CUE_WORDS.has(word) || CLAUSE_WORDS.has(word))) break;
    end += 1;
  }
  // "Yahoo News and former TV network anchor Jane Roe has ...": an employer and a role joined before the name.
  const named = normaliseWord(tokens[end]?.text ?? '') === 'and' ? nameAfterRole(tokens, end + 1, cueAt - 1) : -1;
  if (named !== -1) end = named;
  if (end === start || end - start > MAX_SUBJECT_WORDS) return null;
  const glued = subjectAfterCrosshead(tokens, start, end, cueAt);
  if (glued !== null) return subjectText(masked, tokens, glued.start, glued.end);
  // "X, the vice chairwoman, emailed supporters on Monday, telling them" ("wrote to them, saying"): words opening on a
  // verb are the predicate; the subject is the sentence's. A cue before a name ("“...,” said Mr. Roe, adding") is
  // inverted: the name is its subject.
  const opener = tokens[start];
  const inverted = opener !== undefined && CUE_WORDS.has(normaliseWord(opener.text)) && isCapitalised(tokens[start + 1]?.text ?? '');
  const predicate = opener !== undefined && (/^\p{Ll}+ed$/u.test(opener.text) || (irregularPast(opener) && !inverted));
  if (predicate) return mainSubject(tokens, cueAt);
  // "The board cited a law in their favour, the Housing Act of 2001, noting that “...”": words set off after a clause
  // whose verb has gone by describe its object; the subject is the sentence's.
  const opening = afterDateline(tokens);
  const clauseBefore = tokens.slice(opening, start - 1).some((t) => t.word && /^\p{Ll}/u.test(t.text) && (/^\p{Ll}+ed$/u.test(t.text) || irregularPast(t)));
  if (start > opening && /^(?:the|a|an)$/i.test(opener?.text ?? '') && clauseBefore && !SUBORDINATORS.test(tokens[opening]?.text ?? '')) return mainSubject(tokens, cueAt);
  return subjectText(masked, tokens, start, end);
}
