/** Reported speech: the clause a speaker is said to have said ("Peskov said that ...", "..., according to X"). */

import { AUXILIARIES, CLAUSE_WORDS, CONTINUING_CUES, CUE_WORDS, DOCUMENT_NOUNS, MEDIUM_NOUNS, NAMING_CUES, ORG_MARKERS, PARTICLES, PERSON_NOUNS, PLAIN_THAT_CUES, STATEMENT_CUES, STATING_TEXTS, WEEKDAY, betweenSubjectAndCue, isLyAdverb, normaliseWord } from './cues.ts';
import { goesOnDoing, isNounUse, isSayingVerb, matchPhrase, withoutParentheticals } from './matchPhrase.ts';
import { isCapitalised } from './tokenize.ts';
import { irregularLemmas } from '../irregularVerbs.ts';
import type { TextAnalysis } from './analyzeText.ts';
import { maskedTokens, textTokens } from './analyzeText.ts';
import type { Token } from './tokenize.ts';
import type { Attribution } from './findAttribution.ts';
import { appositiveLength, findAttribution, nameThenLongDescription } from './findAttribution.ts';
import { WHEN_WORDS, asksQuestion, clauseOf as clause, continuesNarration, opensCircumstance, pastCircumstance } from './clauseAroundQuote.ts';
import {
  MAX_SUBJECT_WORDS,
  SUBJECT_BREAKERS,
  SUBORDINATORS,
  citedSubject,
  coordinatedSubject,
  presentPairSubject,
  postmodifiedSubject,
  quoteEndsAppositive,
  describesPeople,
  mainSubject,
  opensFronted,
  phraseOf,
  skipRecipient,
  subjectBefore,
} from './findSubject.ts';
import { joinPrinted, printedTokens } from './printedPhrase.ts';
import type { PrintedPhrase } from './printedPhrase.ts';
import { opensBareRole } from './setOffRole.ts';
import { stanceCue } from './stanceCue.ts';
import { quotedOpening } from './quotedOpening.ts';
import { headlineseReport } from './headlineseReport.ts';
import { researchFinding } from './researchFinding.ts';
import { agentlessThat } from './agentlessThat.ts';
import { restrictiveWhoReport } from './restrictiveWhoReport.ts';
import { dashedTailEnd } from './dashedTail.ts';
import { writersGlossEnd } from './writersGloss.ts';
import { gappedRelativeReports } from './gappedRelativeReports.ts';
import type { GappedReport } from './gappedRelativeReports.ts';
import { THING_OBJECT_CUES, namesOnlyTheNews, neitherSubject, nounWithRelativeClause, writesUnderName } from './unsaidNounObjects.ts';
import { isPersonPlural, isRoleNounWord, nounKind } from './wordnetNouns.ts';
import { synsetOffsets } from '../wordnet.ts';
import { genderReader, pronounGender } from './personGender.ts';

export interface StatementSpan {
  /** The reported clause: offsets into the text, trimmed of the sentence's closing punctuation. */
  start: number;
  end: number;
  attribution: Attribution;
}

/** Participles that report a second clause of the main subject: "..., saying (that) ...". */
const PARTICIPLE_CUES = new Set([
  'saying', 'adding', 'telling', 'noting', 'arguing', 'warning', 'insisting', 'claiming', 'explaining', 'writing',
  'declaring', 'stating', 'suggesting', 'acknowledging', 'asserting', 'stressing', 'calling', 'describing', 'tweeting',
]);
/** Participles of answering or arguing that report the main subject's clause only with a "that" after them. */
const THAT_PARTICIPLES = new Set([
  'responding', 'replying', 'answering', 'countering', 'contending', 'conceding', 'predicting', 'remarking', 'cautioning',
  'pledging', 'speculating', 'hinting', 'implying', 'positing', 'reasoning', 'lamenting',
]);
const MIN_CONTENT_WORDS = 4;
/** Words that open a circumstance, not more of what was said: "..., officials said, as crews worked on". */
const CIRCUMSTANCE_OPENERS = new Set(['as', 'amid']);
/** Words that open a sentence without being part of its clause: "In contrast, X said, there seem to be ...". */
const DISCOURSE_OPENER =
  /^(?:in contrast|by contrast|in fact|if anything|of course|in short|in other words|above all|after all|on the other hand|at the same time|for now|to be sure|in addition|yes|no|still|however|indeed|instead|meanwhile|moreover|besides|rather|so|now|then|also|but|and|and yet|even so|for (?:his|her|their|its) part|in (?:his|her|their|its) view)$/i;
const TELLING = new Set(['told', 'tell', 'tells', 'telling']);
/** A time that opens the words after a cue ("said today that", "said Tuesday that"): a circumstance, not what was said. */
// A word after which a tail attribution's subject cannot start (", which he said").
const RECIPIENT_ENDS = new Set(['that', ':', ',']);

/**
 * One reported clause per sentence at most (the outermost attribution, as news annotation does). Rules read the
 * text with its quotes masked (§), and a quote opened inside a clause carries the clause on to its close, past
 * the sentence end.
 */
export function findStatements(analysis: TextAnalysis): StatementSpan[] {
  const quoteEnds = new Map(analysis.quotes.map((s) => [s.open, s.close]));
  const out: StatementSpan[] = [];
  for (const sentence of analysis.sentences) {
    const tokens = withoutParentheticals(maskedTokens(analysis, sentence.start, sentence.end));
    // "He said he had not seen it, and when asked whether he approved, he said, “No.”": the question put to the
    // speaker is no part of either report; the words before it and after it are read as sentences of their own.
    const question = questionPutWithin(tokens);
    const pieces = question === null ? [tokens] : [tokens.slice(0, question.start), tokens.slice(question.end + 1)];
    for (const piece of pieces) {
      const main = statementsIn(analysis, piece, quoteEnds).filter((st) => !inFreeRelative(piece, st.attribution, textTokens(analysis, st.start, st.end).filter((t) => t.word)));
      const found = withRelativeReports(main, gappedRelativeReports(piece).map((g) => ({ ...g, attribution: relativeOwner(analysis.text, piece, g) })));
      // "said the plant would stay open — though the board has not voted": the writer's contrast after a dash is cut.
      // "..., the latter a reference to ...", "..., both of which Ms. Lee praised": the writer's gloss after a comma is cut.
      const cut = found.map((st) => ({ ...st, end: writersGlossEnd(piece, st.start, st.end) }));
      out.push(...cut.map((st) => (st.attribution.position === 'before' ? { ...st, end: dashedTailEnd(piece, st.start, st.end) } : st)));
    }
  }
  return out;
}

/**
 * "Lee has blasted the levy, which she said would ...": a pronoun that speaks in a relative clause is the main clause's
 * subject when that is a name whose gender, where the text tells it, agrees; else the pronoun stays.
 */
function relativeOwner(text: string, tokens: Token[], report: GappedReport): Attribution {
  const pronoun = report.attribution.subject?.text ?? '';
  if (!/^(?:he|she|they|it)$/i.test(pronoun)) return report.attribution;
  // "Lee's critique of a system that she said ...": a name that owns the noun phrase the relative describes.
  let near = report.relativeAt - 1;
  while (near > 0 && report.relativeAt - near <= 8 && !/^(?:[,;:—–]|and|but|or)$/.test(tokens[near]?.text ?? '') && !/^\p{Lu}\p{L}+[’']s?$/u.test(tokens[near]?.text ?? '')) near -= 1;
  const possessor = tokens[near];
  const owned = possessor !== undefined && /^\p{Lu}\p{L}+[’']s?$/u.test(possessor.text) && !/^(?:It|He|She|That|There|What|Who)[’']s$/.test(possessor.text) ? printedTokens([possessor], possessor.text.replace(/[’']s?$/, '')) : null;
  const owner = owned ?? mainSubject(tokens, report.relativeAt);
  // A name only ("Trump", "Mr. Ann Lee"): a fronted phrase or a noun phrase read as the subject ("At least twice", "Opposition
  // to the pact") names nobody the pronoun could be.
  const name = owner !== null && owner.text.split(/\s+/).every((w) => isCapitalised(w)) && !/^(?:At|In|On|For|After|Before|During|When|While)$/.test(owner.text.split(/\s+/)[0] ?? '');
  if (owner === null || !name || /^(?:he|she|they|it|i|we|you)$/i.test(owner.text)) return report.attribution;
  const gender = pronounGender(pronoun) === null ? null : genderReader(text)(owner.text);
  return gender === null || gender === pronounGender(pronoun) ? { ...report.attribution, subject: owner } : report.attribution;
}

/**
 * "..., which he said Mexico should pay for": a relative clause's report is one more statement; a statement of the
 * sentence that runs on into it ends with the noun before the relative ("said the board would meet on the project,
 * which she said ..."). A relative whose cue is a statement's own, or that a statement starts inside, adds nothing.
 */
function withRelativeReports(main: readonly StatementSpan[], relatives: readonly (StatementSpan & { headEnd: number })[]): StatementSpan[] {
  // "Wilcox said he backed the standards, which he argued ...": the speaker's own relative inside their report stays in it.
  const sameSpeaker = (st: StatementSpan, g: StatementSpan) => /^(?:he|she|they|it)$/i.test(g.attribution.subject?.text ?? '') || g.attribution.subject?.text === st.attribution.subject?.text;
  const inside = (st: StatementSpan, g: StatementSpan & { headEnd: number }) => st.start < g.headEnd && g.end <= st.end && (st.attribution.cueEnd ?? 0) < g.headEnd;
  const kept = relatives.filter(
    (g) =>
      !main.some((st) => st.attribution.cueStart === g.attribution.cueStart || (st.start >= g.headEnd && st.start < g.end) || (st.start < g.headEnd && g.headEnd < st.end && st.end < g.end) || (inside(st, g) && sameSpeaker(st, g))),
  );
  const cut = main.map((st) => {
    const relative = kept.find((g) => inside(st, g));
    return relative === undefined ? st : { ...st, end: relative.headEnd };
  });
  const overlapping = (g: StatementSpan) => cut.some((st) => st.start < g.end && g.start < st.end);
  return [...cut, ...kept.filter((g) => !overlapping(g)).map(({ start, end, attribution }) => ({ start, end, attribution }))].sort((a, b) => a.start - b.start);
}

/** The statements of one sentence's tokens (or of a part of it that reads as one). */
function statementsIn(analysis: TextAnalysis, tokens: Token[], quoteEnds: ReadonlyMap<number, number>): StatementSpan[] {
  // What the writer imagines someone would have said, and all it reports in turn, is said by nobody.
  if (imaginesSaying(tokens)) return [];
  // "“...,” Ann Lee, a geologist at the Kell Institute in Dover, Delaware, said": a quote and its own cue after a
  // long description of its speaker report nothing more; no place of the description is a subject.
  if (tokens[0]?.text.startsWith('§') === true && nameThenLongDescription(analysis.masked, tokens.slice(1).filter((t, k) => k > 0 || t.text !== ',')) !== null) return [];
  // The first pattern that leaves a clause of a few words wins: "..., the minister said on Monday." is a tail.
  const mid = midCue(tokens, analysis.text);
  if (mid !== null) {
    const parts = mid.map((part) => ({ ...part, end: runOn(part.end, part.start, quoteEnds) }));
    return parts.filter((part) => !putsQuestion(textTokens(analysis, part.start, part.end).filter((t) => t.word)));
  }
  // "Having told reporters that he would run, Smith said the race was open": the main clause after a fronted
  // participle clause is read alone first, so that the fronted cue does not take the sentence.
  const fronted = frontedClauseEnd(tokens);
  const main = fronted > 0 ? clausesOf(analysis, tokens.slice(fronted + 1), quoteEnds) : [];
  if (main.length > 0) return main;
  const found = clausesOf(analysis, tokens, quoteEnds);
  if (found.length === 0) return participleAfterQuoteTail(analysis, tokens);
  return [...found, ...mainAfterFrontedReport(analysis, tokens, quoteEnds, found)];
}

/** Words that open a noun object, not a clause, after a participle with no "that". */
const OBJECT_OPENERS = /^(?:his|her|their|its|my|our|your|those|these|this)$/i;
/** Participles that go on reporting after a quote's own cue: "“...,” she said, emphasizing (that) ...". */
const QUOTE_TAIL_PARTICIPLES = /^(?:adding|saying|noting|arguing|warning|insisting|stressing|emphasizing|emphasising|explaining)$/i;

/**
 * "“Unity means prosperity,” Ana Ruiz said in the Oval Office, emphasizing it was time to end the sanctions": a
 * sentence that opens on a quote, then its cue and a participle of saying after a comma, reports a second clause of
 * the quote's speaker, from the participle (and its "that") to the sentence end.
 */
function participleAfterQuoteTail(analysis: TextAnalysis, tokens: Token[]): StatementSpan[] {
  if (tokens[0]?.text.startsWith('§') !== true) return [];
  const at = tokens.findIndex((t, k) => k >= 3 && tokens[k - 1]?.text === ',' && QUOTE_TAIL_PARTICIPLES.test(t.text));
  if (at === -1 || tokens.slice(1, at - 1).some((t) => t.text.startsWith('§'))) return [];
  const quote = analysis.quotes.find((q) => q.open === tokens[0]?.start);
  const own = quote === undefined ? null : findAttribution(analysis, quote);
  // The quote's own cue must stand between it and the participle, with its subject.
  if (own === null || own.subject === null || own.position !== 'after' || (own.cueEnd ?? Infinity) > (tokens[at - 1]?.start ?? 0)) return [];
  const that = normaliseWord(tokens[at + 1]?.text ?? '') === 'that';
  // "emphasizing those last three words": a thing stressed, no clause; a quote inside is read by the quote rules.
  if ((!that && OBJECT_OPENERS.test(tokens[at + 1]?.text ?? '')) || tokens.slice(at + 1).some((t) => t.text.startsWith('§'))) return [];
  const start = that ? at + 2 : at + 1;
  const cue = tokens[at];
  const second = cue === undefined ? null : clause(tokens, start, tokens.length, { ...own, position: 'before', cue: cue.text, cueStart: cue.start, cueEnd: cue.end });
  if (second === null || textTokens(analysis, second.start, second.end).filter((t) => t.word).length < MIN_CONTENT_WORDS) return [];
  return [second];
}

/**
 * "Although Lee admitted that the two had met, he claimed they never spoke": when the one report found is a fronted
 * subordinate clause's, which ends at its comma, the main clause after that comma is read too, and its report (its
 * own subject and cue) is a second statement.
 */
function mainAfterFrontedReport(analysis: TextAnalysis, tokens: Token[], quoteEnds: ReadonlyMap<number, number>, found: readonly StatementSpan[]): StatementSpan[] {
  const [only] = found;
  if (found.length !== 1 || only === undefined || only.attribution.position !== 'before') return [];
  const open = /^(?:and|but|so)$/i.test(tokens[0]?.text ?? '') ? 1 : 0;
  if (!opensFronted(tokens, open) || (only.attribution.cueStart ?? -1) < (tokens[open]?.start ?? 0)) return [];
  const comma = tokens.findIndex((t) => t.text === ',' && t.start >= only.end);
  if (comma === -1 || tokens.slice(open, comma).some((t) => t.text === ',' && t.start < (only.attribution.cueStart ?? 0))) return [];
  return clausesOf(analysis, tokens.slice(comma + 1), quoteEnds).filter((st) => st.start > only.end);
}

/**
 * ", and when asked whether he ..., ": a question put to the speaker after a comma and a conjunction, from that comma
 * to the comma that closes it (token indices), when a cue of the speaker's answer follows; else null.
 */
function questionPutWithin(tokens: readonly Token[]): { start: number; end: number } | null {
  for (let k = 1; k < tokens.length - 3; k += 1) {
    if (tokens[k]?.text !== ',') continue;
    // "Ted Cruz, when asked ..., responded that": a question between a subject and its verb cuts no report in two.
    if (!/^(?:and|but)$/i.test(tokens[k + 1]?.text ?? '')) continue;
    let at = k + 2;
    if (/^(?:when|after|if|once)$/i.test(tokens[at]?.text ?? '')) at += 1;
    if (/^being$/i.test(tokens[at]?.text ?? '')) at += 1;
    if (!/^asked$/i.test(tokens[at]?.text ?? '')) continue;
    const close = tokens.findIndex((t, j) => j > at && t.text === ',');
    if (close === -1 || !tokens.slice(close + 1).some((t) => STATEMENT_CUES.has(normaliseWord(t.text)))) return null;
    return { start: k, end: close };
  }
  return null;
}

/** Words that open a circumstance before what was said ("said that given the costs: ..."). */
const CIRCUMSTANCE_WORDS = /^(?:given|despite|because|considering|following|amid|as|while|when|if|unless|once)$/;

/**
 * "The mayor said that given the state of the budget: ...": a circumstance that a colon ends introduces what follows
 * (a list, a quote); it is no statement of its own.
 */
function introducesList(words: readonly Token[], after: Token | undefined): boolean {
  if (after?.text !== ':') return false;
  const first = normaliseWord(words[0]?.text === 'that' ? (words[1]?.text ?? '') : (words[0]?.text ?? ''));
  return CIRCUMSTANCE_WORDS.test(first) || SUBJECT_BREAKERS.has(first);
}

/** The comma that ends a participle clause opening the sentence ("Having told reporters ...,"), else -1. */
function frontedClauseEnd(tokens: readonly Token[]): number {
  if (!/^(?:Having|Being)$/.test(tokens[0]?.text ?? '')) return -1;
  const comma = tokens.findIndex((t) => t.text === ',' || t.text.startsWith('§'));
  return comma > 1 && tokens[comma]?.text === ',' && isCapitalised(tokens[comma + 1]?.text ?? '') ? comma : -1;
}

/** Whether nothing but punctuation follows a found report's cue: the cue closes its sentence ("..., Ann Lee said."). */
function endsOnCue(tokens: readonly Token[], found: Found): boolean {
  const cueEnd = found.attribution.cueEnd;
  return cueEnd !== undefined && tokens.every((t) => t.start < cueEnd || !t.word);
}

/** Whether a found report's subject is a name as printed: capitalised words, no pronoun ("Police Chief Ann Lee"). */
function namedSubject(found: Found): boolean {
  const words = (found.attribution.subject?.text ?? '').split(/\s+/);
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) && !/^(?:He|She|They|It|We|I|The|A|An)$/.test(words[0] ?? '');
}

/** The statements in a sentence's tokens, by the first cue pattern ("according to", head, tail) that finds one. */
function clausesOf(analysis: TextAnalysis, tokens: Token[], quoteEnds: ReadonlyMap<number, number>): StatementSpan[] {
  // "“...,” the source said." closes the sentence: its cue is the quote's, whatever verb comes before.
  const tail = tailCue(tokens);
  const quoteThenTail = tail !== null && tokens.some((t) => t.text.startsWith('§') && t.end === tail.end);
  // "Some witnesses told police that ..., Police Chief Ann Lee said.": a cue after a comma that ends the sentence on a
  // named subject reports the whole sentence, the speech it relays included.
  const relayedByName = tail !== null && !quoteThenTail && namedSubject(tail) && endsOnCue(tokens, tail) && headCue(tokens) !== null;
  // "Ted Cruz, by contrast, wrote an op-ed urging ...": a cue whose words report nothing under one pattern is no tail's cue
  // under another ("an op-ed" is no inverted subject).
  const spent = new Set<number>();
  for (const find of quoteThenTail || relayedByName ? [accordingTo, tailCue, headCue] : [accordingTo, agentlessThat, asCue, headCue, namedThenCue, tailCue, trailingAsSource, (t: Token[]) => possessedCue(t, analysis.text), inViewOf, callsFor, issuedDocumentSays, (t: Token[]) => stanceCue(t, analysis.text), researchFinding, restrictiveWhoReport]) {
    const found = find(tokens);
    if (found === null || spent.has(found.attribution.cueStart ?? -1)) continue;
    const parts = splitAtParticiple(tokens, found).flatMap((part) => splitAtSecondReport(tokens, part)).map((part) => beforeOwnAct(tokens, part)).flatMap((part) => {
      let end = part.attribution.position === 'before' ? namingActAt(tokens, part.start, part.end) : part.end;
      if (/^urge[ds]$/.test(part.attribution.cue ?? '')) {
        // "urged humility in several speeches": a thing urged, with no one asked to do anything, reports no request.
        if (!asksSomeoneTo(tokens, part.start)) return [];
        end = requestEnd(tokens, part.start, end);
      }
      // A quote opened inside the clause may run on past the sentence: the clause runs to its close.
      for (const [open, close] of quoteEnds) if (open >= part.start && open < end && close > end) end = close;
      if (NAMING_CUES.has(normaliseWord(part.attribution.cue?.split(' ')[0] ?? ''))) {
        const trimmed = beforeMedium(tokens, part.start, end);
        // "called the KKK “abhorrent” in a tweet Sunday": a naming too short without its medium keeps it, and stays.
        if (textTokens(analysis, part.start, trimmed).filter((t) => t.word).length >= MIN_CONTENT_WORDS) end = trimmed;
      }
      if (part.attribution.position === 'before') end = echoOrCautionEnd(analysis, part.start, firstViewEnd(tokens, part.attribution.cueStart, part.start, commentOnReportEnd(analysis, part.start, end)));
      if (part.attribution.position === 'before') end = speakerActEnd(textTokens(analysis, part.start, end), part.attribution.cue, end);
      const words = textTokens(analysis, part.start, end).filter((t) => t.word);
      if (introducesList(words, tokens.find((t) => t.start >= end))) return [];
      if (words.length < MIN_CONTENT_WORDS) return [];
      // "Filmmaker says ... Director Ann Lee will not ..., the Times reports": a headline's cue is spent, so that the
      // lead it is glued to is read under its own cue.
      if (reportsSomething(words, part.attribution) && !headlineseReport(analysis.text, part.attribution)) return [{ ...part, end, attribution: ownerSpeaks(part.attribution) }];
      spent.add(part.attribution.cueStart ?? -1);
      return [];
    });
    if (parts.length === 0) continue;
    return parts;
  }
  return [];
}

/** Verbs of issuing a document, whose subject is its author: "issued a statement", "sent a letter". */
const ISSUING_VERBS = /^(?:issued|issues|released|releases|sent|sends|posted|posts|published|publishes|circulated|signed|put)$/i;
/** Participles by which a document says something: "a statement saying that ...", "a letter warning that ...". */
const DOCUMENT_SAYING = /^(?:saying|stating|warning|noting|declaring|arguing|claiming|insisting|asserting|explaining|announcing|suggesting|stressing|acknowledging)$/i;
/** Words that may open the clause a document's participle reports (a subject, or the "that" before one). */
const CLAUSE_OPENERS = /^(?:that|the|a|an|he|she|it|they|we|i|its|his|her|their|this|these|those|there|no|all|some|any)$/i;

/**
 * "Senator Lowry issued a statement saying that the chamber should wait", "The regulator released a letter warning
 * the vote was unfair": a document its subject issued, and a saying participle right after its noun (a day between
 * them, "a statement Friday saying"), report the clause after the participle as the subject's. Only where no other
 * cue of the sentence reported anything; a passive ("were sent a memo stating") names the recipients, not the author.
 */
function issuedDocumentSays(tokens: Token[]): Found | null {
  for (let k = 3; k < tokens.length - MIN_CONTENT_WORDS; k += 1) {
    if (!documentSaysAt(tokens, k)) continue;
    const noun = WEEKDAY.test(tokens[k - 1]?.text ?? '') ? k - 2 : k - 1;
    // "issued a statement", "put out a joint statement", "sent an open letter": a determiner, at most two modifiers.
    let det = noun - 1;
    while (det > 0 && noun - det <= 3 && !/^(?:a|an|its|his|her|their|the)$/i.test(tokens[det]?.text ?? '')) det -= 1;
    const verbAt = /^out$/i.test(tokens[det - 1]?.text ?? '') ? det - 2 : sentTo(tokens, det);
    const verb = tokens[verbAt];
    if (verb === undefined || !/^(?:a|an|its|his|her|their|the)$/i.test(tokens[det]?.text ?? '') || !ISSUING_VERBS.test(verb.text)) continue;
    if (/^put$/i.test(verb.text) && verbAt === det - 1) continue;
    if (/^(?:was|were|been|being|is|are)$/i.test(tokens[verbAt - 1]?.text ?? '')) continue;
    const subject = subjectBefore(tokens, verbAt);
    if (subject === null) continue;
    const cue = tokens[k];
    if (cue === undefined) continue;
    return clause(tokens, k + 1, tokens.length, { subject, cue: cue.text, position: 'before', cueStart: cue.start, cueEnd: cue.end });
  }
  return null;
}

/**
 * "a statement saying that ...", "a letter Tuesday warning the ...": a saying participle right after a document's
 * noun (a day between them), with a clause's opening word after it.
 */
function documentSaysAt(tokens: readonly Token[], k: number): boolean {
  if (!DOCUMENT_SAYING.test(tokens[k]?.text ?? '')) return false;
  const next = tokens[k + 1]?.text ?? '';
  if (!CLAUSE_OPENERS.test(next) && !isCapitalised(next)) return false;
  const noun = WEEKDAY.test(tokens[k - 1]?.text ?? '') ? k - 2 : k - 1;
  const word = normaliseWord(tokens[noun]?.text ?? '');
  return DOCUMENT_NOUNS.has(word) || ISSUED_NOTICES.test(word);
}

/** Notices issued as documents are ("The agency issued a warning saying ...", "put out an alert stating ..."). */
const ISSUED_NOTICES = /^(?:warning|alert|advisory|bulletin)$/;

/**
 * "sent members an email", "sends his staff a memo": the "sent" before a recipient of one to three lower-case words
 * (a possessive among them) right before the document's determiner at `det`; else the token right before `det`.
 */
function sentTo(tokens: readonly Token[], det: number): number {
  for (let v = det - 2; v >= Math.max(0, det - 4); v -= 1) {
    if (!tokens.slice(v + 1, det).every((t) => t.word && /^\p{Ll}/u.test(t.text))) break;
    if (/^(?:sent|sends)$/i.test(tokens[v]?.text ?? '')) return v;
  }
  return det - 1;
}

/** The most tokens after the medium's noun that are still its circumstance ("following the news", "Sunday"). */
const MAX_MEDIUM_TAIL = 6;

/**
 * "called for a redoubling of efforts in a statement following the news", "called the KKK “abhorrent” in a tweet
 * Sunday": a naming or a call ends before the medium it was made in, the writer's circumstance at its end ("in", a
 * determiner, at most two more words and a noun of a medium, then at most a few words with no quote and no comma).
 * The offset before "in", or `end`.
 */
function beforeMedium(tokens: readonly Token[], start: number, end: number): number {
  const within = tokens.filter((t) => t.start > start && t.end <= end);
  for (let k = 1; k < within.length - 2; k += 1) {
    if (!/^in$/i.test(within[k]?.text ?? '') || !DETERMINERS.test(within[k + 1]?.text ?? '')) continue;
    const noun = within.findIndex((t, j) => j >= k + 2 && j <= k + 4 && MEDIUM_NOUNS.test(t.text));
    if (noun === -1) continue;
    const between = within.slice(k + 2, noun);
    const tail = within.slice(noun + 1);
    if (between.some((t) => !t.word) || tail.length > MAX_MEDIUM_TAIL || tail.some((t) => !t.word)) continue;
    return within[k - 1]?.end ?? end;
  }
  return end;
}

/** Nouns that name what was said or thought, as a clause about a report refers back to it ("that suspicion"). */
const REPORT_NOUNS = /^(?:suspicions?|claims?|beliefs?|views?|theory|theories|idea|notion|assertions?|allegations?|fears?|hopes?|assessments?|predictions?|conclusions?|findings?|hypothes[ie]s|accounts?)$/i;

/**
 * "Scientists have suspected that there is ice there, and several images appear to back up that suspicion": a clause
 * after ", and" or ", but" that names the report itself with "that", "this" or "the" and a noun of saying or thinking
 * comments on it (the writer's words); the report ends at its comma. The end before that comma, else `end`.
 */
function commentOnReportEnd(analysis: TextAnalysis, start: number, end: number): number {
  const tokens = textTokens(analysis, start, end);
  for (let k = 1; k < tokens.length - 2; k += 1) {
    // "She thinks the fee matters more than the roads; that’s a sure way to lose the county": a clause after a
    // semicolon whose subject is "that" or "this" and a verb of being points back at the report as a whole (the
    // writer's judgement of it); the report ends before the semicolon.
    const demonstrative = tokens[k]?.text === ';' ? /^(?:that|this)([’']s)?$/i.exec(tokens[k + 1]?.text ?? '') : null;
    if (demonstrative && (demonstrative[1] !== undefined || /^(?:[’']s|is|was)$/i.test(tokens[k + 2]?.text ?? ''))) return tokens[k - 1]?.end ?? end;
    if (tokens[k]?.text !== ',' || !/^(?:and|but)$/i.test(tokens[k + 1]?.text ?? '')) continue;
    let j = k + 2;
    while (j < tokens.length - 1 && tokens[j]?.word === true && tokens[j]?.text !== ',') {
      const after = tokens[j + 2];
      const headNoun = after === undefined || after.word !== true || AUXILIARIES.has(normaliseWord(after.text)) || j > k + 3;
      if (/^(?:that|this|the|such|his|her|their|its)$/i.test(tokens[j]?.text ?? '') && REPORT_NOUNS.test(tokens[j + 1]?.text ?? '') && headNoun) return tokens[k - 1]?.end ?? end;
      j += 1;
    }
  }
  return end;
}

/** Adverbs that set a report as a first view, which the text goes on to set right ("initially said", "originally thought"). */
const FIRST_VIEW = /^(?:initially|originally)$/i;

/**
 * "The agency initially said the repairs would take a month, but they took a week", "Her vet originally thought the dog
 * had a cold but, as it turned out, it was an allergy": a report whose cue is set as a first view ("initially",
 * "originally" before the cue or an auxiliary of it, "at first" after it) is set right by the writer in a clause after
 * "but" (a subject and a finite verb, after a phrase set off by commas if any): the report ends before the "but". The
 * end before it, else `end`.
 */
function firstViewEnd(tokens: readonly Token[], cueStart: number | null | undefined, start: number, end: number): number {
  const cue = tokens.findIndex((t) => t.start === cueStart);
  if (cue < 1) return end;
  const word = (k: number) => normaliseWord(tokens[k]?.text ?? '');
  const firstView = FIRST_VIEW.test(word(cue - 1)) || (AUXILIARIES.has(word(cue - 1)) && FIRST_VIEW.test(word(cue - 2))) || (word(cue + 1) === 'at' && word(cue + 2) === 'first');
  if (!firstView) return end;
  let words = 0;
  for (let k = 0; k < tokens.length; k += 1) {
    const t = tokens[k];
    if (t === undefined || t.start < start) continue;
    if (t.end > end) break;
    if (t.word && word(k) === 'but' && words >= MIN_CONTENT_WORDS && clauseFollows(tokens, k + 1)) {
      const last = tokens[k - 1]?.text === ',' ? tokens[k - 2] : tokens[k - 1];
      return last?.end ?? end;
    }
    if (t.word) words += 1;
  }
  return end;
}

/**
 * Whether a clause of its own opens at `k`: a subject of a few words, then a finite verb, before a stop; a phrase set
 * off by a comma may stand before the subject ("contrary to the forecast, prices fell"). A verb right at `k` has no
 * subject of its own (the report's subject goes on: "but added that ...").
 */
function clauseFollows(tokens: readonly Token[], k: number): boolean {
  const finite = (text: string) => FINITE_WORDS.test(text) || /^\p{Ll}{2,}ed$/u.test(text) || IRREGULAR_PAST.test(text);
  if (finite(tokens[k]?.text ?? '')) return false;
  let subject = 0;
  let commas = 0;
  for (let j = k; j < Math.min(tokens.length, k + 14); j += 1) {
    const text = tokens[j]?.text ?? '';
    if (/^[.;:!?]$/.test(text)) return false;
    if (text === ',') {
      commas += 1;
      if (commas > 1) return false;
      subject = 0;
      continue;
    }
    if (subject > 0 && finite(text)) return true;
    if (tokens[j]?.word) subject += 1;
  }
  return false;
}

/**
 * "Lee said the fee should go, echoing a memo from her aide": a participle that ties the words to someone else's is the
 * writer's comment; "Lee said she had voted for it, but cautioned against reading that as support": a warning of the
 * subject's with no clause of its own is a further act. Either way the report ends before the comma (an offset:
 * `end` when there is none).
 */
function echoOrCautionEnd(analysis: TextAnalysis, start: number, end: number): number {
  const tokens = textTokens(analysis, start, end);
  for (let k = 1; k < tokens.length - 1; k += 1) {
    if (tokens[k]?.text !== ',') continue;
    const echo = /^(?:echoing|mirroring)$/.test(tokens[k + 1]?.text ?? '');
    const caution = /^but$/i.test(tokens[k + 1]?.text ?? '') && /^(?:cautioned|warned)$/.test(tokens[k + 2]?.text ?? '') && /^(?:against|about|of)$/.test(tokens[k + 3]?.text ?? '');
    if (echo || caution) return tokens[k - 1]?.end ?? end;
  }
  return withholdingEnd(tokens, end);
}

/** Verbs by which a speaker acts on someone, past and present: "accused", "asks", "slammed", "criticizes". */
const ACTS_ON = /^(?:accus|ask|slamm?|blast|criticiz|criticis|denounc|thank|prais|mock|scold|chid|lambast|rebuk)(?:ed|e?s)$/;

/**
 * "Trump said he had watched the hearing and slammed it as a disgrace", "She noted that troop strength lags the target
 * and asked whether ...", "The ministry says the talks failed and accuses the rebels of ...": after "and" or "but", a
 * verb of acting on someone (accusing, asking, slamming, criticising, praising) with no subject of its own, in
 * the tense of the cue (past after a past cue, a present "-s" after a present one), is the speaker's next act, not more
 * of what was said, when the reported clause's own first verb is of another tense ("had watched", "lags", "failed") or
 * a comma sets the act off (", and accused ..."). The report ends before the conjunction (an offset: `end` when there is
 * none). "said the mayor visited the site and asked workers ..." may be the mayor's act: it stays whole; so does a
 * report too short without the act ("called him divisive and accused him of ...").
 */
function speakerActEnd(tokens: readonly Token[], cue: string | null | undefined, end: number): number {
  const word = normaliseWord(cue?.split(' ')[0] ?? '');
  const past = /ed$/.test(word) || IRREGULAR_PAST.test(word) || /^(?:said|told|wrote|thought|felt|knew)$/.test(word);
  const present = !past && /^\p{Ll}+s$/u.test(word);
  if (!past && !present) return end;
  for (let k = 1; k < tokens.length - 2; k += 1) {
    if (!/^(?:and|but)$/.test(tokens[k]?.text ?? '')) continue;
    const j = /^(?:also|then|later|repeatedly)$/.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
    const verb = tokens[j]?.text ?? '';
    if (!ACTS_ON.test(verb) || (past ? !/ed$/.test(verb) : !/s$/.test(verb))) continue;
    const cut = tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
    if (tokens.slice(0, cut + 1).filter((t) => t.word).length < MIN_CONTENT_WORDS) return end;
    if (tokens[k - 1]?.text !== ',' && sameTense(tokens.slice(0, k), past)) return end;
    return tokens[cut]?.end ?? end;
  }
  return end;
}

/**
 * Whether the first verb of a reported clause is a simple past (`past`) or a simple present "-s", as the act after it is
 * ("-s" words count after a pronoun or a name only: "the peace talks" is no verb).
 */
function sameTense(clauseTokens: readonly Token[], past: boolean): boolean {
  const at = clauseTokens.findIndex(
    (t, i) => i > 0 && (FINITE_WORDS.test(t.text) || /^\p{Ll}{2,}ed$/u.test(t.text) || IRREGULAR_PAST.test(t.text) || (/^\p{Ll}{2,}s$/u.test(t.text) && /^(?:he|she|it|\p{Lu}.*)$/u.test(clauseTokens[i - 1]?.text ?? ''))),
  );
  const verb = clauseTokens[at]?.text ?? '';
  const next = clauseTokens[at + 1]?.text ?? '';
  // "had watched", "were being treated": a perfect or a progressive is another tense than the act's simple one.
  if ((/^had$/i.test(verb) && /^\p{Ll}{2,}(?:ed|en)$/u.test(next)) || (/^(?:was|were)$/i.test(verb) && /^\p{Ll}{2,}ing$/u.test(next))) return false;
  return past ? /^\p{Ll}{2,}ed$/u.test(verb) || IRREGULAR_PAST.test(verb) || /^(?:was|were|did)$/i.test(verb) : /^\p{Ll}{2,}s$/u.test(verb) || /^(?:is|has|does)$/i.test(verb);
}

/** Verbs of keeping something back: "declined to say", "would not identify", "has withheld her endorsement". */
const WITHHOLDING = /^(?:declined|declines|refused|refuses|withheld|withholds|identify|answer|comment|elaborate|say|name|disclose|specify|determined|determine|rule)$/;

/**
 * "Police say the gun was loaded but have not yet determined whether ...", "She said she had no plans to change her vote
 * and would not identify ...", "Ann Roe says she will vote for it but has withheld her endorsement": after "and" or
 * "but", a verb with no subject of its own that keeps something back ("declined", "refuses", a negated "say",
 * "identify", "determine") is the speaker's act, not more of what was said; the report ends before the conjunction (an
 * offset: `end` when there is none). "declined to" or "refused to" and "withheld" need no negation ("the mayor refused
 * the offer and declined the next" may be the clause's own); the others need "not" or "never" before them.
 */
function withholdingEnd(tokens: readonly Token[], end: number): number {
  for (let k = 1; k < tokens.length - 2; k += 1) {
    if (!/^(?:and|but)$/.test(tokens[k]?.text ?? '')) continue;
    let j = k + 1;
    let negated = false;
    while (j < k + 5 && /^(?:has|have|had|would|will|did|does|do|could|can|not|n[’']t|never|yet|also|still|so\s*far)$|n[’']t$/i.test(tokens[j]?.text ?? '')) {
      if (/^(?:not|never)$|n[’']t$/i.test(tokens[j]?.text ?? '')) negated = true;
      j += 1;
    }
    const verb = tokens[j]?.text ?? '';
    const refusal = /^(?:declined|declines|refused|refuses)$/.test(verb) && tokens[j + 1]?.text === 'to';
    if (!WITHHOLDING.test(verb) || (!negated && !refusal && !/^(?:withheld|withholds)$/.test(verb))) continue;
    const cut = tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
    return tokens[cut]?.end ?? end;
  }
  return end;
}

/**
 * "He suggested the tone was harsh, called her “third-rate” and left": a naming of the subject's after a comma is a
 * further act of the subject, not of the reported clause; the clause ends before its comma (an offset: the clause's end
 * when there is none).
 */
/**
 * "urged the party to join the talks, and criticized its leaders", "urges him to get out and repeatedly says, “...”",
 * "urged her to stay, proposed that ...": a request ends before a further verb of the one who asked; "urged aides to
 * hold firm, but party leaders were ...": and before a clause of another subject after a comma and a coordinator (an
 * offset: `end` when there is none).
 */
function requestEnd(tokens: readonly Token[], start: number, end: number): number {
  const at = tokens.findIndex((t, k) => t.start > start && t.end <= end && (askerGoesOn(tokens, k) || (t.text === ',' && opensOtherClause(tokens, k + 1))));
  if (at <= 0) return end;
  const last = tokens[at - 1]?.text === ',' ? tokens[at - 2] : tokens[at - 1];
  return last?.end ?? end;
}

/** Whether a past or cue verb is at `k` ("criticized", "says"), not a participle of the request's ("founded in"). */
function askerVerbAt(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k]?.text ?? '';
  return /^\p{Ll}+ed$/u.test(verb) || IRREGULAR_PAST.test(verb) || STATEMENT_CUES.has(verb);
}

/**
 * Whether the asker's own next verb is at `k`: after "and" ("and (repeatedly) said"), or right after a comma in a
 * series of the asker's acts, with what it governs after it (", proposed that", ", pushed to").
 */
function askerGoesOn(tokens: readonly Token[], k: number): boolean {
  const word = normaliseWord(tokens[k]?.text ?? '');
  if (word === 'and') return askerVerbAt(tokens, k + (/^\p{Ll}+ly$/u.test(tokens[k + 1]?.text ?? '') ? 2 : 1));
  if (word !== ',' || !askerVerbAt(tokens, k + 1)) return false;
  return /^(?:that|to)$/.test(normaliseWord(tokens[k + 2]?.text ?? '')) || DETERMINERS.test(tokens[k + 2]?.text ?? '');
}

/** Words that open a relative clause, which goes on with the request's words ("..., but who are ..."). */
const RELATIVE_WORDS = /^(?:who|whom|whose|which|that|where|when|what)$/i;

/**
 * Whether a coordinator at `k` opens a clause of another subject: "but party leaders were ...", "and the union has ..."
 * (a subject of a few words, then a finite verb, before any comma).
 */
function opensOtherClause(tokens: readonly Token[], k: number): boolean {
  if (!/^(?:and|but|yet|so|while|whereas)$/i.test(tokens[k]?.text ?? '') || RELATIVE_WORDS.test(tokens[k + 1]?.text ?? '')) return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 7); j += 1) {
    const text = tokens[j]?.text ?? '';
    // "and in a more focused way, ...": a circumstance of the request's, no subject.
    if (!(tokens[j]?.word ?? false) || SUBJECT_BREAKERS.has(normaliseWord(text))) return false;
    if (j > k + 1 && (FINITE_WORDS.test(text) || /^\p{Ll}{2,}ed$/u.test(text) || IRREGULAR_PAST.test(text))) return true;
  }
  return false;
}

/** Whether a request's words ask someone to do something: a "to" or a "that" in its first words, before any comma. */
function asksSomeoneTo(tokens: readonly Token[], start: number): boolean {
  const from = tokens.findIndex((t) => t.start >= start);
  for (let k = from; k >= 0 && k < Math.min(tokens.length, from + 7); k += 1) {
    const word = normaliseWord(tokens[k]?.text ?? '');
    if (word === ',') return false;
    if (word === 'to' || word === 'that') return true;
  }
  return false;
}

/** Who or what a naming names right after its verb ("called her", "called the plan"; not "called for"). */
const NAMED = /^(?:him|her|them|it|me|us|you|the|a|an|his|their|its|this|that|\p{Lu}.*)$/u;
function namingActAt(tokens: readonly Token[], start: number, end: number): number {
  const at = tokens.findIndex(
    (t, k) => t.start > start && t.end <= end && t.text === ',' && /^(?:called|described)$/.test(tokens[k + 1]?.text ?? '') && NAMED.test(tokens[k + 2]?.text ?? '') && tokens.slice(k + 2, k + 5).some((q) => q.text.startsWith('§')),
  );
  return at > 0 ? (tokens[at - 1]?.end ?? end) : end;
}

/**
 * Whether a clause after a head cue reports something said: not a second verb of the subject ("Police responded
 * and surrounded the building"), nor the amount an index or a price "added" ("the index added 0.6 per cent").
 */
function reportsSomething(words: readonly Token[], attribution: Attribution): boolean {
  if (putsQuestion(words)) return false;
  if (attribution.position !== 'before') return true;
  const first = normaliseWord(words[0]?.text ?? '');
  if (/^(?:and|or|but|nor)$/.test(first)) return false;
  // "explains why Indiana is weird", "described how the plan works": a question named as the topic, no answer given.
  if (/^(?:why|how|whether)$/.test(first) || asksIfOrHow(words)) return false;
  // "just saying what he truly believed", "told them what she knew": a free relative names what was said and gives
  // none of it; "said what happened was a mistake" asserts something of it (a verb of being follows), and "confirmed
  // what Reuters reported, that the plant will close" spells it out in a "that" clause with its own subject.
  if (first === 'what' && !words.some((t) => COPULAS.test(t.text)) && !spelledOut(words)) return false;
  if (namesWriting(words, attribution) || announcesAct(words, attribution) || deniesOthersClaims(words, attribution) || namesOnlyTheNews(words)) return false;
  return !(/^(?:added|adds|gained|lost|shed)$/i.test(attribution.cue ?? '') && amountAt(words, 0));
}

const COPULAS = /^(?:is|was|are|were|isn['’]t|wasn['’]t)$/i;

/** A "that" clause with a subject of its own after a free relative ("what Reuters reported, that the plant will close"). */
const spelledOut = (words: readonly Token[]): boolean =>
  words.some((t, i) => i >= 3 && /^that$/i.test(t.text) && /^(?:the|a|an|this|these|those|its|his|her|their|he|she|it|they|we|there)$/i.test(words[i + 1]?.text ?? ''));

/**
 * "the window into his soul is what he said four years ago about ...", "That is what Smith told reporters on Monday":
 * a cue inside a free relative ("what" and its subject before it) names the words, and the words after it are no
 * clause of what was said; "What he said was that ..." goes on with a verb of being, and stays, as does a naming
 * ("what he called “hostile” actions").
 */
export function inFreeRelative(tokens: readonly Token[], attribution: Attribution, words: readonly Token[]): boolean {
  // "over what he called “hostile” actions": a naming gives the speaker's own term, and stays.
  if (attribution.position !== 'before' || COPULAS.test(words[0]?.text ?? '') || NAMING_CUES.has(normaliseWord(attribution.cue ?? ''))) return false;
  let k = tokens.findIndex((t) => t.start === attribution.cueStart) - 1;
  while (k > 0 && /^(?:had|has|have|would|just|once|actually|then|also|later)$/i.test(tokens[k]?.text ?? '')) k -= 1;
  const subjectEnd = k;
  if (/^(?:he|she|they|I|we|you|it)$/i.test(tokens[k]?.text ?? '')) k -= 1;
  else while (k > subjectEnd - 3 && isCapitalised(tokens[k]?.text ?? '') && !/^what$/i.test(tokens[k]?.text ?? '')) k -= 1;
  return k < subjectEnd && k >= 0 && /^what$/i.test(tokens[k]?.text ?? '');
}

/**
 * "I always tell my clients: “an open face ...”", "I'm calling on readers to ...": a cue whose subject is "I" (or "I'm",
 * "I've") outside quotes is the writer's own first-person voice, the article speaking, no reported speech (read where
 * the quoted words are a phrase in the clause).
 */
export const writerSpeaks = (attribution: Attribution) => /^I(?:['’](?:m|ve|d|ll))?(?![\p{L}\p{N}'’])/u.test(attribution.subject?.text ?? '');

/**
 * "the mayor would then have claimed that ...", "she could have argued that ...": a cue after a modal and "have" is
 * a counterfactual the writer imagines, nothing said.
 */
/** Whether a sentence's first cue is a counterfactual ("would then have claimed that ..."): all it reports is imagined. */
export const imaginesSaying = (tokens: readonly Token[]) => counterfactualCue(tokens, tokens.findIndex((t) => STATEMENT_CUES.has(normaliseWord(t.text))));

function counterfactualCue(tokens: readonly Token[], cueAt: number): boolean {
  if (cueAt < 2 || !STATEMENT_CUES.has(normaliseWord(tokens[cueAt]?.text ?? ''))) return false;
  const before = (k: number) => {
    let j = k - 1;
    while (j > 0 && /^(?:then|also|surely|probably|certainly|likely|never|just)$/i.test(tokens[j]?.text ?? '')) j -= 1;
    return j;
  };
  const have = before(cueAt);
  return /^have$/i.test(tokens[have]?.text ?? '') && /^(?:would|could|might|should|['’]d)$/i.test(tokens[before(have)]?.text ?? '');
}

/** Nouns that name what others said or hold, as the object of a denial ("denied the allegations", "denied the notion"). */
const OTHERS_CLAIMS = /^(?:claims?|allegations?|accusations?|charges?|reports?|rumou?rs?|suggestions?|speculation|notion|idea|theory|premise|narrative|characteri[sz]ations?)$/i;

/**
 * "denied ‘baseless’ claims that the mill polluted the river", "denies reports it is for sale": what a denial's object
 * names is what others said, the reverse of the speaker's word; no clause of the speaker's is reported.
 */
export function deniesOthersClaims(words: readonly Token[], attribution: Attribution): boolean {
  if (!/^(?:denied|denies|deny|denying)$/i.test(attribution.cue ?? '')) return false;
  return words.slice(0, 3).some((t) => OTHERS_CLAIMS.test(normaliseWord(t.text)));
}

/**
 * "noted if and how often respondents used it", "checked if or when the rule applied": an "if" joined to another
 * question word names a question, not a condition of what was said ("said if elected he would ..." stays).
 */
function asksIfOrHow(words: readonly Token[]): boolean {
  return normaliseWord(words[0]?.text ?? '') === 'if' && /^(?:and|or)$/.test(normaliseWord(words[1]?.text ?? ''));
}

const WRITING_CUES = /^(?:wrote|writes|write|written|penned|pens|published|publishes|authored)$/i;
const WRITINGS = /^(?:piece|op-ed|oped|column|book|article|essay|letter|post|blog|story|report|novel|memoir|editorial|review|paper|poem|song|script|tweet|note|series|chapter|biography)$/i;
/**
 * Things written that are no text of anyone's view: "wrote a $500,000 check to a super PAC" (a donation), "wrote a
 * parking ticket", "wrote the legislation", "wrote the code for it", "wrote the music": an act, nothing said.
 */
const WRITTEN_THINGS = /^(?:check|cheque|prescription|ticket|citation|code|software|program|programme|legislation|bill|law|amendment|music|lyric|score|recipe)$/i;
const DETERMINERS = /^(?:a|an|the|his|her|their|its|our|my|this|that|another)$/i;

/**
 * "She also wrote a New York Times opinion piece on pay inequity", "he penned an essay about ...": a writing named
 * after a verb of writing, with no clause of what it says ("that", a quote), reports nothing; nor does a thing
 * written that holds no one's words ("wrote a $500,000 check to ...").
 */
function namesWriting(words: readonly Token[], attribution: Attribution): boolean {
  if (!WRITING_CUES.test(attribution.cue ?? '')) return false;
  if (writesThing(words) || writesUnderName(words)) return true;
  if (!DETERMINERS.test(words[0]?.text ?? '')) return false;
  if (words.some((t) => normaliseWord(t.text) === 'that' || t.text.startsWith('§') || STATEMENT_CUES.has(normaliseWord(t.text)) || PARTICIPLE_CUES.has(normaliseWord(t.text)))) return false;
  const head = words.slice(1, 8).findIndex((t) => /^(?:on|about|for|in|to|of|with|titled|called)$/i.test(t.text));
  // "wrote the letter Feb. 2 to the adviser": the writing is any noun before the preposition, a date after it or not.
  return words.slice(1, head === -1 ? 8 : head + 1).some((t) => WRITINGS.test(normaliseWord(t.text).replace(/s$/, '')));
}

/**
 * "a $500,000 check to a super PAC", "checks to his campaign", "the bill that capped rents": a thing written that holds
 * no one's words, first or within the first words after a determiner, before any quote or cue; a relative clause may
 * follow it ("the bill that ..."), a "that" anywhere before it is a clause.
 */
function writesThing(words: readonly Token[]): boolean {
  for (let j = DETERMINERS.test(words[0]?.text ?? '') ? 1 : 0; j < Math.min(words.length, 6); j += 1) {
    const text = words[j]?.text ?? '';
    const word = normaliseWord(text);
    if (word === 'that' || text.startsWith('§') || STATEMENT_CUES.has(word) || PARTICIPLE_CUES.has(word)) return false;
    if (/^\p{Ll}/u.test(text) && WRITTEN_THINGS.test(word.replace(/s$/, ''))) {
      // "wrote the checks were lost", "wrote the law requires a permit": a verb right after the noun (a word in "-s"
      // that may be one included) makes it the subject of a reported clause.
      const next = words[j + 1]?.text ?? '';
      if (verbLike(next) || (/^\p{Ll}+s$/u.test(next) && synsetOffsets('verb', next.replace(/e?s$/, '')).length + synsetOffsets('verb', next.replace(/s$/, '')).length > 0)) return false;
      return !words.slice(j + 1).some((t) => t.text.startsWith('§') || STATEMENT_CUES.has(normaliseWord(t.text)));
    }
  }
  return false;
}

/**
 * "When Trump announced his candidacy in June 2015", "she declared her bid": the speaker's own act announced, a
 * noun phrase with no verb of its own, reports no clause ("announced his team had won" does).
 */
function announcesAct(words: readonly Token[], attribution: Attribution): boolean {
  if (!/^(?:announced|announces|announce|declared|declares|unveiled|unveils)$/i.test(attribution.cue ?? '')) return false;
  // "his candidacy in June 2015": the speaker's own act, a possessive and a noun, then a preposition or nothing ("its
  // profits rose" has a verb); "announced the deaths of ..." reports news, and stays.
  if (!/^(?:his|her|their|its)$/i.test(words[0]?.text ?? '') || (words[2] !== undefined && !SUBJECT_BREAKERS.has(normaliseWord(words[2].text)))) return false;
  // "her plan to support families, bringing needed help": an infinitive right after the noun tells what the act is ("his
  // bid to lead the party"), and a word in "-ed" after a determiner or a participle is an adjective; neither is a clause.
  const actInfinitive = normaliseWord(words[2]?.text ?? '') === 'to' && opensInfinitive(words[3]?.text ?? '');
  return !words.some((t, j) => {
    const word = normaliseWord(t.text);
    const before = words[j - 1]?.text ?? '';
    const pastVerb = /ed$/.test(word) && !DETERMINERS.test(before) && !/\p{Ll}ing$/u.test(before);
    // "to the coast" is a place; an infinitive other than the act's own may be a clause's ("its plan to sell was dropped").
    const infinitive = word === 'to' && (actInfinitive ? j !== 2 && opensInfinitive(words[j + 1]?.text ?? '') : true);
    // A capital is a name ("in May"), not a verb.
    return (/^\p{Ll}/u.test(t.text) && (AUXILIARIES.has(word) || infinitive || /^(?:that|can|should|must|shall)$/.test(word) || pastVerb)) || t.text.startsWith('§');
  });
}

/**
 * "Asked whether he would fire a speechwriter, Priebus said, “Probably.”", "When asked about the vote, ...": the
 * question put to the speaker is not what they said; a clause that goes on to its own cue ("Asked about it,
 * Christie said that ...") is kept.
 */
function putsQuestion(words: readonly Token[]): boolean {
  const lead = words.slice(0, 3).map((t) => normaliseWord(t.text));
  // A capital opens the participle ("Asked whether ..."); "..., Ms. Kostrzewa recalled, asked her what she did" is a verb.
  const asked = words[0]?.text === 'Asked' || (/^(?:when|after|upon|if|once)$/.test(lead[0] ?? '') && (lead[1] === 'asked' || (lead[1] === 'being' && lead[2] === 'asked')));
  return asked && !words.slice(2).some((t) => STATEMENT_CUES.has(normaliseWord(t.text)));
}

interface Found {
  start: number;
  end: number;
  attribution: Attribution;
}

function runOn(end: number, start: number, quoteEnds: ReadonlyMap<number, number>): number {
  let out = end;
  for (const [open, close] of quoteEnds) if (open >= start && open < out && close > out) out = close;
  return out;
}


/** Words of time before a participle that reports a later or simultaneous clause: "said A before claiming that B". */
const TIMED_PARTICIPLE_OPENERS = /^(?:before|after|while)$/i;

/**
 * "Ann said her father ate breakfast before saying he was tired": when the reported clause's own subject (its words
 * up to its first verb) is someone who could speak, a participle after it may be that subject's, and is left alone.
 */
function reportedSubjectSpeaks(tokens: readonly Token[], from: number): boolean {
  const start = normaliseWord(tokens[from]?.text ?? '') === 'that' ? from + 1 : from;
  const words: Token[] = [];
  for (let j = start; j < start + MAX_SUBJECT_WORDS && tokens[j]?.word === true; j += 1) {
    const word = normaliseWord(tokens[j]?.text ?? '');
    if (AUXILIARIES.has(word) || FINITE_WORDS.test(word)) break;
    words.push(tokens[j] as Token);
  }
  return words.some((t) => /^(?:he|she|they|we|i|you)$/i.test(t.text) || PERSON_NOUNS.has(normaliseWord(t.text)) || nounKind(normaliseWord(t.text)) === 'person') || (words.length > 0 && namesSomeone(words));
}

/** Saying participles whose object is a reported clause, never a noun: "while insisting the vote was fair". */
const CLAUSE_ONLY_PARTICIPLES = /^(?:saying|insisting|claiming|arguing|adding|asserting)$/;

/**
 * "X said A on Twitter before claiming that B", "X insisted A while arguing that B": a saying participle after
 * "before", "after" or "while" is a second cue of the same subject, when a clause follows it.
 */
function timedParticiple(tokens: readonly Token[], k: number): boolean {
  const word = normaliseWord(tokens[k]?.text ?? '');
  if (!TIMED_PARTICIPLE_OPENERS.test(tokens[k - 1]?.text ?? '') || !PARTICIPLE_CUES.has(word)) return false;
  // "after acknowledging the payment", "while noting the date": most saying participles also take a noun object, and
  // only a "that" after them opens a clause; a few take nothing but a clause.
  return CLAUSE_ONLY_PARTICIPLES.test(word) || normaliseWord(tokens[k + 1]?.text ?? '') === 'that';
}

/**
 * "declaring that A and that B": a second "that" after "and" opens a second clause of the same cue, unless the "that"
 * is the subject of a verb of its own ("and that was the end") or a pronoun before "of" ("Powell's account and that
 * of his aides").
 */
function secondThatClause(tokens: readonly Token[], k: number, from: number): boolean {
  return (
    normaliseWord(tokens[k - 1]?.text ?? '') === 'and' &&
    !innerThat(tokens, from, k - 1) &&
    normaliseWord(tokens[k]?.text ?? '') === 'that' &&
    !/^(?:is|was|will|would|has|had|means|meant|made|makes|could|can|may|might|of|[’']s)$/i.test(tokens[k + 1]?.text ?? '')
  );
}

/**
 * "convincing them that Trump is vain, that he is rude and that he ...", "the baggage that he brings and that Trump
 * might exploit", "he knows that voters are angry and that ...": after a "that" of its own inside the first clause
 * (between `from` and `to`), an "and that" may continue that inner clause or relative, and is no second report.
 */
function innerThat(tokens: readonly Token[], from: number, to: number): boolean {
  const start = normaliseWord(tokens[from]?.text ?? '') === 'that' ? from + 1 : from;
  return tokens.slice(start, to).some((t) => normaliseWord(t.text) === 'that');
}

/** "X said A, adding that B": two reported clauses, each with its own cue and the same speaker. */
function splitAtParticiple(tokens: Token[], found: Found): Found[] {
  if (found.attribution.position !== 'before') return [found];
  const from = tokens.findIndex((t) => t.start >= found.start);
  // ", adding that ..." or "and added: ..." / "and said that ...": a second cue of the same subject.
  const at = tokens.findIndex(
    (t, k) =>
      t.start > found.start &&
      t.end <= found.end &&
      ((tokens[k - 1]?.text === ',' && /^(?:adding|saying|noting|arguing|warning|insisting|stressing)$/i.test(t.text)) ||
        (tokens[k - 1]?.text === ',' && /^telling$/i.test(t.text) && toldThat(tokens, k + 1)) ||
        // "..., remarking that ...", "..., cautioning that ...": a participle that reports only with its "that".
        (tokens[k - 1]?.text === ',' && THAT_PARTICIPLES.has(normaliseWord(t.text)) && normaliseWord(tokens[k + 1]?.text ?? '') === 'that') ||
        (normaliseWord(tokens[k - 1]?.text ?? '') === 'and' && STATEMENT_CUES.has(normaliseWord(t.text)) && !NAMING_CUES.has(normaliseWord(t.text))) ||
        butAdded(tokens, k) ||
        (reportsEnough(tokens, from, k) && ((timedParticiple(tokens, k) && !reportedSubjectSpeaks(tokens, from)) || secondThatClause(tokens, k, from)))),
  );
  const cue = tokens[at];
  if (at === -1 || cue === undefined) return [found];
  if (secondThatClause(tokens, at, from)) return splitAtSecondThat(tokens, found, from, at);
  // "Groups say A, and the ACLU has sued the city, saying B": a clause with a subject of its own before the
  // participle ends the first statement, and the participle's statement is that subject's.
  const other = tokens[at - 1]?.text === ',' ? coordinatedClause(tokens, from, at) : contrastedPair(tokens, from, at - 1);
  const firstEnd = other !== null ? other.comma : /^(?:and|but|before|after|while)$/i.test(tokens[at - 1]?.text ?? '') ? at - 1 : at;
  // "The embassy maintains its own monitor and reported that ...": before a second cue, a cue that also takes a noun
  // object ("maintains", "claimed", "noted") has said nothing when only a noun phrase comes before the "and".
  // "Trump announced a kind of solidarity with Sanders, telling voters that ...": before ", telling" or ", but added", a
  // noun phrase alone is the first cue's object whatever the cue.
  const laterReport = /^telling$/i.test(cue.text) || butAdded(tokens, at);
  const objectOnly =
    other === null &&
    (OBJECT_TAKING_CUES.test(normaliseWord(found.attribution.cue ?? '')) || (laterReport && !tokens.slice(from, firstEnd).some((t) => verbLike(t.text) || NOT_OBJECT_OPENERS.test(normaliseWord(t.text))))) &&
    nounObjectOnly(tokens.slice(0, firstEnd), from);
  const first = objectOnly ? null : clause(tokens, from, firstEnd, found.attribution);
  // "..., telling the host that ...": the one told is no part of the second clause.
  const secondStart = /^telling$/i.test(cue.text) ? skipRecipient(tokens, at + 1) : pastCircumstance(tokens, at + 1);
  const second = clause(tokens, secondStart, tokens.findIndex((t) => t.end >= found.end) + 1, {
    ...found.attribution,
    ...(other === null ? {} : { subject: other.subject, position: 'after' as const }),
    cue: cue.text,
    cueStart: cue.start,
    cueEnd: cue.end,
  });
  return [first, second].filter((f): f is Found => f !== null);
}

/**
 * "said 30 people were hurt, but added the cause was unclear", "said the vote should wait, but noted that ...": a
 * past cue right after ", but", with no subject of its own, is a second report of the same subject.
 */
function butAdded(tokens: readonly Token[], k: number): boolean {
  const word = normaliseWord(tokens[k]?.text ?? '');
  return (
    normaliseWord(tokens[k - 1]?.text ?? '') === 'but' &&
    tokens[k - 2]?.text === ',' &&
    /^(?:added|said|noted|stressed|insisted|acknowledged|conceded|cautioned|warned|argued|maintained)$/.test(word) &&
    (normaliseWord(tokens[k + 1]?.text ?? '') === 'that' || CLAUSE_OPENERS.test(tokens[k + 1]?.text ?? '') || isCapitalised(tokens[k + 1]?.text ?? ''))
  );
}

/** ", telling the host that ...", "telling reporters the plan ...": a recipient of a few words, then "that". */
function toldThat(tokens: Token[], from: number): boolean {
  return normaliseWord(tokens[skipRecipient(tokens, from)]?.text ?? '') === 'that';
}

/** "declaring that A and that B": the two clauses of one cue, each that cue's, the first ending before "and". */
function splitAtSecondThat(tokens: Token[], found: Found, from: number, at: number): Found[] {
  const first = clause(tokens, from, at - 1, found.attribution);
  const second = clause(tokens, at + 1, tokens.findIndex((t) => t.end >= found.end) + 1, found.attribution);
  return first === null || second === null ? [found] : [first, second];
}

/**
 * Whether the tokens from `from` to the second cue at `at` hold enough for a first statement of their own: "said
 * that wages rose and that prices fell" is one report, whose first clause (past "that", before the cue's opener) a
 * split would leave too short to keep. A quote's words are masked (§) here, and a quote in the clause is enough.
 */
function reportsEnough(tokens: readonly Token[], from: number, at: number): boolean {
  if (at < from + MIN_CONTENT_WORDS) return false;
  const start = normaliseWord(tokens[from]?.text ?? '') === 'that' ? from + 1 : from;
  const words = tokens.slice(start, at - 1);
  return words.some((t) => t.text.startsWith('§')) || words.filter((t) => t.word).length >= MIN_CONTENT_WORDS;
}

/** Adverbs of time between a subject and its cue ("a watchdog later said", "she has since said"): no part of the subject. */
const SUBJECT_ADVERBS = /^(?:later|earlier|also|since|then|now|again|subsequently|previously|once)$/;

/**
 * "X said there was “no sign of it” while Y said ...": a contrasting conjunction right after a quoted stretch opens a
 * second report as it does after a comma (the writer drops the comma after the closing mark).
 */
function quoteBeforeContrast(tokens: readonly Token[], at: number): boolean {
  return (tokens[at]?.text.startsWith('§') ?? false) && /^(?:while|whereas)$/i.test(tokens[at + 1]?.text ?? '');
}

/**
 * How many tokens a capitalised name's appositive set off by commas puts between the name (`start` to `end`) and the
 * cue right after its closing comma ("Tom Vale, a former inspector at the agency, said"), else 0.
 */
function cueAfterAppositive(tokens: readonly Token[], start: number, end: number): number {
  if (tokens[end]?.text !== ',' || !tokens.slice(start, end).every((t) => isCapitalised(t.text))) return 0;
  const length = appositiveLength(tokens, end);
  const close = end + length + 1;
  return length > 0 && tokens[close]?.text === ',' && STATEMENT_CUES.has(normaliseWord(tokens[close + 1]?.text ?? '')) ? close + 1 - end : 0;
}

/** Conjunctions that open a second report after a comma: "..., but officials said ...", "..., though she noted ...". */
const SECOND_REPORT_OPENERS = /^(?:but|though|although|while|whereas)$/i;

/**
 * "Hale said the bridge would be done in May, but officials said the work was behind": a report with a subject and a
 * cue of its own after ", but" ends the first statement and is a second one, that subject's (a pronoun is resolved
 * as any subject is); the first speaker never says what the second reported.
 */
function splitAtSecondReport(tokens: Token[], found: Found): Found[] {
  if (found.attribution.position !== 'before') return [found];
  const from = tokens.findIndex((t) => t.start >= found.start);
  for (let k = from + 1; k < tokens.length - 3 && (tokens[k]?.end ?? Infinity) <= found.end; k += 1) {
    // Enough of the first report before the split: four words, or a quoted stretch ("there was “...” while ...").
    if (k < from + MIN_CONTENT_WORDS && !tokens.slice(from, k + 1).some((t) => t.text.startsWith('§'))) continue;
    // "Puerto Rico has been warning that it is running out of cash, and Ms. Acosta said ...": ", and" before a
    // capitalised subject and its cue opens a second report too.
    const andNamed = /^and$/i.test(tokens[k + 1]?.text ?? '') && isCapitalised(tokens[k + 2]?.text ?? '');
    // "Obama said the reforms were not complete, and human rights groups warned that ...": people described after
    // ", and" open a second report too, when "that" follows their cue.
    const andDescribed = /^and$/i.test(tokens[k + 1]?.text ?? '') && /^\p{Ll}/u.test(tokens[k + 2]?.text ?? '') && !/^(?:he|she|they|we|i|it)$/.test(tokens[k + 2]?.text ?? '');
    // ", even though ...": "even" before the conjunction is no part of the subject.
    const even = /^even$/i.test(tokens[k + 1]?.text ?? '') && /^(?:though|although)$/i.test(tokens[k + 2]?.text ?? '') ? 1 : 0;
    if (!(tokens[k]?.text === ',' || quoteBeforeContrast(tokens, k)) || !(SECOND_REPORT_OPENERS.test(tokens[k + 1 + even]?.text ?? '') || andNamed || andDescribed)) continue;
    const subjectStart = k + 2 + even;
    // The first report ends at the comma, or takes in the quoted stretch the conjunction follows.
    const cut = tokens[k]?.text === ',' ? k : k + 1;
    if (otherActorReacts(tokens, subjectStart) || othersDoubt(tokens, subjectStart) || writerAside(tokens, subjectStart, found)) {
      const first = clause(tokens, from, cut, found.attribution);
      return first === null ? [found] : [first];
    }
    let cue = subjectStart;
    while (cue < tokens.length && cue - subjectStart < 5 && tokens[cue]?.word === true && !STATEMENT_CUES.has(normaliseWord(tokens[cue]?.text ?? ''))) cue += 1;
    // "..., while Tom Vale, a former inspector at the agency, said ...": a name's appositive stands between it and its cue.
    const nameEnd = cue;
    cue += cueAfterAppositive(tokens, subjectStart, cue);
    const cueToken = tokens[cue];
    if (nameEnd === subjectStart || cueToken === undefined || !STATEMENT_CUES.has(normaliseWord(cueToken.text)) || NAMING_CUES.has(normaliseWord(cueToken.text))) continue;
    if (andDescribed && !andNamed && normaliseWord(tokens[cue + 1]?.text ?? '') !== 'that') continue;
    // "..., though a harbour watchdog later said ...": a time adverb between the subject and its cue is no part of the
    // subject.
    let subjectEnd = nameEnd;
    while (subjectEnd - subjectStart > 1 && SUBJECT_ADVERBS.test(tokens[subjectEnd - 1]?.text ?? '')) subjectEnd -= 1;
    // The subject names someone: a pronoun, a capitalised name, or people described ("city officials"); or it is a
    // share of those asked ("..., while 55 percent said ...", "..., but a majority said ..."), another group's answer.
    const words = tokens.slice(subjectStart, subjectEnd);
    const names = namesSomeone(words) || SHARE_SUBJECT.test(words.map((t) => t.text).join(' ')) || (andDescribed && pluralGroup(words));
    // "..., but Cook did not say when": what a second subject did not say is the writer's narration; the first
    // statement ends before it.
    const withholder = withheld(words);
    if (withholder > 0 && namesSomeone(words.slice(0, withholder))) {
      const first = clause(tokens, from, cut, found.attribution);
      return first === null ? [found] : [first];
    }
    if (!names || words.some((t) => CLAUSE_WORDS.has(normaliseWord(t.text)) || AUXILIARIES.has(normaliseWord(t.text)) || /^\p{Ll}+ed$/u.test(t.text))) continue;
    const subject = phraseOf(tokens, subjectStart, subjectEnd);
    if (subject === null) continue;
    // "..., but officials told reporters on Tuesday that ...": the recipient and the circumstance are not reported.
    let start = TELLING.has(normaliseWord(cueToken.text)) ? skipRecipient(tokens, cue + 1) : cue + 1;
    if (opensCircumstance(tokens, start) || WHEN_WORDS.test(tokens[start]?.text ?? '')) {
      const that = tokens.slice(start, start + 8).findIndex((t) => normaliseWord(t.text) === 'that');
      if (that === -1) continue;
      start += that;
    }
    const first = clause(tokens, from, cut, found.attribution);
    // "..., while only 49 percent of Republicans say the same of Trump": a report that only repeats another names nothing new.
    if (/^(?:so|likewise|otherwise)$/i.test(tokens[start]?.text ?? '') || (/^the$/i.test(tokens[start]?.text ?? '') && /^same$/i.test(tokens[start + 1]?.text ?? ''))) return first === null ? [found] : [first];
    const second = clause(tokens, start, tokens.findIndex((t) => t.end >= found.end) + 1, {
      ...found.attribution,
      subject,
      cue: cueToken.text,
      cueStart: cueToken.start,
      cueEnd: cueToken.end,
    });
    if (first === null || second === null) continue;
    return [first, ...splitAtSecondReport(tokens, second)];
  }
  return [found];
}

/**
 * "The mayor thinks the fee is too high, former Governor Tom Holt said this week at an event in Dover — a reversal of
 * ...": after a cue whose short subject is set off by a comma behind a clause, a time or a circumstance with no "that"
 * and no verb before a stop is the saying's; what was said is the clause before the comma, not the words after the cue.
 */
function invertedCircumstance(tokens: readonly Token[], cue: number, start: number): boolean {
  if (!opensCircumstance(tokens, start) && !WHEN_WORDS.test(tokens[start]?.text ?? '')) return false;
  const comma = tokens.slice(0, cue).map((t) => t.text).lastIndexOf(',');
  const subject = tokens.slice(comma + 1, cue);
  if (comma < MIN_CONTENT_WORDS || subject.length === 0 || subject.length > 6 || subject.some((t) => !t.word || CLAUSE_WORDS.has(normaliseWord(t.text)))) return false;
  const stop = tokens.findIndex((t, j) => j > start && /^[,;:—–.]$/.test(t.text));
  const rest = tokens.slice(start, stop === -1 ? tokens.length : stop);
  return !rest.some((t) => isVerbLike(t) || normaliseWord(t.text) === 'that');
}

/**
 * "A few weeks after the mayor announced that the harbour would stay open, the port board sold the pier": after a
 * subordinate clause's comma, a short subject (a determiner or capitalised words, at most three) and a past verb open
 * the main clause, which the report does not reach. "after she said Smith, the mayor, would quit" goes on.
 */
function mainClauseAt(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at]?.text ?? '';
  if (!isCapitalised(first) && !/^(?:the|a|an|its|his|her|their|our)$/.test(first)) return false;
  for (let j = at + 1; j < Math.min(tokens.length, at + 4); j += 1) {
    const text = tokens[j]?.text ?? '';
    if (IRREGULAR_PAST.test(text) || /^\p{Ll}{2,}ed$/u.test(text)) return true;
    if (!tokens[j]?.word || CLAUSE_WORDS.has(normaliseWord(text)) || STATEMENT_CUES.has(normaliseWord(text))) return false;
  }
  return false;
}

/**
 * "about the ...", "about his ...": a topic after a cue, its determiner a definite one, never "about the same", nor a
 * noun whose "that" clause says what was said ("wrote about the risk that rates could rise", "spoke about the fact that").
 */
function aboutTopic(tokens: Token[], at: number): boolean {
  if (normaliseWord(tokens[at]?.text ?? '') !== 'about') return false;
  const [det, next] = [normaliseWord(tokens[at + 1]?.text ?? ''), normaliseWord(tokens[at + 2]?.text ?? '')];
  const content = tokens.slice(at + 2, at + 5).some((t, j) => CONTENT_NOUNS.test(normaliseWord(t.text)) && normaliseWord(tokens[at + 3 + j]?.text ?? '') === 'that');
  return /^(?:the|his|her|their|its|our|my|your|this|these|those)$/.test(det) && !/^(?:same|size|time)$/.test(next) && !content;
}

/** Nouns whose "that" clause is a proposition ("the fact that", "the risk that"), not a relative clause. */
const CONTENT_NOUNS = /^(?:fact|risks?|dangers?|fears?|concerns?|possibility|likelihood|threat|evidence|belief)$/;

/** ", the first time it has ...", ", the first such ...", ", a move that ...", ", a move which ...": a comment set off after a report. */
function writerComment(tokens: Token[], at: number): boolean {
  const [a, b, c] = [0, 1, 2].map((i) => normaliseWord(tokens[at + i]?.text ?? ''));
  return (a === 'the' && b === 'first' && (c === 'time' || c === 'such')) || (a === 'a' && b === 'move' && (c === 'that' || c === 'which'));
}

/**
 * "Cruz's office said the deaths were caused by gunfire and called on the army to withdraw", "Trump said he had watched
 * the hearing and slammed it as a sham", "He said it would ship next year, but he gave no details": after the reported
 * clause, "and" or "but" (and the speaker's pronoun) before a further act of the one who spoke (a reaction, a call
 * on or for someone, a detail withheld) ends the report; the act is the writer's narration.
 */
function beforeOwnAct(tokens: Token[], found: Found): Found {
  if (found.attribution.position !== 'before') return found;
  const from = tokens.findIndex((t) => t.start >= found.start);
  for (let k = from + MIN_CONTENT_WORDS; k < tokens.length - 2 && (tokens[k]?.end ?? Infinity) <= found.end; k += 1) {
    // "Roe said she met the mayor, describing him as “a decent man”", "..., calling the talks useful": a naming of
    // someone or something after a comma is a further act of the one who spoke (the naming's quote is its own).
    if (tokens[k]?.text === ',' && /^(?:calling|describing)$/.test(tokens[k + 1]?.text ?? '')) {
      return clause(tokens, from, k, found.attribution) ?? found;
    }
    // "The port said it had seized 40 tons of cocaine this year, the first time it has given such a figure", "..., a move
    // that will cost 300 jobs": an appositive that judges the event reported is the writer's comment on it.
    if (tokens[k]?.text === ',' && writerComment(tokens, k + 1)) return clause(tokens, from, k, found.attribution) ?? found;
    if (!/^(?:and|but)$/i.test(tokens[k]?.text ?? '')) continue;
    let at = k + 1;
    if (/^(?:he|she|they)$/i.test(tokens[at]?.text ?? '') && tokens[k - 1]?.text === ',') at += 1;
    if (/^(?:also|then|later)$/i.test(tokens[at]?.text ?? '')) at += 1;
    const verb = tokens[at]?.text ?? '';
    const next = normaliseWord(tokens[at + 1]?.text ?? '');
    const act =
      // "and slammed into a tree", "and hailed from Ohio": a reaction verb before a preposition is a motion or an origin.
      (REACTION_VERBS.test(verb) && !/^(?:into|against|onto|through|from|on|down|shut)$/.test(next)) ||
      (/^(?:called|calls)$/.test(verb) && /^(?:on|for)$/.test(next)) ||
      (/^(?:gave|offered|provided)$/.test(verb) && /^(?:no|few)$/.test(next)) ||
      (/^(?:declined|refused)$/.test(verb) && next === 'to');
    if (!act) continue;
    const end = tokens[k - 1]?.text === ',' ? k - 1 : k;
    return clause(tokens, from, end, found.attribution) ?? found;
  }
  return found;
}

const REACTION_VERBS = /^(?:condemned|condemns|criticised|criticized|criticises|criticizes|denounced|denounces|welcomed|welcomes|praised|praises|hailed|hails|slammed|slams|rejected|rejects|applauded|applauds|decried|decries)$/;

/**
 * "..., while the Arab League condemned the move", "..., but the union welcomed the deal": after a report, another
 * subject's reaction named by its verb is the writer's narration, so the report ends at the comma.
 */
function otherActorReacts(tokens: readonly Token[], subjectStart: number): boolean {
  const verb = tokens.slice(subjectStart + 1, subjectStart + 6).findIndex((t) => REACTION_VERBS.test(t.text));
  if (verb === -1) return false;
  const words = tokens.slice(subjectStart, subjectStart + 1 + verb);
  return words.every((t) => t.word) && namesSomeone(words);
}

/** Verbs of believing or doubting in the present, as a view of people is put ("many analysts doubt", "critics fear"). */
const VIEW_VERBS = /^(?:doubt|doubts|believe|believes|think|thinks|fear|fears|suspect|suspects|question|questions|dispute|disputes)$/;

/**
 * "The council has warned it could close the pool, even though many residents doubt it would go so far": after a
 * report, a contrast whose subject is people described or named (no pronoun, which may be the speaker's own) and whose
 * verb is a view held in the present is the writer's setting of another view against the report; the report ends at
 * the comma, and the view, named by no cue, is nobody's statement.
 */
function othersDoubt(tokens: readonly Token[], subjectStart: number): boolean {
  if (/^(?:he|she|they|we|i|it|you)$/i.test(tokens[subjectStart]?.text ?? '')) return false;
  const verb = tokens.slice(subjectStart + 1, subjectStart + 5).findIndex((t) => VIEW_VERBS.test(t.text));
  if (verb === -1) return false;
  const words = tokens.slice(subjectStart, subjectStart + 1 + verb);
  return words.every((t) => t.word) && namesSomeone(words);
}

/** "it is his job", "it was time", "it’s to our advantage": "it" and a form of "be" (or "it’s"), the subject standing in for an infinitive after them. */
function anticipatoryIt(words: readonly Token[]): boolean {
  return words.some((t, j) => /^it['’]s$/i.test(t.text) || (/^it$/i.test(t.text) && /^(?:is|was|['’]s|would|will)$/i.test(words[j + 1]?.text ?? '')));
}

/** The writer's own voice: a first-person subject as printed. */
const FIRST_PERSON = /^(?:I|[Ww]e)(?:['’](?:d|ll|re|ve|m))?$/;

/**
 * "The report claims the screen will stay 13 inches, although given its record, we would not rule out ...": after a
 * report of someone else, a clause opened by a contrast whose subject (right after the conjunction or after a comma
 * within a dozen words, outside quotes) is "I" or "we" is the writer's aside, so the report ends at the comma.
 * Reported speech puts its speaker in the third person; a speaker who is "I" or "we" keeps the clause, and so does a
 * clause with a cue of its own ("..., but I said ...": a second report) or a first person deeper in it ("..., but
 * because of who I am").
 */
function writerAside(tokens: readonly Token[], subjectStart: number, found: Found): boolean {
  if (FIRST_PERSON.test(found.attribution.subject?.text ?? '')) return false;
  const window = tokens.slice(subjectStart, subjectStart + 12).filter((t) => t.end <= found.end);
  const clauseEnd = window.findIndex((t) => /^[.;]$/.test(t.text));
  const words = clauseEnd === -1 ? window : window.slice(0, clauseEnd);
  if (words.some((t) => STATEMENT_CUES.has(normaliseWord(t.text)))) return false;
  return words.some((t, j) => FIRST_PERSON.test(t.text) && (j === 0 || words[j - 1]?.text === ','));
}

/**
 * Where a refusal opens in a subject's words before its cue ("Cook did not", "the company would n't", "she declined
 * to"): the index of its first word, after at least one word of subject, or -1.
 */
function withheld(words: readonly Token[]): number {
  const texts = words.map((t) => normaliseWord(t.text));
  const last = texts.length - 1;
  if (texts[last] === 'to' && /^(?:declined|refused|declines|refuses)$/.test(texts[last - 1] ?? '')) return last - 1;
  const negated = /^(?:not|never|n[’']t)$/.test(texts[last] ?? '') && /^(?:did|does|do|would|will|could|can|has|have|had)$|n[’']t$/.test(texts[last - 1] ?? '');
  return negated ? last - 1 : -1;
}

/** Whether a subject's words name someone: a pronoun alone, a capitalised name, or people described ("city officials"). */
/** "human rights groups", "local unions", "tenant activists": a plural of people or groups with no determiner. */
function pluralGroup(words: readonly Token[]): boolean {
  const head = words[words.length - 1]?.text ?? '';
  if (!/^\p{Ll}+s$/u.test(head) || !words.every((t) => /^\p{Ll}+$/u.test(t.text))) return false;
  return /^(?:groups|organi[sz]ations)$/.test(head) || /^(?:person|group)$/.test(nounKind(head) ?? '');
}

function namesSomeone(words: readonly Token[]): boolean {
  const opener = words[0]?.text ?? '';
  const head = normaliseWord(words[words.length - 1]?.text ?? '');
  if (/^(?:he|she|they|we|i|it)$/i.test(opener)) return words.length === 1;
  // "a harbour watchdog", "the city's water board": a described source whose head WordNet puts among people or groups.
  const described = /^(?:a|an|the|another|one)$/i.test(opener) && words.length > 1 && /^\p{Ll}+$/u.test(head) && /^(?:person|group)$/.test(nounKind(head) ?? '');
  return isCapitalised(opener) || PERSON_NOUNS.has(head) || ORG_MARKERS.has(head) || describesPeople(words) || described;
}

/**
 * ", and the American Civil Liberties Union of Ohio has already sued ..." between `from` and `to`: the comma before
 * "and", and the new subject (a capitalised or determined noun phrase before an auxiliary), or null.
 */
function coordinatedClause(tokens: Token[], from: number, to: number): { comma: number; subject: PrintedPhrase } | null {
  for (let k = from + MIN_CONTENT_WORDS; k < to - 2; k += 1) {
    if (tokens[k]?.text !== ',' || normaliseWord(tokens[k + 1]?.text ?? '') !== 'and') continue;
    const start = k + 2;
    const opener = tokens[start]?.text ?? '';
    if (!isCapitalised(opener) && !/^(?:the|a|an)$/.test(opener)) continue;
    let verb = start + 1;
    while (verb < to && verb - start <= MAX_SUBJECT_WORDS && tokens[verb]?.word === true && !/^(?:has|have|had|is|are|was|were|will|would)$/.test(tokens[verb]?.text ?? '')) verb += 1;
    if (!/^(?:has|have|had|is|are|was|were|will|would)$/.test(tokens[verb]?.text ?? '')) continue;
    const subject = phraseOf(tokens, start, verb);
    if (subject !== null) return { comma: k, subject };
  }
  return null;
}

/**
 * "X said A, while the city’s police deny the charges and say B": a clause set off by ", while" or ", whereas" between
 * `from` and the "and" at `andAt` that opens on a subject of its own and a verb in the present, the first of a pair
 * whose second is the cue: the comma before it and that subject, or null.
 */
function contrastedPair(tokens: Token[], from: number, andAt: number): { comma: number; subject: PrintedPhrase } | null {
  if (normaliseWord(tokens[andAt]?.text ?? '') !== 'and') return null;
  for (let k = andAt - 2; k > from; k -= 1) {
    if (tokens[k]?.text !== ',' || !/^(?:while|whereas)$/.test(tokens[k + 1]?.text ?? '')) continue;
    const subject = presentPairSubject(tokens, k + 2, andAt);
    return subject === null ? null : { comma: k, subject };
  }
  return null;
}

/** "According to X, ..." and "..., according to X." */
function accordingTo(tokens: Token[]): Found | null {
  for (let k = 0; k < tokens.length; k += 1) {
    const phrase = matchPhrase(tokens, k);
    if (phrase === null || !/^(?:according to|по словам|по мнению|за словами)$/i.test(phrase.cue)) continue;
    const cue = tokens[k];
    const lastCue = tokens[phrase.next - 1];
    if (cue === undefined || lastCue === undefined) return null;
    const subjectEnd = nextComma(tokens, phrase.next);
    const subject = phraseOf(tokens, phrase.next, subjectEnd === -1 ? tokens.length : subjectEnd);
    if (subject === null) return null;
    const attribution: Attribution = { subject, cue: phrase.cue, position: 'before', cueStart: cue.start, cueEnd: lastCue.end };
    // "Incomes would rise by 19.9 percent, according to the Tax Foundation, more than twice ...", "Trump has won 758
    // delegates, according to a CNN tally, but his path is narrow": a whole clause before the source set off by commas
    // is what the source says; what follows it goes on about it.
    // "The company, according to its filings, will close ...", "One of the decisions they made, according to an aide, is
    // to ...": a subject before the source and its verb after it are one clause over the source.
    const verbAfter = subjectEnd !== -1 && /^\p{Ll}/u.test(tokens[subjectEnd + 1]?.text ?? '') && FINITE_WORDS.test(tokens[subjectEnd + 1]?.text ?? '');
    if (tokens[k - 1]?.text === ',' && verbAfter && !leadsWithIntroduction(tokens, k - 1)) {
      const whole = clause(tokens, 0, tokens.length, { ...attribution, position: 'after' });
      return whole === null ? null : { ...whole, end: clause(tokens, subjectEnd + 1, tokens.length, attribution)?.end ?? whole.end };
    }
    if (tokens[k - 1]?.text === ',' && subjectEnd !== -1 && subjectEnd < tokens.length - 2 && clauseBefore(tokens, k - 1)) {
      if (quoteWithCue(tokens, k - 1)) return null;
      return clause(tokens, afterLeadIn(tokens, k - 1), k - 1, { ...attribution, position: 'after' });
    }
    if (leadsClause(tokens, k) && subjectEnd !== -1) {
      // "In a post in May, the account praised the attack, according to a report from the Harbour Group, which tracks
      // ...": a relative clause after the source goes on about the source; what it says is the clause before, after
      // the introduction's comma.
      // "According to the Harbour Group, which tracks boats, the port is failing": what it says starts after the
      // relative clause.
      if (/^(?:which|who|whose|whom)$/i.test(tokens[subjectEnd + 1]?.text ?? '')) {
        if (tokens[k - 1]?.text !== ',') {
          const after = nextComma(tokens, subjectEnd + 1);
          return after === -1 ? null : clause(tokens, after + 1, tokens.length, { ...attribution });
        }
        const from = tokens.slice(0, k - 1).map((t) => t.text).lastIndexOf(',') + 1;
        return k - 1 - from >= MIN_CONTENT_WORDS && clauseBefore(tokens.slice(from), k - 1 - from) ? clause(tokens, from, k - 1, { ...attribution, position: 'after' }) : null;
      }
      const from = afterAppositive(tokens, subjectEnd);
      // "According to the school's post, Ana Ruiz said she ...": the source only relays speech whose own speaker and cue
      // follow; that speech is its speaker's, found by its cue.
      return relaysSpeech(tokens, from) ? null : clause(tokens, from, tokens.length, { ...attribution });
    }
    if (tokens[k - 1]?.text === ',' && (subjectEnd === -1 || subjectEnd >= tokens.length - 2)) {
      // "“...,” the governor said, according to the AP": the quote has its own cue, and the source only relays it; so
      // does "O’Malley said at a press conference, according to the Sun" after the quote's sentence.
      if (quoteWithCue(tokens, k - 1) || cueClauseOnly(tokens, k - 1) || namedCueClause(tokens, k - 1)) return null;
      return clause(tokens, afterLeadIn(tokens, k - 1), k - 1, { ...attribution, position: 'after' });
    }
    // "Clinton leads by 271 delegates according to a count by the AP, but ...": the clause before the source, from
    // the comma that ends an introductory phrase, when a conjunction opens what follows the source.
    if (subjectEnd !== -1 && /^(?:but|and|while|though|although)$/i.test(tokens[subjectEnd + 1]?.text ?? '')) {
      const from = tokens.slice(0, k).map((t) => t.text).lastIndexOf(',') + 1;
      return k - from >= MIN_CONTENT_WORDS ? clause(tokens, from, k, { ...attribution, position: 'after' }) : null;
    }
    return null;
  }
  return null;
}

/**
 * Whether the words from `from` open on a subject and its own cue: a short subject (a relative clause set off by commas
 * may describe it: "one user on Weibo, which is ..., posted: “...”"), then a verb of saying before a clause, or any
 * verb before a colon and a quotation.
 */
function relaysSpeech(tokens: Token[], from: number): boolean {
  let k = from;
  let words = 0;
  while (k < tokens.length && words <= 6) {
    const token = tokens[k];
    if (token === undefined) return false;
    if (token.text === ',' && /^(?:which|who)$/i.test(tokens[k + 1]?.text ?? '')) {
      const close = nextComma(tokens, k + 1);
      if (close === -1) return false;
      k = close + 1;
      continue;
    }
    if (!token.word || CLAUSE_WORDS.has(normaliseWord(token.text))) return false;
    const cue = STATEMENT_CUES.has(normaliseWord(token.text)) && !CONTINUING_CUES.has(normaliseWord(token.text)) && !isNounUse(tokens, k);
    const beforeQuote = /^\p{Ll}/u.test(token.text) && tokens[k + 1]?.text === ':' && /^§/.test(tokens[k + 2]?.text ?? '');
    if (words > 0 && (cue || beforeQuote)) return beforeQuote || tokens.length - k - 1 >= MIN_CONTENT_WORDS || /^§/.test(tokens[k + 1]?.text ?? '');
    words += 1;
    k += 1;
  }
  return false;
}

/**
 * "According to Alan Mauldin, research director of TeleGeography, the problems are ...": a role set off after the
 * source (a noun phrase headed by a word for a kind of person, with no verb) is the source's, no part of what they
 * say; what they say starts after its comma. The index after `comma`, or after the appositive's comma.
 */
function afterAppositive(tokens: Token[], comma: number): number {
  const next = nextComma(tokens, comma + 1);
  // "According to AFP, one user on Weibo, which is ..., posted": a relative clause after the comma goes on about the
  // subject of what the source says, no appositive.
  if (next === -1 || tokens.length - next - 1 < MIN_CONTENT_WORDS || /^(?:which|who|whose|whom|where|that)$/i.test(tokens[next + 1]?.text ?? '')) return comma + 1;
  const segment = tokens.slice(comma + 1, next);
  const head = segment.slice(0, 4).some((t) => isRoleNounWord(t.text));
  const verbless = segment.every((t) => t.word && !FINITE_WORDS.test(t.text) && !/^(?:that|who|which|whose)$/i.test(t.text));
  return head && verbless && /^\p{Ll}/u.test(segment[0]?.text ?? '') ? next + 1 : comma + 1;
}

/**
 * "The tax has apparently not driven banks away: London was the financial capital in 2015, according to one index":
 * what the source reports before ", according to X" is the clause after a colon, when that is a clause of its own (a
 * finite verb in it); the words before the colon are the writer's lead-in. A list after the colon ("Three things
 * drove it: fuel, rent and wages, according to ...") has no verb, and the whole sentence stays the source's.
 */
function afterLeadIn(tokens: readonly Token[], end: number): number {
  const colon = tokens.slice(0, end).map((t) => t.text).lastIndexOf(':');
  if (colon <= 0) return 0;
  const words = tokens.slice(colon + 1, end).filter((t) => t.word);
  const finite = words.some((t) => FINITE_WORDS.test(t.text) || /^\p{Ll}{2,}ed$/u.test(t.text) || IRREGULAR_PAST.test(t.text));
  return words.length >= MIN_CONTENT_WORDS && finite ? colon + 1 : 0;
}

/** Nouns of a held opinion that "In X's ..., " opens a sentence with. */
const VIEW_NOUNS = /^(?:view|opinion|estimation|judgment|judgement|assessment)$/i;

/**
 * "In Ms. Cruz's view, the offer is an insult", "In his opinion, ...", "In the view of the board, ...": an opinion the
 * sentence opens by naming its holder is that holder's, and the clause after the comma is what they hold.
 */
function inViewOf(tokens: Token[]): Found | null {
  const open = /^(?:but|and)$/i.test(tokens[0]?.text ?? '') ? 1 : 0;
  if (!/^in$/i.test(tokens[open]?.text ?? '')) return null;
  const comma = tokens.findIndex((t, j) => j > open && t.text === ',');
  if (comma === -1 || comma > open + 8 || comma > tokens.length - MIN_CONTENT_WORDS) return null;
  const noun = tokens.findIndex((t, j) => j > open && j < comma && VIEW_NOUNS.test(t.text));
  if (noun === -1) return null;
  // "In the view of the board,": the holder after "of"; "In Ms. Cruz's view,", "In his view,": the possessor before it.
  const ofHolder = /^the$/i.test(tokens[open + 1]?.text ?? '') && noun === open + 2 && /^of$/i.test(tokens[noun + 1]?.text ?? '');
  // "In his assessment of the magnate, Calderon intimated ...": an opinion about something opens no holder's clause.
  if (!ofHolder && noun !== comma - 1) return null;
  const words = ofHolder ? tokens.slice(noun + 2, comma) : tokens.slice(open + 1, noun);
  const last = words.at(-1)?.text ?? '';
  const pronoun = words.length === 1 ? POSSESSIVE_PRONOUNS[last.toLowerCase()] : undefined;
  if (!ofHolder && pronoun === undefined && !/[’']s$/.test(last)) return null;
  const text = pronoun ?? words.map((t) => t.text).join(' ').replace(/[’']s$/, '');
  const subject = printedTokens(words, text);
  const cue = tokens[noun];
  if (subject === null || cue === undefined) return null;
  return clause(tokens, comma + 1, tokens.length, { subject, cue: cue.text, position: 'before', cueStart: cue.start, cueEnd: cue.end });
}

/** Past forms without "-ed" that make a clause finite ("Trump won", "prices rose"). */
const IRREGULAR_PAST = /^(?:won|lost|had|rose|fell|grew|took|made|came|went|got|gave|left|ran|saw|began|paid|spent|sold|bought|held|led|met|kept|became)$/;
/** A word that may be a clause's verb: a finite form, a common irregular past or a past in -ed ("fell", "is", "closed"). */
const isVerbLike = (t: Token): boolean => FINITE_WORDS.test(t.text) || IRREGULAR_PAST.test(t.text) || /^\p{Ll}{2,}ed$/u.test(t.text);

/**
 * Whether the words before the comma at `comma` are a whole clause of their own: a subject and a finite verb from the
 * sentence's start (at least four words, a finite verb or past form among them), not a fronted subordinate clause
 * ("While most were ..., according to X, two were ...": the main clause follows) nor an introductory phrase ("In 2014,").
 */
function clauseBefore(tokens: readonly Token[], comma: number): boolean {
  const words = tokens.slice(0, comma).filter((t) => t.word);
  if (words.length < MIN_CONTENT_WORDS || opensFronted(tokens, 0) || opensFronted(tokens, 1) || /^(?:if|unless|as)$/i.test(words[0]?.text ?? '')) return false;
  // "In 2014, Ferguson had ...": the phrase before the first comma is a circumstance; the clause is after it.
  if (SUBJECT_BREAKERS.has(normaliseWord(words[0]?.text ?? '')) && tokens.slice(0, comma).some((t) => t.text === ',')) return false;
  // "The AP reported that, according to ...", "because, according to Trump, ...": a clause that introduces the rest.
  const last = normaliseWord(words[words.length - 1]?.text ?? '');
  if (CLAUSE_WORDS.has(last) || CUE_WORDS.has(last) || STATEMENT_CUES.has(last)) return false;
  return words.some((t) => FINITE_WORDS.test(t.text) || /^\p{Ll}{2,}ed$/u.test(t.text) || IRREGULAR_PAST.test(t.text));
}

/** Whether the words before the comma at `comma` hold an introduction set off by a comma of its own ("In 2014, ..."). */
function leadsWithIntroduction(tokens: readonly Token[], comma: number): boolean {
  return tokens.slice(0, comma).some((t) => t.text === ',') || opensFronted(tokens, 0) || opensFronted(tokens, 1);
}

/** Whether the words before `end` are a subject, a cue and at most a circumstance: "O’Malley said at a press conference". */
function cueClauseOnly(tokens: readonly Token[], end: number): boolean {
  const cue = openingCue(tokens, end);
  if (cue === -1) return false;
  const rest = tokens.slice(cue + 1, end);
  if (rest.length === 0) return true;
  // "continued to deliver paid speeches": an infinitive is what was done, not a circumstance.
  return rest[0]?.text !== 'to' && (opensCircumstance(tokens, cue + 1) || WHEN_WORDS.test(rest[0]?.text ?? '')) && !rest.some((t) => normaliseWord(t.text) === 'that' || t.text.startsWith('§'));
}

/**
 * The cue of words before `end` that open on its subject: a few words, no clause, then the cue ("Roger Ailes ... met
 * with Mr. Trump, as the Times reported", "Ohio Gov. Ana Ruiz said she would ..., according to press reports"); -1
 * when the words open otherwise.
 */
function openingCue(tokens: readonly Token[], end: number): number {
  const cue = tokens.findIndex((t, j) => j > 0 && j < end && STATEMENT_CUES.has(normaliseWord(t.text)) && !isNounUse(tokens, j));
  const subject = tokens.slice(0, cue);
  if (cue === -1 || CONTINUING_CUES.has(normaliseWord(tokens[cue]?.text ?? '')) || subject.length > 6 || subject.some((t) => !t.word || CLAUSE_WORDS.has(normaliseWord(t.text)))) return -1;
  return cue;
}

/**
 * "Ohio Gov. Ana Ruiz said she would have fired him, according to press reports": words that open on a named subject
 * and its cue, with a clause after the cue, are that speaker's statement; the source only relays it, as a source after
 * a quote's cue does.
 */
function namedCueClause(tokens: readonly Token[], end: number): boolean {
  // "At the moment Sanders announced ..., Mook told aides that ...": a circumstance opening the words is no subject.
  if (opensCircumstance(tokens, 0) || SUBORDINATORS.test(tokens[0]?.text ?? '')) return false;
  const cue = openingCue(tokens, end);
  // The subject ends on a name ("Kasich", "Americans"), not on a count ("Nearly three in four say"); a comma right after
  // the cue ("All told, ...") makes it no cue.
  return cue !== -1 && isCapitalised(tokens[cue - 1]?.text ?? '') && tokens[cue + 1]?.word === true && end - cue > MIN_CONTENT_WORDS && clauseBeforeComma(tokens, cue + 1, end);
}

/**
 * Whether the tokens from `start` to the comma at `comma` are a clause of their own: a few words, no circumstance
 * opening them ("said in a statement on Monday, adding: ..."), and a finite verb ("the bridge would reopen").
 */
function clauseBeforeComma(tokens: readonly Token[], start: number, comma: number): boolean {
  const words = tokens.slice(start, comma).filter((t) => t.word);
  if (words.length < MIN_CONTENT_WORDS || opensCircumstance(tokens, start) || tokens.slice(start, comma).some((t) => t.text.startsWith('§'))) return false;
  return words.some(isVerbLike);
}

/** Whether the words before `end` hold a quote and a cue of their own: "“We will rebuild,” the governor said". */
function quoteWithCue(tokens: readonly Token[], end: number): boolean {
  const words = tokens.slice(0, end);
  return words.some((t) => t.text.startsWith('§')) && words.some((t) => CUE_WORDS.has(normaliseWord(t.text)));
}

/** "Peskov said (that) ...", "The company told Reuters that ...", "X was quoted as saying ...". */
/** Verbs that report a finding, only with a "that" clause ("found the body" reports nothing). */
/** Verbs that report a telling only with a "that" clause after them ("related that", "points out that", "estimated that"). */
// "THR is reporting that ...": "reporting" only with its "that" ("a reporting station" is no cue).
// The plain forms after a plural subject or "to" ("Critics note that", "are quick to point out that") likewise.
// "The mayor pledged that ...", "Analysts have speculated that ...", "She hinted that ...": a pledge, a guess, a hint or an
// admission reported with its "that" ("pledged $5 million", "hinted at a deal", "volunteered at a shelter" report nothing).
const THAT_CUES: ReadonlySet<string> = new Set([
  'related', 'relates', 'points', 'point', 'note', 'estimated', 'estimates', 'estimate', 'reporting', 'charge', 'charged', 'countered', 'divulged',
  'pledged', 'pledges', 'speculated', 'speculates', 'speculate', 'implied', 'implies', 'intimated', 'intimates', 'hinted', 'hints',
  'volunteered', 'posited', 'posits', 'reasoned', 'theorized', 'theorised', 'surmised', 'proclaimed', 'proclaims', 'bemoaned', 'bemoans',
  'lamented', 'laments', 'swore', 'guaranteed',
]);
const FINDING_CUES: ReadonlySet<string> = new Set(['found', 'finds', 'find', 'showed', 'shows', 'show', 'shown']);

/** Verbs of belief, hope or fear, only with a "that" clause ("hopes to win" reports no clause). */
const COGNITION_CUES: ReadonlySet<string> = new Set([
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'hope', 'hopes', 'hoped', 'fear', 'fears', 'feared',
  'suspect', 'suspects', 'suspected', 'concerned', 'worried', 'worry', 'worries', 'agree', 'agrees', 'agreed',
]);

/** Verbs of belief that report a clause with no "that" before it ("Voters believe the plan will fail"). */
const BARE_BELIEF_CUES: ReadonlySet<string> = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'thought']);
/**
 * A subject that is a share of those asked ("70 percent", "Six in 10", "two of three", "Most", a bare "Sixty"); a count
 * of people named by a noun ("Two senior officials believe ...") is no share.
 */
const COUNT_WORD = String.raw`(?:\p{N}[\p{N},.]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)`;
const SHARE_SUBJECT = new RegExp(String.raw`^(?:most|half|a majority)\b|\b(?:percent|per cent)\b|%|^${COUNT_WORD}(?:\s+(?:in|of|out\s+of)\b|$)`, 'iu');
/** Words that open a clause's subject: a personal pronoun, a determiner or a quantifier. */
const SUBJECT_OPENERS = /^(?:he|she|they|it|we|you|there|this|these|those|the|a|an|his|her|their|its|our|my|some|many|most|all|such|no|both|each|every|any|one|two|three|more|few)$/;

/** Whether a modal stands before the cue at `k`, past adverbs ("may still believe", "would probably think"), or "to". */
function supposed(tokens: readonly Token[], k: number): boolean {
  // "will begin to think", "seem to believe": an infinitive's belief is no report either.
  if (/^to$/i.test(tokens[k - 1]?.text ?? '')) return true;
  let j = k - 1;
  while (j > 0 && (isLyAdverb(tokens[j]?.text ?? '') || /^(?:still|also|even|not|never|then|now)$/i.test(tokens[j]?.text ?? ''))) j -= 1;
  return /^(?:would|will|could|might|may|should|can|must|shall)$/i.test(tokens[j]?.text ?? '');
}

/**
 * "believe the plan will fail", "thinks he broke the record": after a verb of belief with no "that", a clause (a
 * pronoun, a determined noun or a name, then a finite verb before any stop), not an object ("believe the hype",
 * "think of the children").
 */
function beliefClauseAt(tokens: readonly Token[], at: number): boolean {
  const opener = tokens[at];
  if (opener === undefined || !opener.word) return false;
  if (FINITE_WORDS.test(opener.text) && /[’']/.test(opener.text)) return true;
  if (!SUBJECT_OPENERS.test(normaliseWord(opener.text)) && !isCapitalised(opener.text)) return false;
  for (let j = at + 1; j < Math.min(tokens.length, at + 10); j += 1) {
    const text = tokens[j]?.text ?? '';
    if (/^[,;:.!?]$/.test(text) || CLAUSE_WORDS.has(normaliseWord(text))) return false;
    if (FINITE_WORDS.test(text) || IRREGULAR_PAST.test(text) || /^\p{Ll}+ed$/u.test(text)) return true;
  }
  return false;
}

/** A form of "be" that joins a subject to what it is said to be, alone or fused to a pronoun ("He’s", "they're"). */
const COPULA = /^(?:is|was|are|were|(?:he|she|it|they|you|we|who|that)['’](?:s|re))$/i;
/** The most words between the article and the participle: "a puppet", "a rather tired old hack". */
const MAX_DESCRIBING_WORDS = 4;

/**
 * Whether the participle at `k` follows "a" or "an" and a few words after a copula ("is a hero telling", "’s a puppet
 * saying"): a noun the subject is called, which the participle describes. "is the one saying that ..." names who
 * said it and stays.
 */
function describedAsSayer(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 2; j >= Math.max(1, k - 1 - MAX_DESCRIBING_WORDS); j -= 1) {
    const text = tokens[j]?.text ?? '';
    if (!tokens[j]?.word) return false;
    if (/^(?:a|an)$/i.test(text)) return COPULA.test(tokens[j - 1]?.text ?? '');
  }
  return false;
}

/** Words before a participle that make it a second verb of the clause's subject: "by saying", "while insisting". */
const PARTICIPLE_LEADERS = /^(?:by|while|before|after)$/;

/**
 * "Lee dismissed the charge, usually by saying that ...", "Although Roe is no candidate, Lee mocked him by suggesting
 * that ...", "Lee backed the bill while insisting the cost was too high", "offered few ideas aside from stating that":
 * a saying participle after "by", "while", "before", "after" or "aside from" (an adverb of manner between) reports
 * the words of its clause's subject, with commas before it too, when a clause follows (its "that", or a participle
 * that takes nothing but a clause). Not after a colon or semicolon (another sentence's clause), nor when only a
 * subject stands before its comma ("Lee, after first saying he would not run, entered the race": the main clause's
 * verb comes after the reported one, which would run on into it), nor after a modal ("Lee could fight the charge by
 * arguing that ...": a defence only possible is not made).
 */
function ledParticiple(tokens: readonly Token[], k: number): boolean {
  const lead = isLyAdverb(tokens[k - 1]?.text ?? '') ? k - 2 : k - 1;
  const word = normaliseWord(tokens[k]?.text ?? '');
  const asideFrom = tokens[lead]?.text === 'from' && /^(?:aside|apart)$/.test(tokens[lead - 1]?.text ?? '');
  if ((!PARTICIPLE_LEADERS.test(tokens[lead]?.text ?? '') && !asideFrom) || !/^\p{Ll}/u.test(tokens[k]?.text ?? '')) return false;
  const before = tokens.slice(0, lead);
  if (lead < 3 || before.some((t) => /^[:;]$/.test(t.text) || MODAL.test(t.text))) return false;
  if (tokens[lead - 1]?.text === ',' && !tokens.slice(0, lead - 1).some((t) => isVerbLike(t) || AUXILIARIES.has(normaliseWord(t.text)))) return false;
  // "after saying goodbye", "while noting the date": only a "that" or a clause of its own after the participle.
  const that = word === 'pointing' ? 2 : 1;
  if (word === 'pointing' && normaliseWord(tokens[k + 1]?.text ?? '') !== 'out') return false;
  return normaliseWord(tokens[k + that]?.text ?? '') === 'that' || (CLAUSE_ONLY_PARTICIPLES.test(word) && beliefClauseAt(tokens, k + 1));
}

/** Adverbs between a subject and its verb that the subject reader may keep: "Lee eventually dismissed", "he always managed". */
const SUBJECT_TAIL_ADVERBS = /^(?:\p{Ll}+ly|always|never|often|also|later|then|now|still|again|once|soon|since)$/u;

/**
 * The subject of a participle `ledParticiple` reads: its clause's, that is the main clause's after a fronted
 * subordinate clause set off by a comma ("Although Hale is no candidate, Lee mocked him by suggesting ...": Lee, not
 * Hale), or that of a clause coordinated after a comma ("Voters watch Roe argue ..., while her rival, Lee, has soared
 * by saying ...": Lee), with no adverb after it ("Lee eventually").
 */
function ledParticipleSubject(tokens: Token[], k: number): PrintedPhrase | null {
  const fronted = opensFronted(tokens, 0) || FRONTED_CLAUSE.test(tokens[0]?.text ?? '') ? tokens.findIndex((t, j) => j < k && t.text === ',') : -1;
  const coordinated = tokens.findLastIndex((t, j) => j > fronted + 1 && j < k - 2 && tokens[j - 1]?.text === ',' && /^(?:while|whereas|but|and|though|although)$/i.test(t.text));
  const from = Math.max(fronted, coordinated) + 1;
  const subject = from === 0 ? mainSubject(tokens, k - 1) : mainSubject(tokens.slice(from), k - from - 1);
  if (subject === null) return null;
  const words = tokens.filter((t) => t.start >= subject.start && t.end <= subject.end && t.word);
  let end = words.length;
  while (end > 1 && SUBJECT_TAIL_ADVERBS.test(words[end - 1]?.text ?? '')) end -= 1;
  return end === words.length ? subject : printedTokens(words.slice(0, end), words.slice(0, end).map((t) => t.text).join(' '));
}
const FRONTED_CLAUSE = /^(?:although|though|because|if|unless|whereas)$/i;

/** Words before a plural noun "states" that make it the places: "all states", "swing states", "Southern states". */
const PLACE_STATES_BEFORE = /^(?:the|a|an|all|both|some|many|most|few|several|other|these|those|such|no|any|each|two|three|four|five|six|seven|eight|nine|ten|member|swing|battleground|border|nation|island|red|blue|key|early|\d.*|.*ern)$/;

/**
 * "Microsoft states that all versions are protected", "The ruling states that ...": lowercase "states" right before "that"
 * and a clause's subject, after a name, a pronoun or a written text (not after a determiner, number or adjective of the
 * places: "in the four states that Lee won").
 */
function statesThatAt(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text !== 'states' || normaliseWord(tokens[k + 1]?.text ?? '') !== 'that') return false;
  const after = tokens[k + 2]?.text ?? '';
  if (normaliseWord(after) === 'that' || !(CLAUSE_OPENERS.test(after) || isCapitalised(after))) return false;
  const before = tokens[k - 1]?.text ?? '';
  const previous = normaliseWord(before);
  if (PLACE_STATES_BEFORE.test(previous)) return false;
  return /^(?:it|he|she|this)$/.test(previous) || DOCUMENT_NOUNS.has(previous) || STATING_TEXTS.test(previous) || isCapitalised(before);
}

/**
 * "A photo of the visit was disputed by Ann Lee, hinting that it was doctored": the named agent of a passive main clause
 * right before the participle's comma at `comma` does what the participle says, not the clause's subject; null when
 * the clause before the comma ends otherwise.
 */
function passiveAgent(tokens: Token[], comma: number): PrintedPhrase | null {
  let by = comma - 1;
  while (by > comma - 5 && tokens[by]?.word === true && isCapitalised(tokens[by]?.text ?? '')) by -= 1;
  if (by === comma - 1 || tokens[by]?.text !== 'by') return null;
  const verb = tokens[by - 1]?.text ?? '';
  if (!(/^\p{Ll}+ed$/u.test(verb) || IRREGULAR_PAST.test(verb)) || !/^(?:was|were|is|are|been)$/.test(tokens[by - 2]?.text ?? '')) return null;
  return phraseOf(tokens, by + 1, comma);
}

/** Whether "that" opens at `at`, or after "to" and whom it was said to ("to Clinton that", "to the board that"). */
function thatAfterAddressee(tokens: readonly Token[], at: number): boolean {
  // "acknowledge privately that ...": an adverb of manner before the "that".
  if (isLyAdverb(tokens[at]?.text ?? '')) return thatAfterAddressee(tokens, at + 1);
  if (normaliseWord(tokens[at]?.text ?? '') === 'that') return true;
  if (normaliseWord(tokens[at]?.text ?? '') !== 'to') return false;
  for (let j = at + 1; j <= at + 4; j += 1) {
    const token = tokens[j];
    if (token === undefined || !token.word) return false;
    if (normaliseWord(token.text) === 'that') return j > at + 1;
  }
  return false;
}

function headCue(tokens: Token[]): Found | null {
  for (let k = 1; k < tokens.length - 1; k += 1) {
    const token = tokens[k];
    if (token === undefined) break;
    const quoted = matchPhrase(tokens, k);
    const isQuoted = quoted !== null && /as saying$/i.test(quoted.cue);
    const word = normaliseWord(token.text);
    // "called for an inquiry", "called on the city to act": a call is no naming; `callsFor` reads it.
    if (callAt(tokens, k)) continue;
    // "The poll shows that ...", "Democracy Corps found that ...": a finding is reported, with its "that".
    const finding = FINDING_CUES.has(word) && normaliseWord(tokens[k + 1]?.text ?? '') === 'that';
    // "Party leaders hope that ...", "people suspected that ...": a belief is reported, with its "that".
    // "Voters believe the plan will fail": a belief with no "that", when a clause follows.
    const belief = BARE_BELIEF_CUES.has(word) && /^\p{Ll}/u.test(token.text) && beliefClauseAt(tokens, k + 1);
    const cognition = (COGNITION_CUES.has(word) && normaliseWord(tokens[k + 1]?.text ?? '') === 'that') || belief;
    // "He related that ...", "She points out that ...": a telling reported only with its "that" ("related to" is no cue).
    // "Legal observers note the pier would stay open", "advocates estimate there could be ...": with no "that", a clause
    // with its own subject and a finite verb, as after a belief ("note the changes in the log" reports nothing).
    // "The company states that all versions are protected": "states" reports with its "that" after a name, a pronoun or
    // a document, and a clause's subject after the "that" ("the four states that voted", "in states that Lee won" name places).
    const statesThat = statesThatAt(tokens, k);
    const related = statesThat || (THAT_CUES.has(word) && (normaliseWord(tokens[k + (normaliseWord(tokens[k + 1]?.text ?? '') === 'out' ? 2 : 1)]?.text ?? '') === 'that' || (/^(?:note|notes|estimate|estimates)$/.test(token.text) && beliefClauseAt(tokens, k + 1))));
    // "..., responding that he is ...", "..., contending that ...": a participle of answering or arguing reports the main
    // subject's clause only with its "that" ("responding to critics" reports nothing).
    const thatParticiple = THAT_PARTICIPLES.has(word) && normaliseWord(tokens[k + 1]?.text ?? '') === 'that';
    // "by pointing out that ...": the participle of "point out", with its "that", as a participle of saying.
    const pointingOut = word === 'pointing' && ledParticiple(tokens, k);
    if (!isQuoted && !finding && !cognition && !related && !thatParticiple && !pointingOut && !STATEMENT_CUES.has(word) && !PARTICIPLE_CUES.has(word)) continue;
    // "Aides concede that ...": these plain forms report only with their "that" ("to emphasize the business" is an act).
    // "had to explain to Clinton that ...": whom it was said to may stand before the "that".
    if (PLAIN_THAT_CUES.has(token.text) && !thatAfterAddressee(tokens, k + 1)) continue;
    // "Some Democrats are concerned that ...": a worry is reported with its "that", after its "be".
    const concern = cognition && /^(?:concerned|worried)$/.test(word);
    // "They stress, however, that ...": a parenthetical adverb between the cue and its "that".
    const aside = /^(?:however|though|too|also|moreover|nonetheless|nevertheless)$/i.test(tokens[k + 2]?.text ?? '') && tokens[k + 1]?.text === ',' && tokens[k + 3]?.text === ',' && normaliseWord(tokens[k + 4]?.text ?? '') === 'that' ? k + 4 : -1;
    if (!isQuoted && !concern && aside === -1 && !isSayingVerb(tokens, k)) continue;
    // "The union sent members an email saying that ...": a document's participle is read by `issuedDocumentSays`,
    // whose subject is the sender; here the words before it would all be taken for the subject (when it reads one).
    if (documentSaysAt(tokens, k) && tokens[k - 1]?.text !== ',' && issuedDocumentSays(tokens) !== null) continue;
    // "an aggressive - some say unrealistic - pledge": a hedge set off by dashes qualifies a word, says nothing.
    if (isDashedAside(tokens, k)) continue;
    // "Cruz's claim that the plant will close drew a reply": a cue word after a possessive is a noun (not "she's said").
    if (/^\p{L}.*[’']s$/u.test(tokens[k - 1]?.text ?? '') && !/^(?:he|she|it|that|who|there|what|let|here|where)[’']s$/i.test(tokens[k - 1]?.text ?? '') && /^\p{Ll}/u.test(token.text)) continue;
    // "Sanders' charge that ...", "the charge that ...", "to his claim that ...": after a plural possessive or a
    // determiner, "charge" and "claim" are nouns, read by `possessedComplement` with their owner.
    if (/^(?:charged?|claims?)$/.test(word) && (/[’']$/.test(tokens[k - 1]?.text ?? '') || /^(?:the|a|an|his|her|their|its|this|that|such|any|no|[’'])$/i.test(tokens[k - 1]?.text ?? ''))) continue;
    // "since the clerk would assert his rights", "critics will argue that ...": a saying to come or only supposed is no
    // report; nor is one someone "cannot" make ("the mayor cannot say that ...").
    // "We should also note that ...": an adverb between the modal and the cue changes nothing.
    if (MODAL.test(tokens[k - 1]?.text ?? '') || (/^(?:also|still|then|now|just|only|certainly|surely)$/.test(tokens[k - 1]?.text ?? '') && MODAL.test(tokens[k - 2]?.text ?? ''))) return null;
    // "would not say how much ...", "Neither the mayor nor the board has said ...": what someone did not say is not a claim.
    if (negatedBefore(tokens, k) || neitherSubject(tokens, k)) continue;
    // "has a rare chance to show that ...", "tried to argue that ...": a saying only possible or attempted, in the
    // infinitive after a noun of chance or a verb of trying or wanting, has not been made ("went on to say that ..." has).
    if (unmadeSaying(tokens, k)) continue;
    // "Roe distanced herself from the plan by saying she would ...": a participle after "by" reports the main
    // subject's words as one after a comma does, when no punctuation sets off another clause or a fronted phrase
    // before it ("Although Lee is no candidate, Roe ... by suggesting", "..., while her rival has soared by saying",
    // "That irritates them: by suggesting"), nor a subordinator opens the sentence ("When Roe ... by suggesting"); a
    // headline's capitalised "By Saying" is no cue.
    const byDoing = tokens[k - 1]?.text === 'by' && /^\p{Ll}/u.test(token.text) && !SUBORDINATORS.test(tokens[0]?.text ?? '') && !tokens.slice(0, k).some((t) => /^[,:;—–]$/.test(t.text));
    const participle = (PARTICIPLE_CUES.has(word) || thatParticiple || pointingOut) && (tokens[k - 1]?.text === ',' || byDoing || ledParticiple(tokens, k));
    // "Roe would not name the buyer, but said the deal was done": a second verb of the sentence's subject.
    // Only a past form: "but reports surfaced" is a noun.
    // "The studio wants X, but has said it will not ...": a perfect's auxiliary between the conjunction and the cue;
    // "The firm is sending a crew but predicts that ...": a present form with its "that".
    const perfect = /^(?:has|have|had)$/.test(tokens[k - 1]?.text ?? '') ? 1 : 0;
    const presentThat = perfect === 0 && /^\p{Ll}+s$/u.test(token.text) && normaliseWord(tokens[k + 1]?.text ?? '') === 'that';
    const coordinated =
      k >= 3 + perfect && /^(?:but|and)$/i.test(tokens[k - 1 - perfect]?.text ?? '') && (/^(?:\p{Ll}+ed|said|told|wrote)$/u.test(token.text) || presentThat) && !NAMING_CUES.has(word);
    // "Republicans were quick to respond, with Senator Ann Lee tweeting that ...": the name between "with" and the
    // participle is its subject, not the sentence's.
    const withNamed = PARTICIPLE_CUES.has(word) ? namedAfterWith(tokens, k) : -1;
    const subject = withNamed !== -1
      ? phraseOf(tokens, withNamed, k)
      : participle
      ? ((tokens[k - 1]?.text !== ',' ? ledParticipleSubject(tokens, k) : (passiveAgent(tokens, k - 1) ?? mainSubject(tokens, k - 1))) ?? quoteCueSubject(tokens, k - 1))
      : coordinated
        ? sharedSubject(tokens, k - 1 - perfect)
        : isQuoted && word === 'as'
          ? citedSubject(tokens, k)
          : (subjectBefore(tokens, k) ?? secondVerbSubject(tokens, k) ?? postmodifiedSubject(tokens, k));
    if (subject === null) continue;
    // "He's a puppet saying whatever voters want", "She is a hero telling the truth": a bare participle after a noun
    // the subject is said to be describes what kind of person they are, no words reported.
    if (!participle && withNamed === -1 && PARTICIPLE_CUES.has(word) && describedAsSayer(tokens, k)) continue;
    // "Lee, who said he ..., said ...": the main clause's report wins over the relative's.
    // "Scott, who has called the remark “toxic,” portrayed ...": a naming's words run on into the main clause, so a
    // relative reports only with a cue of a clause ("who said", "who told Reuters", "who noted that").
    if (setOffWho(tokens, k) && (NAMING_CUES.has(word) || cueLaterOn(tokens, k))) continue;
    // "70 percent believe their children will ...": a share's belief with no "that" is a poll's figure the writer
    // sets out (often inside another source's report), not someone's statement.
    if (belief && SHARE_SUBJECT.test(subject.text)) continue;
    // "I think ...", "Do you believe ...": outside quotes, the writer's or an interview's first and second person,
    // whom no name resolves; "may still believe": a belief the writer supposes.
    if (belief && (/\b(?:I|we|you)$/i.test(subject.text) || supposed(tokens, k))) continue;
    // "he has found that ...": what a person came to find is the writer's narration; a poll's or a study's finding is reported.
    if (finding && /^(?:he|she|they|i|we|you)$/i.test(subject.text)) continue;
    // "It shows that ...", "This shows that ...": in the present, a fact the writer just gave shows the writer's point
    // (as "it confirms the trend" does); "The poll shows that ..." names its record, and "It showed that ..." may be a
    // study's or an agency's word.
    if (finding && /^shows?$/.test(word) && /^(?:it|this|that)$/i.test(subject.text)) continue;
    const cueEndAt = isQuoted && quoted !== null ? quoted.next : k + 1;
    const lastCue = tokens[cueEndAt - 1];
    let start = aside === -1 ? cueEndAt : aside;
    // "pointed out that ...": the particle is the cue's, not the first word reported.
    if (/^point/.test(word) && normaliseWord(tokens[start]?.text ?? '') === 'out') start += 1;
    // "Lopez was asked by the host whether ...", "asked the mayor if ...": a question put to someone, nothing asserted.
    if (/^ask(?:s|ed)?$/.test(word) && asksQuestion(tokens, start)) continue;
    // "told Reuters more about the talks", "told her about the plan": a topic named, nothing reported.
    if (TELLING.has(word) && toldAbout(tokens, start)) continue;
    // "The Gazette wrote about the 300th account of a group that ...", "spoke about his plan": the topic of the writing or
    // the talk, not what was said. "said about the same", "said about 40 people" approximate a figure reported.
    if (aboutTopic(tokens, start)) continue;
    if (TELLING.has(word)) start = skipRecipient(tokens, start);
    // "bragged prematurely about his success": an adverb before a circumstance or a topic is no part of what was said.
    // "said firmly that ...": the manner of the saying, before its "that", neither.
    if (/^\p{Ll}{3,}ly$/u.test(tokens[start]?.text ?? '') && (opensCircumstance(tokens, start + 1) || normaliseWord(tokens[start + 1]?.text ?? '') === 'that')) start += 1;
    const circumstance = start;
    start = pastCircumstance(tokens, start);
    if (start === circumstance && invertedCircumstance(tokens, k, start)) continue;
    // "Cruz, who has boasted of his appeal to voters that ...": a relative's cue reports the clause right after it.
    if (setOffWho(tokens, k) && !TELLING.has(word) && tokens.slice(cueEndAt, start).some((t) => normaliseWord(t.text) !== 'that')) continue;
    // "Senator Lee said as she launched the roll call.", "said while visiting the plant": a circumstance of the saying
    // is not what was said; a "that" after it opens the clause ("said as she left that ...").
    if (!NAMING_CUES.has(word) && /^(?:as|while|amid)$/i.test(tokens[start]?.text ?? '') && !/^(?:much|well|follows|such|a|an|of|soon|early|many|far|long|recently|usual)$/i.test(tokens[start + 1]?.text ?? '')) {
      const complement = tokens.slice(start, start + 12).findIndex((t) => normaliseWord(t.text) === 'that');
      if (complement === -1) continue;
      start += complement;
    }
    // "заявил журналистам, что ...": a short recipient before "что" is not reported.
    const that = tokens.slice(start, start + 4).findIndex((t) => /^(?:что|чтобы)$/i.test(t.text));
    if (that > 0) start += that;
    // "said on Twitter on Monday, “...”", "said that in the current climate, “...”": after a circumstance, the quote
    // is what was said; "prosecutors say that he told an agent, “...”": a quote with its own cue is its own mention.
    if (circumstanceThenQuote(tokens, start) || quotedByInnerCue(tokens, start)) continue;
    // "Sudan has denied striking the town": a denied act is no clause; the words alone say the reverse of the denial.
    if (/^den(?:ied|ies|y)$/.test(word) && /^\p{Ll}+ing$/u.test(tokens[start]?.text ?? '')) continue;
    // "He said no to the Iraq war", "said yes to the deal": a vote or a refusal, no reported clause.
    if (/^(?:no|yes)$/i.test(tokens[start]?.text ?? '') && /^to$/i.test(tokens[start + 1]?.text ?? '')) continue;
    // "Trump continued his attacks": going on doing something.
    if (goesOnDoing(tokens, k)) continue;
    // "Engineers maintain the bridge every summer", "The figures suggest a slowdown": a verb that also takes a noun
    // object reports a clause only with its "that", a quote or a verb of the clause.
    // "claimed the nomination.", "asserted his rights.": a short noun phrase that ends the sentence is the object.
    // "recalled seeing the suspect": a gerund after "recall" or "explain" is what was recalled, no noun object.
    const gerund = /^(?:recall|explain)/.test(word) && /^\p{Ll}+ing$/u.test(tokens[start]?.text ?? '');
    if (OBJECT_TAKING_CUES.test(word) && !gerund && (nounObjectOnly(tokens, start) || determinedObject(tokens, start))) continue;
    if (THING_OBJECT_CUES.test(word) && nounWithRelativeClause(tokens, start)) continue;
    if (REITERATING_CUES.test(word) && restatedStance(tokens, start)) continue;
    // "disclosed a cache of files that forced ...", "reported profits that beat forecasts as sales slid": a thing made
    // public, named by a noun with a relative clause, and no clause of its own reported.
    if (DISCLOSING_CUES.test(word) && objectWithRelativeOnly(tokens, start)) continue;
    if (/^report(?:s|ed)?$/.test(word) && postsResults(tokens, start)) continue;
    // "The index added 0.4 per cent", "shares added more than 2% after the merger was approved": a gain, not words.
    if (/^add(?:s|ed)?$/.test(word) && amountAt(tokens, start)) continue;
    if (thingRevealsThing(tokens, k, start)) continue;
    if (word === 'writing' && writesThingOnly(tokens, start)) continue;
    // "tweeting her thanks", "tweeting out a link": a tweet is reported by its "that" or its quote, else it is a thing.
    if (word === 'tweeting' && !/^(?:that|:)$/.test(normaliseWord(tokens[start]?.text ?? '')) && tokens[start]?.text.startsWith('§') !== true) continue;
    const naming = NAMING_CUES.has(word);
    // "said in a statement on Wednesday.": a circumstance, not a reported clause (unless "that" follows).
    const rest = tokens.slice(start);
    if (opensCircumstance(tokens, start) && !rest.some((t) => normaliseWord(t.text) === 'that' || t.text.startsWith('§'))) continue;
    // "tweeted back at Trump pointing out ...: “...”": the quote after the colon is what was said, and its own
    // mention; the words before the colon are reported only when they are a clause ("said the levy was fair: “...”").
    const colon = tokens.findIndex((t, j) => j >= start && t.text === ':' && tokens[j + 1]?.text.startsWith('§') === true);
    // "explained the headline by saying: “...”": a later cue before the colon is the quote's.
    const laterCueAt = colon === -1 ? -1 : tokens.findIndex((t, j) => j >= start && j < colon && PARTICIPLE_CUES.has(normaliseWord(t.text)));
    // "said the bridge would reopen in May, adding: “...”": a clause set off before that later participle is reported
    // all the same, up to the comma, and the quote is the participle's.
    const reportedBefore = laterCueAt !== -1 && tokens[laterCueAt - 1]?.text === ',' && clauseBeforeComma(tokens, start, laterCueAt - 1);
    const laterCue = laterCueAt !== -1 && !reportedBefore;
    // "replied curtly, with a frown: “...”": the manner of the saying before the quote says nothing itself.
    const manner = isLyAdverb(tokens[start]?.text ?? '') && !/^(?:early|only|likely|yearly)$/.test(tokens[start]?.text ?? '');
    if (colon !== -1 && (laterCue || manner || SUBJECT_BREAKERS.has(normaliseWord(tokens[start]?.text ?? '')) || PARTICLES.has(normaliseWord(tokens[start]?.text ?? '')))) continue;
    // "While Ramos said that journalists cannot ..., he appears ...": a fronted clause's report ends at its comma.
    const reportEnd = reportedBefore ? laterCueAt - 1 : colon === -1 ? tokens.length : colon;
    // "Ana Ruiz said she would have fired him, according to press reports": a source that relays the report at the end
    // of the sentence is no part of what was said.
    const relayed = tokens.findIndex((t, j) => j > start && j < reportEnd && t.text === ',' && /^according to$/i.test(matchPhrase(tokens, j + 1)?.cue ?? '') && nextComma(tokens, j + 1) === -1);
    const clauseEnd = relayed === -1 ? reportEnd : relayed;
    // "In the 1980s, after the police said he had taken over, he ran ...": a subordinate clause's report ends at the comma
    // before the main clause's pronoun.
    const subjectAt = tokens.findIndex((t) => t.start >= subject.start);
    const subordinate = subjectAt > 0 && SUBORDINATORS.test(tokens[subjectAt - 1]?.text ?? '');
    const comma = fronted(tokens, k) || setOffWho(tokens, k)
      ? tokens.findIndex((t, j) => j >= start && j < clauseEnd && t.text === ',')
      : subordinate
        ? tokens.findIndex((t, j) => j >= start && j < clauseEnd && t.text === ',' && (/^(?:he|she|they|it|we|i)$/i.test(tokens[j + 1]?.text ?? '') ? /^\p{Ll}/u.test(tokens[j + 2]?.text ?? '') : mainClauseAt(tokens, j + 1)))
        : -1;
    // "When Clinton noted that Trump has ... ― Trump boasted, “...”": a cue before the comma opens the main clause
    // the comma does not mark; the main clause's cue is the sentence's.
    if (comma !== -1 && tokens.slice(start, comma).some((t) => (STATEMENT_CUES.has(normaliseWord(t.text)) || CUE_WORDS.has(normaliseWord(t.text))) && !isNounUse(tokens, tokens.indexOf(t)))) continue;
    const found = clause(tokens, start, comma === -1 ? clauseEnd : comma, {
      subject,
      cue: isQuoted && quoted !== null ? quoted.cue.replace(/^as /i, '') : token.text,
      position: 'before',
      cueStart: token.start,
      cueEnd: lastCue?.end ?? token.end,
    });
    // "called the plan “a disaster”": naming is reported speech only around a quote, and "an app called ‘Max’"
    // names a thing. A later cue of the sentence may still report ("described the scene, saying that ...", "called out
    // his rival ..., which he believes will ...").
    if (found !== null && naming && (!tokens.slice(start).some((t) => t.text.startsWith('§')) || tokens[start]?.text.startsWith('§') === true)) continue;
    // "called Democratic bigwigs to the stage": a summons, no naming and no speech.
    if (found !== null && naming && summons(tokens, start)) return null;
    return found !== null && naming ? { ...found, end: namingEnd(tokens, start, found.end) } : found;
  }
  return null;
}

/**
 * "Analysts called it the “end of an era,” as the jet was sidelined for smaller planes": after a naming's quote, "as"
 * and a clause with its own subject is the writer's narration of the moment; the naming ends with its quote ("as did
 * the council" has no subject first, and stays). The end offset.
 */
function namingEnd(tokens: readonly Token[], start: number, end: number): number {
  const at = tokens.findIndex((t, j) => j >= start && t.end <= end && t.text.startsWith('§') && /^as$/i.test(tokens[j + (tokens[j + 1]?.text === ',' ? 2 : 1)]?.text ?? ''));
  const after = at === -1 ? '' : (tokens[at + (tokens[at + 1]?.text === ',' ? 3 : 2)]?.text ?? '');
  return at !== -1 && /^(?:the|a|an|its|his|her|their|it|he|she|they)$/i.test(after) ? (tokens[at]?.end ?? end) : end;
}

/**
 * "Lee, who said ..., left": the cue at `k` is a relative clause's set off by commas, whose report ends at its comma.
 * So is a cue joined by "and" to the relative's first verb ("Lee, who backed Roe in May and said she would ..., left").
 */
function setOffWho(tokens: readonly Token[], k: number): boolean {
  let at = k - 1;
  while (at > 0 && betweenSubjectAndCue(tokens[at]?.text ?? '', tokens[at - 1]?.text)) at -= 1;
  if (tokens[at]?.text === 'who' && tokens[at - 1]?.text === ',') return true;
  if (tokens[at]?.text !== 'and') return false;
  const who = tokens.findLastIndex((t, j) => j < at && t.text === 'who');
  return who > 0 && tokens[who - 1]?.text === ',' && !tokens.slice(who + 1, at).some((t) => /^[,;:—–()]$/.test(t.text) || t.text.startsWith('§'));
}

/** Whether another cue of speech follows the cue at `k` later in the sentence. */
function cueLaterOn(tokens: readonly Token[], k: number): boolean {
  return tokens.slice(k + 1).some((t) => STATEMENT_CUES.has(normaliseWord(t.text)) || PARTICIPLE_CUES.has(normaliseWord(t.text)));
}

/**
 * Where the name of ", with Name (participle)" starts: one to five capitalised words (a title's full stop included)
 * between a "with" set off by a comma and the participle at `k`; -1 when the words are no such name.
 */
function namedAfterWith(tokens: readonly Token[], k: number): number {
  const at = tokens.findLastIndex((t, j) => j < k && j >= k - 7 && normaliseWord(t.text) === 'with');
  if (at < 1 || tokens[at - 1]?.text !== ',' || k - at < 2) return -1;
  const name = tokens.slice(at + 1, k);
  return name.every((t) => t.text === '.' || (t.word && isCapitalised(t.text))) && name.filter((t) => t.word).length <= 5 ? at + 1 : -1;
}

/**
 * Cues that are also verbs of a noun object: "claim the land", "maintain the bridge", "warn their children", "has added
 * another duty to her week" (a thing added, no words), "declared war on the United States" (an act, no clause), "noted
 * the administration's maneuver" (a topic), "denied any improper role" (the words alone say the reverse of the denial),
 * "explained the differences between them", "recalled the floor fight of 1976" (a topic, what was explained or recalled
 * about it unsaid). A participle takes one as its finite form does: "..., claiming 41 percent of the vote" (a share
 * won), "..., noting the irony of the moment".
 */
const OBJECT_TAKING_CUES =
  /^(?:explain|explains|explained|explaining|recall|recalls|recalled|recalling|add|adds|added|adding|note|notes|noted|noting|claiming|denying|declaring|deny|denies|denied|declare|declares|declared|claim|claims|claimed|maintain|maintains|maintained|stress|stresses|stressed|warn|warns|warned|suggest|suggests|suggested|assert|asserts|asserted|allege|alleges|alleged|caution|cautions|cautioned|acknowledge|acknowledges|acknowledged|admit|admits|admitted)$/;
/** Words that make a clause finite: an auxiliary, a modal, a form of "be". */
const FINITE_WORDS =
  /^(?:is|are|was|were|be|been|will|would|has|have|had|can|could|should|may|might|must|did|does|do|shall)$|n[’']t$|^(?:it|he|she|they|we|i|there)[’'](?:s|re|ll|d|ve)$/i;

/**
 * Whether the words from `start` to the next stop are only a noun phrase: no "that", quote or verb of a clause. A word
 * in "-ed" is a verb of a clause unless it modifies a noun: after a determiner and an adverb ("his highly opinionated
 * rival") or as a participle with its agent ("the strategy deployed by the campaign").
 */
function nounObjectOnly(tokens: readonly Token[], start: number): boolean {
  let j = start;
  for (; j < tokens.length; j += 1) {
    const text = tokens[j]?.text ?? '';
    if (/^[,;:.!?]$/.test(text)) break;
    if (normaliseWord(text) === 'that' || text.startsWith('§') || FINITE_WORDS.test(text)) return false;
    if (/^\p{Ll}+ed$/u.test(text) && !modifiesNoun(tokens, j, start)) return false;
  }
  // "..., Brafman noted; the government had ...": a semicolon right after the cue opens what was said.
  return j > start || tokens[j]?.text !== ';';
}

/** A word in lower case that WordNet knows as an adjective more than as a noun or a verb ("large", "tiny"). */
function isAdjectiveOnly(text: string): boolean {
  if (!/^\p{Ll}+$/u.test(text)) return false;
  const adjective = synsetOffsets('adj', text).length;
  return adjective > synsetOffsets('noun', text).length && adjective > synsetOffsets('verb', text).length;
}

/** Nouns of a time that a determiner opens after a cue ("this week", "the other day"). */
const TIME_NOUN = /^(?:day|days|week|weeks|month|months|year|years|morning|afternoon|evening|night|weekend|time|summer|spring|fall|autumn|winter)$/i;
/** Determiners and possessives that open a noun phrase ("the", "his"). */
const NOUN_PHRASE_OPENERS = /^(?:the|a|an|his|her|their|its|our|my|your|this|these|those)$/i;

/**
 * Whether the word in "-ed" at `j` modifies a noun rather than making a clause: a prenominal adjective after a
 * determiner and an adverb in "-ly" ("her wildly ambitious", "his highly opinionated character"; "the mayor quickly
 * resigned" has a noun before its adverb), or a participle with its "by" agent inside the phrase that opens at `start`
 * ("the fight waged by the campaign"), no finite word before it.
 */
function modifiesNoun(tokens: readonly Token[], j: number, start: number): boolean {
  if (isLyAdverb(tokens[j - 1]?.text ?? '') && NOUN_PHRASE_OPENERS.test(tokens[j - 2]?.text ?? '')) return true;
  // "a large pledged delegate lead", "the pledged votes": after a determiner and adjectives only (no noun, which
  // would be a subject: "the mayor resigned"), a word in "-ed" is an adjective inside the phrase.
  let k = j - 1;
  while (k > start && isAdjectiveOnly(tokens[k]?.text ?? '')) k -= 1;
  if (k >= start && k < j && NOUN_PHRASE_OPENERS.test(tokens[k]?.text ?? '')) return true;
  return /^by$/i.test(tokens[j + 1]?.text ?? '') && j > start + 1 && NOUN_PHRASE_OPENERS.test(tokens[start]?.text ?? '');
}

/** Cues of saying again, whose object may be a stance named by a noun phrase. */
const REITERATING_CUES = /^(?:reiterate|reiterates|reiterated|reiterating)$/;
/**
 * "reiterated his support for the nominee", "has reiterated her ferry comments through speeches": a stance or remarks
 * said again, named by a determiner's noun phrase with no verb and no infinitive, whose words are not given
 * ("reiterated plans to appeal", "reiterated it still backs the plan" and "reiterated that ..." report them).
 */
function restatedStance(tokens: readonly Token[], start: number): boolean {
  if (!NOUN_PHRASE_OPENERS.test(tokens[start]?.text ?? '') || !nounObjectOnly(tokens, start)) return false;
  for (let j = start + 1; j < tokens.length && !/^[,;:.!?]$/.test(tokens[j]?.text ?? ''); j += 1) {
    if (normaliseWord(tokens[j]?.text ?? '') === 'to' && opensInfinitive(tokens[j + 1]?.text ?? '')) return false;
  }
  return true;
}

/**
 * Whether the word after a "to" opens an infinitive ("plans to appeal"): a lower-case word that opens no noun phrase
 * and is no gerund ("its commitment to working with ...", "her support to the ferry crews", a preposition's object).
 */
const opensInfinitive = (word: string): boolean => /^\p{Ll}+$/u.test(word) && !NOUN_PHRASE_OPENERS.test(word) && !/ing$/.test(word);

/** Nouns of a chance or a need, and verbs of trying or wanting, before an infinitive: what follows is not yet done. */
const UNMADE_BEFORE_TO =
  /^(?:chance|chances|opportunity|opportunities|ability|need|temptation|try|tries|tried|trying|attempt|attempts|attempted|attempting|hope|hopes|hoped|hoping|want|wants|wanted|wanting|seek|seeks|sought|seeking|aim|aims|aimed|aiming)$/;
/** Whether the cue at `k` is an infinitive after such a word ("a chance to show that", "tried to argue that"), an adverb between. */
function unmadeSaying(tokens: readonly Token[], k: number): boolean {
  const to = isLyAdverb(tokens[k - 1]?.text ?? '') ? k - 2 : k - 1;
  return normaliseWord(tokens[to]?.text ?? '') === 'to' && UNMADE_BEFORE_TO.test(normaliseWord(tokens[to - 1]?.text ?? ''));
}

/** Cues of making a thing public, which take a noun object as often as a clause ("announced the tour", "reported losses"). */
const DISCLOSING_CUES = /^(?:announce[sd]?|disclose[sd]?|unveil(?:s|ed)?)$/;
/** A firm's results, which it "reports" as it posts them. */
const RESULT_NOUNS = /^(?:earnings|profits?|loss(?:es)?|revenues?|sales|results|income|margins?|dividends?|turnover)$/;
/**
 * "Home Depot reported third-quarter earnings that topped estimates as revenue fell short": results posted, named by
 * a noun with a relative clause, no clause of what was said ("customers reported wait times that exceeded two hours"
 * tell of what they met, and stay).
 */
function postsResults(tokens: readonly Token[], start: number): boolean {
  const relative = tokens.slice(start, start + 6).findIndex((t) => RELATIVE_PRONOUNS.test(normaliseWord(t.text)));
  return relative > 0 && RESULT_NOUNS.test(normaliseWord(tokens[start + relative - 1]?.text ?? '')) && objectWithRelativeOnly(tokens, start);
}
/** Words a noun object cannot open with: a pronoun subject, a complementiser or a question word. */
const NOT_OBJECT_OPENERS = /^(?:he|she|it|they|we|i|you|there|that|this|what|how|why|whether|if|who|when|where)$/;
/** Words that open a circumstance after an object ("... as sales slid", "... while closing the show"). */
const OBJECT_STOPS = /^(?:as|while|when|after|before|because|since|until|although|though|if|amid)$/;
const RELATIVE_PRONOUNS = /^(?:that|which|who)$/;
/** A past verb opening a relative clause: "that beat", "who was", "which has". */
const PAST_VERB = new RegExp(String.raw`^(?:was|were|had|has|have|\p{Ll}+ed)$|${IRREGULAR_PAST.source}`, 'u');
/** Whether `text` may be a verb of the clause: an auxiliary, a modal, a past form, a participle. */
const verbLike = (text: string): boolean => FINITE_WORDS.test(text) || IRREGULAR_PAST.test(text) || /^\p{Ll}+(?:ed|ing)$/u.test(text);

/**
 * Whether the words at `start` are a noun object with a relative clause and no verb of their own: "a trove of
 * files that forced the agency to apologise", "quarterly profits that beat forecasts as sales slid", "the names of
 * the dead and the driver, who has been charged" ("the mill that closed in May will reopen" goes on with a verb of its
 * own, and "the firm expects that ..." has one before its "that").
 */
function objectWithRelativeOnly(tokens: readonly Token[], start: number): boolean {
  const opener = tokens[start];
  if (opener === undefined || !opener.word || !/^\p{Ll}/u.test(opener.text) || NOT_OBJECT_OPENERS.test(normaliseWord(opener.text))) return false;
  let relative = -1;
  let seenVerb = false;
  let groupEnded = false;
  for (let j = start; j < Math.min(tokens.length, start + 60); j += 1) {
    const text = tokens[j]?.text ?? '';
    const word = normaliseWord(text);
    if (/^[;:.!?]$/.test(text) || OBJECT_STOPS.test(word)) break;
    if (text.startsWith('§')) return false;
    if (relative === -1) {
      if (text === ',') {
        if (!/^(?:which|who)$/i.test(tokens[j + 1]?.text ?? '')) break;
        continue;
      }
      if (RELATIVE_PRONOUNS.test(word) && j > start) {
        const before = tokens[j - 1]?.text ?? '';
        // "the firm expects that ...": a verb before the "that" makes it a complementiser.
        if (before !== ',' && (STATEMENT_CUES.has(normaliseWord(before)) || CUE_WORDS.has(normaliseWord(before)) || nounKind(normaliseWord(before)) === null)) return false;
        relative = j;
        continue;
      }
      if (verbLike(text)) return false;
      continue;
    }
    // In the relative clause: its first run of verbs is its own ("that employs", "who has been charged"); a verb
    // after that is the main clause's ("the plant that employs 500 people will close").
    if (text === ',') break;
    const verb = verbLike(text) || (j === relative + 1 && /^\p{Ll}+s$/u.test(text));
    if (verb || (seenVerb && !groupEnded && (/^(?:not|also|never|since|already|just|both|all|each|still|then|later)$/.test(word) || isLyAdverb(text)))) {
      if (groupEnded) return false;
      // "a plan that will cut fares", "a virus that is spreading": a clause to come or in the present is what was
      // made public; a past one ("that beat forecasts", "who has been charged") is the writer's account.
      if (!seenVerb && !PAST_VERB.test(text)) return false;
      seenVerb = true;
    } else if (seenVerb) groupEnded = true;
  }
  return relative !== -1;
}

/** Words before an amount ("more than 2%", "nearly 40 points"). */
const BEFORE_AMOUNT = /^(?:more|less|fewer|than|nearly|almost|about|around|over|under|some|roughly|just|another|a|further)$/i;
/**
 * Whether an amount opens the words at `start` as what was gained: a number after at most three words such as "more
 * than", with no verb of its own after it ("added 12 people were hurt" reports a clause whose subject is the amount).
 */
function amountAt(tokens: readonly Token[], start: number): boolean {
  for (let j = start; j < start + 4; j += 1) {
    const text = tokens[j]?.text ?? '';
    if (/^[$€£]?\d/.test(text)) return !verbAfterAmount(tokens, j + 1);
    if (!BEFORE_AMOUNT.test(text)) return false;
  }
  return false;
}

/** Whether a finite verb follows an amount's words from `from` (a few words, before a preposition, a clause word or a stop). */
function verbAfterAmount(tokens: readonly Token[], from: number): boolean {
  for (let j = from; j < Math.min(tokens.length, from + 6); j += 1) {
    const text = tokens[j]?.text ?? '';
    if (tokens[j]?.word !== true || SUBJECT_BREAKERS.has(normaliseWord(text)) || CLAUSE_WORDS.has(normaliseWord(text))) return false;
    if (FINITE_WORDS.test(text) || IRREGULAR_PAST.test(text) || /^\p{Ll}{2,}ed$/u.test(text)) return true;
  }
  return false;
}

const REVEALING_CUES = /^(?:reveal|reveals|revealed|confirm|confirms|confirmed)$/;
/** Writings and records that speak for who made them: "the survey revealed", "the report confirmed". */
const SPEAKING_RECORDS = /^(?:stud(?:y|ies)|reports?|polls?|surveys?|statements?|analys[ie]s|reviews?|audits?|investigations?|inquiry|inquiries|research|papers?|filings?|letters?|memos?|documents?|records?|findings?|data)$/i;

/**
 * "The X-ray revealed a cracked rib", "the verdict confirmed her doubts", "it confirms the trend": a thing that is
 * no person, group or record shows something named by a noun, with no clause of what was said ("The agency
 * confirmed the layoffs" and "the audit revealed that ..." stay).
 */
function thingRevealsThing(tokens: readonly Token[], cueAt: number, start: number): boolean {
  if (!REVEALING_CUES.test(normaliseWord(tokens[cueAt]?.text ?? '')) || !nounObjectOnly(tokens, start)) return false;
  let head = cueAt - 1;
  while (head > 0 && betweenSubjectAndCue(tokens[head]?.text ?? '', tokens[head - 1]?.text)) head -= 1;
  const subject = tokens[head]?.text ?? '';
  // "it confirms the trend" in the present reads a fact showing a fact; "It confirmed the closure of two plants" in
  // the past is as often a company's or an agency's word, whose "it" is resolved with the speaker.
  if (/^it$/i.test(subject)) return /s$/.test(tokens[cueAt]?.text ?? '');
  if (!/^\p{Ll}+$/u.test(subject) || SPEAKING_RECORDS.test(subject)) return false;
  const kind = nounKind(subject);
  return kind === 'thing' || kind === 'other';
}

/** Whether the words at `start` are a determiner and one to three words that end the sentence ("claimed the nomination."). */
function determinedObject(tokens: readonly Token[], start: number): boolean {
  if (!/^(?:the|his|her|their|its|our|my|your)$/i.test(tokens[start]?.text ?? '')) return false;
  for (let j = start + 1; j <= start + 4; j += 1) {
    const token = tokens[j];
    if (token === undefined || /^[;:.!?]$/.test(token.text)) return j > start + 1;
    if (!token.word || FINITE_WORDS.test(token.text) || IRREGULAR_PAST.test(token.text) || /^\p{Ll}+ed$/u.test(token.text) || STATEMENT_CUES.has(normaliseWord(token.text))) return false;
  }
  return false;
}

/**
 * "sportswriters ..., writing versions of the same words at the same moment": at work on a thing, when nothing after
 * it reports (no "that", quote, finite verb or other cue: "Cohn, writing in the Times, noticed that ..." does).
 */
const writesThingOnly = (tokens: readonly Token[], start: number) =>
  tokens.slice(start).every((t) => {
    const w = normaliseWord(t.text);
    return w !== 'that' && !t.text.startsWith('§') && !FINITE_WORDS.test(t.text) && !/^\p{Ll}+ed$/u.test(t.text) && !CUE_WORDS.has(w) && !STATEMENT_CUES.has(w);
  });

/** "X defended the route and (later) said ...": the cue is a second verb of the sentence's subject. */
function secondVerbSubject(tokens: Token[], cueAt: number): PrintedPhrase | null {
  // "First implemented by Reagan and called the “Mexico City” rule": naming is no second verb of speech.
  if (NAMING_CUES.has(normaliseWord(tokens[cueAt]?.text ?? ''))) return null;
  let and = cueAt - 1;
  while (and > 0 && betweenSubjectAndCue(tokens[and]?.text ?? '', tokens[and - 1]?.text)) and -= 1;
  return normaliseWord(tokens[and]?.text ?? '') === 'and' ? coordinatedSubject(tokens, and) : null;
}

/**
 * '“...,” Governor Jane Roe said, adding that ...': the subject of the quote's cue right before the comma at `comma`,
 * printed between the quote and that cue; null when the words there are no such subject.
 */
function quoteCueSubject(tokens: Token[], comma: number): PrintedPhrase | null {
  const cue = comma - 1;
  if (!STATEMENT_CUES.has(normaliseWord(tokens[cue]?.text ?? ''))) return null;
  let start = cue;
  while (start > 0 && tokens[start - 1]?.word === true && cue - start < MAX_SUBJECT_WORDS) start -= 1;
  if (start === cue || start === 0 || !tokens[start - 1]?.text.startsWith('§')) return null;
  return phraseOf(tokens, start, cue);
}

/**
 * The subject of a verb coordinated with the main clause's ("Roe's lawyer, Jane Roe, hinted at ... and said"):
 * the main subject, with a name set off by commas right after it read as its appositive.
 */
function sharedSubject(tokens: Token[], before: number): PrintedPhrase | null {
  // "When the mayor thanked the board and said ...": a fronted clause's verbs are no main clause's (as in
  // secondVerbSubject: nobody).
  if (opensFronted(tokens, 0) || opensFronted(tokens, 1)) return null;
  const subject = mainSubject(tokens, before);
  if (subject === null) return null;
  // "Some in the crowd booed, and when Rubio thanked Miami and said ...": the verbs after a subordinator are its
  // clause's, whose subject is not the main one.
  const subordinator = tokens.findLastIndex((t, k) => k < before && t.start >= subject.end && SUBORDINATORS.test(t.text));
  if (subordinator !== -1 && !tokens.slice(subordinator, before).some((t) => t.text === ',')) return null;
  const from = tokens.findIndex((t) => t.start >= subject.start);
  let after = tokens.findIndex((t) => t.start >= subject.end);
  // "The miller's lawyer, Ana Pollard,": the noun a one-noun subject stopped before is still its head.
  if (tokens[after]?.word === true && /^\p{Ll}/u.test(tokens[after]?.text ?? '')) after += 1;
  if (tokens[after]?.text !== ',') return subject;
  let end = after + 1;
  while (end < before && tokens[end]?.word === true && isCapitalised(tokens[end]?.text ?? '')) end += 1;
  const name = printedTokens(tokens.slice(after + 1, end), tokens.slice(after + 1, end).map((t) => t.text).join(' '));
  const described = phraseOf(tokens, from, after);
  return name !== null && described !== null && tokens[end]?.text === ',' ? joinPrinted(name, described) : subject;
}

/**
 * Whether the words after a telling cue name a topic: "about" after the recipient ("told Mike Lynch about the
 * talks", "told them more about it"), before any "that", colon or quote.
 */
function toldAbout(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 10); k += 1) {
    const word = normaliseWord(tokens[k]?.text ?? '');
    if (word === 'that' || word === ':' || tokens[k]?.text.startsWith('§') === true) return false;
    if (word !== 'about') continue;
    const before = tokens[k - 1]?.text ?? '';
    return k === from || /^(?:more|much|little|him|her|them|me|us|reporters|journalists)$/i.test(before) || isCapitalised(before);
  }
  return false;
}

/** Whether the cue at `at` stands in a subordinate clause that opens the sentence, with no comma before the cue. */
function fronted(tokens: readonly Token[], at: number): boolean {
  const open = /^(?:and|but|so)$/i.test(tokens[0]?.text ?? '') ? 1 : 0;
  return opensFronted(tokens, open) && !tokens.slice(open, at).some((t) => t.text === ',');
}

/** "called [someone] to the stage", "called them up to the podium": the words after a naming cue send somebody somewhere. */
function summons(tokens: readonly Token[], from: number): boolean {
  const to = tokens.slice(from + 1, from + 6).findIndex((t) => /^(?:to|onto|into)$/i.test(t.text));
  return to >= 0 && /^(?:the|a|his|her|their|its)$/i.test(tokens[from + 2 + to]?.text ?? '');
}

/** Nouns of something said or held whose content a "that" clause right after them gives: "his claim that ...". */
const CLAIM_NOUNS = /^(?:claims?|insistence|assertions?|accusations?|allegations?|conclusions?|contention|argument|warnings?|promises?|predictions?|statements?|suggestions?|denials?|announcements?|declarations?|vows?|pledges?|complaints?|demands?)$/;

/**
 * "... to back up his claim that the plan was sound.", "amid the mayor's accusations that the count is unfair": after
 * a verb or a preposition, a possessed noun of something said and its "that" clause are the owner's statement, to the
 * clause's comma or the sentence's end. A possessed noun that opens the sentence ("Her insistence that ... failed") is
 * left alone: where its clause ends and the main verb begins is not marked.
 */
function possessedComplement(tokens: Token[], text: string): Found | null {
  for (let k = 3; k < tokens.length - 3; k += 1) {
    if (normaliseWord(tokens[k]?.text ?? '') !== 'that') continue;
    // "her firmest promise yet that ...": "yet" after the noun is no part of the clause; "the announcement by the
    // union that ...", "warnings from local geologists that ...", "a demand, by Senator Pike, that ...": the noun comes
    // before its owner.
    const by = tokens.findLastIndex((t, j) => j < k && k - j <= 12 && /^(?:by|from)$/.test(t.text));
    const byNoun = tokens[by - 1]?.text === ',' ? by - 2 : by - 1;
    const n = /^yet$/i.test(tokens[k - 1]?.text ?? '') ? k - 2 : by > 0 && CLAIM_NOUNS.test(normaliseWord(tokens[byNoun]?.text ?? '')) ? byNoun : nounBeforeCircumstance(tokens, k) ?? k - 1;
    const noun = tokens[n];
    if (noun === undefined || !CLAIM_NOUNS.test(normaliseWord(noun.text))) continue;
    const owned = ownerOfClaim(tokens, n);
    if (owned === null) continue;
    const { from } = owned;
    const before = tokens[from - 1];
    const governed = before !== undefined && (SUBJECT_BREAKERS.has(normaliseWord(before.text)) || PARTICLES.has(normaliseWord(before.text)) || /^(?:amid|despite|over|against|denied|rejected|disputed|repeated|dismissed|backed|echoed|made|reiterated|offered|was|is|including|particularly|especially|notably|follows|followed|to)$/i.test(before.text));
    if (!governed) continue;
    // "Clinton, who once praised the pact, offered her firmest promise yet that ...", "Johnson is under fire for
    // failing to deliver on his vow that ...": a possessive pronoun on the sentence's own act or plight is the named
    // subject's (what someone denied, rejected or backed is another's claim).
    const own = !/^(?:amid|despite|over|against|denied|rejected|disputed|dismissed|backed|echoed)$/i.test(before.text);
    const named = own && /^(?:he|she)$/.test(owned.subject.text) ? namedSentenceSubject(tokens, from) : null;
    const gender = named === null ? null : genderReader(text)(named.text);
    const subject = named !== null && (gender === null || gender === pronounGender(owned.subject.text)) ? named : owned.subject;
    // The clause ends at a comma or a semicolon ("including his assertion that ...; his criticism of ..."), an opening
    // bracket ("... refugees (in fact, ...)"), at a quote that closes on one ("“founded ISIS,” saying ..."), or at a dash
    // before a conjunction ("— while ...").
    const end = tokens.findIndex(
      (t, j) =>
        j > k + 1 &&
        (t.text === ',' || t.text === ';' || t.text === '(' || (/^[—–]$/.test(t.text) && /^(?:while|but|though|although|and)$/.test(tokens[j + 1]?.text ?? ''))),
    );
    const quoteComma = tokens.findIndex((t, j) => j > k + 1 && (end === -1 || j < end) && t.text.startsWith('§') && /,\s*\S{0,2}\s*$/.test(text.slice(t.start, t.end)));
    let stop = quoteComma !== -1 ? quoteComma + 1 : end === -1 ? tokens.length : end;
    // "rejected accusations that his country armed the rebels as “baseless”": what the rejection called the claim is
    // the rejecter's, no part of the claim.
    const as = /^(?:rejected|dismissed|denied|disputed)$/i.test(before.text) ? tokens.findIndex((t, j) => j > k + MIN_CONTENT_WORDS && j < stop && /^as$/i.test(t.text) && REJECTED_AS.test(tokens[j + 1]?.text ?? '')) : -1;
    if (as !== -1) stop = as;
    return clause(tokens, k + 1, stop, { subject, cue: noun.text, position: 'before', cueStart: noun.start, cueEnd: tokens[k]?.end ?? noun.end });
  }
  return null;
}

/**
 * "her claim at a town-hall meeting that ...", "his warning during the hearing that ...": the claim noun before a short
 * circumstance (a preposition of place or time and up to four words, no verb) that stands between it and the "that"
 * at `k`; null when there is none, or when a verb right after "that" makes it a relative ("at a hearing that ran late").
 */
function nounBeforeCircumstance(tokens: readonly Token[], k: number): number | null {
  const n = tokens.findIndex((t, j) => j < k - 2 && k - j <= 7 && CLAIM_NOUNS.test(normaliseWord(t.text)) && /^(?:in|at|during)$/.test(tokens[j + 1]?.text ?? ''));
  if (n < 1) return null;
  // "at a rally in May", "during the hearing": words with no finite or past verb ("hearing" is a noun here).
  const finite = (text: string): boolean => /^\p{Ll}/u.test(text) && (FINITE_WORDS.test(text) || IRREGULAR_PAST.test(text) || /ed$/.test(text));
  // "at a similarly timed debate": a past participle after an adverb in "-ly" describes the noun.
  if (!tokens.slice(n + 2, k).every((t, j) => t.word && (!finite(t.text) || isLyAdverb(tokens[n + 1 + j]?.text ?? '')) && !/^(?:that|which|who)$/i.test(t.text))) return null;
  const next = tokens[k + 1];
  return next === undefined || verbLike(next.text) || AUXILIARIES.has(normaliseWord(next.text)) ? null : n;
}

/**
 * The name that opens a sentence as its subject, before `limit`: one to three capitalised words (after "But" or "And")
 * followed by a comma or a lower-case word; null when the sentence opens otherwise ("The senator", "In May").
 */
function namedSentenceSubject(tokens: Token[], limit: number): PrintedPhrase | null {
  const start = /^(?:But|And|Yet|So)$/.test(tokens[0]?.text ?? '') ? 1 : 0;
  let end = start;
  while (end < limit && end - start < 4 && tokens[end]?.word === true && isCapitalised(tokens[end]?.text ?? '')) end += 1;
  const next = tokens[end]?.text ?? '';
  // "Contrary to his claim": a capitalised word before "to" opens a fronted phrase, not a subject.
  if (end === start || end - start > 3 || !(next === ',' || /^\p{Ll}/u.test(next)) || next === 'to') return null;
  const words = tokens.slice(start, end).map((t) => normaliseWord(t.text));
  // "Nobody found a source for her claim": an indefinite pronoun names no one.
  if (words.some((w) => /^(?:the|a|an|this|that|these|those|there|here|some|many|most|one|all|both|he|she|it|they|we|i|in|on|at|after|when|while|as|if|no|none|nobody|nothing|anybody|anyone|everybody|everyone|somebody|someone|each|few)$/.test(w))) return null;
  // "Republicans on Capitol Hill ... from his suggestion": a plural is no "he"; "..., as she doubled down on her claim":
  // a pronoun between the name and the possessive is the nearer owner.
  if (isPersonPlural(tokens[end - 1]?.text ?? '') || tokens.slice(end, limit).some((t) => /^(?:he|she|they|him|her)$/i.test(t.text))) return null;
  return phraseOf(tokens, start, end);
}

/** What a rejection calls a claim after "as": a quote, or a word of dismissal ("as baseless", "as false"). */
const REJECTED_AS = /^(?:§.*|false|untrue|wrong|nonsense|baseless|unfounded|fabricated|absurd|ridiculous|\p{Ll}+less)$/u;

/** Words after which a plural claim noun with no determiner is governed: "rejected accusations by ... that". */
const GOVERNING_BARE_PLURAL = /^(?:amid|despite|over|against|denied|rejected|disputed|dismissed|backed|echoed|repeated|reiterated|about|follows|followed)$/i;

/** Prepositions that may open a sentence before a possessed claim noun: "Despite Ms. Lund’s insistence that ...". */
const GOVERNING_OPENER = /^(?:Despite|Amid|Over|Against|After|Following|Given|Unlike|In|On|At|With|For|From|By|Of)$/;

/** Words that may stand between an owner and the noun of a claim: "his often-repeated vow", "Mr. Trump’s Oct. 11 announcement". */
const CLAIM_MODIFIER = /^(?:\p{Ll}[\p{Ll}-]*(?:est|ed|ier|er|ous|al|ic|ive|ful|ent|ant|izing|ising)|earlier|latest|first|last|public|new|own|\d{1,2}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/**
 * The words that name the owner after the "by" or "from" at `by`, up to the "that" at `that`: a name or "the ..." of up
 * to six words ("by the port authority", "from local Basque geologists"); the name set off after a role ("by the head
 * of the union, Petra Lund,"); the whole phrase when commas enclose it with "by" ("a demand, by Senator Ana Pike,").
 */
function ownerAfterBy(tokens: readonly Token[], by: number, that: number, enclosed: boolean): { start: number; end: number } | null {
  if (that === -1) return null;
  const capitalisedName = (start: number, end: number): boolean =>
    end > start && end - start <= 5 && tokens.slice(start, end).every((t) => t.word && isCapitalised(t.text));
  if (enclosed) return tokens[that - 1]?.text === ',' && capitalisedName(by + 1, that - 1) ? { start: by + 1, end: that - 1 } : null;
  const comma = tokens.findIndex((t, j) => j > by && j < that && t.text === ',');
  if (comma !== -1) {
    // "by the head of the union, Petra Lund, that": a role, then the name set off by commas.
    const role = tokens.slice(by + 1, comma);
    if (!/^the$/i.test(role[0]?.text ?? '') || !role.every((t) => t.word) || tokens[that - 1]?.text !== ',') return null;
    return capitalisedName(comma + 1, that - 1) ? { start: comma + 1, end: that - 1 } : null;
  }
  const words = tokens.slice(by + 1, that);
  const first = words[0]?.text ?? '';
  // "from local Basque geologists": one lower-case word before a capitalised one.
  const opens = isCapitalised(first) || (/^the$/i.test(first) && words.length > 1) || (/^\p{Ll}+$/u.test(first) && tokens[by]?.text === 'from' && isCapitalised(words[1]?.text ?? ''));
  if (words.length === 0 || words.length > 6 || !opens || !words.every((t) => t.word)) return null;
  return { start: by + 1, end: that };
}

/**
 * The owner of the claim noun at `n` and where the owner's words start: a possessive pronoun or a capitalised
 * possessive before it, past up to three modifiers ("his often-repeated vow", "Mr. Trump’s Oct. 11 announcement"),
 * or a name after "by" ("this week's announcement by SAG"); null when the noun has none.
 */
function ownerOfClaim(tokens: readonly Token[], n: number): { from: number; subject: PrintedPhrase } | null {
  const enclosed = tokens[n + 1]?.text === ',';
  const by = tokens.findIndex((t, j) => j > n && /^(?:by|from)$/.test(t.text));
  if (by === n + 1 || (enclosed && by === n + 2)) {
    const that = tokens.findIndex((t, j) => j > by && normaliseWord(t.text) === 'that');
    const owner = ownerAfterBy(tokens, by, that, enclosed);
    if (owner === null) return null;
    const subject = phraseOf(tokens as Token[], owner.start, owner.end);
    // The noun's own determiner, past its modifiers ("this week's announcement", "an earlier declaration").
    let from = n - 1;
    while (from > 0 && n - from <= 3 && (CLAIM_MODIFIER.test(tokens[from]?.text ?? '') || /^\p{Ll}+[’']s$/u.test(tokens[from]?.text ?? ''))) from -= 1;
    if (subject === null) return null;
    if (/^(?:the|a|an|this|its|their|his|her)$/i.test(tokens[from]?.text ?? '')) return { from, subject };
    // "rejected accusations by the government that ...", "pushing back against claims by agencies that ...": a plural
    // with no determiner right after the word that governs it.
    return /s$/.test(tokens[n]?.text ?? '') && GOVERNING_BARE_PLURAL.test(tokens[n - 1]?.text ?? '') ? { from: n, subject } : null;
  }
  let o = n - 1;
  while (o > 1 && n - o <= 3 && CLAIM_MODIFIER.test(tokens[o]?.text ?? '') && !POSSESSIVE_PRONOUNS[(tokens[o]?.text ?? '').toLowerCase()]) o -= 1;
  const owner = tokens[o];
  if (owner === undefined || !owner.word) return null;
  const pronoun = POSSESSIVE_PRONOUNS[owner.text.toLowerCase()];
  if (pronoun !== undefined) return o === 0 ? null : { from: o, subject: { text: pronoun, start: owner.start, end: owner.end } };
  if (!/^\p{Lu}.*[’']s$/u.test(owner.text)) return null;
  let from = o;
  // "Despite Ms. Lund’s": a capitalised preposition that opens the sentence is no part of the name.
  while (from > 0 && tokens[from - 1]?.word === true && isCapitalised(tokens[from - 1]?.text ?? '') && !GOVERNING_OPENER.test(tokens[from - 1]?.text ?? '') && o - from < 4) from -= 1;
  // "Van Der Beek’s": the particles of a surname are the name's.
  while (from > 1 && /^(?:van|von|de|der|den|du|la|le)$/i.test(tokens[from - 1]?.text ?? '') && isCapitalised(tokens[from - 2]?.text ?? '')) from -= 2;
  if (from === 0) return null;
  const name = tokens.slice(from, o + 1);
  return { from, subject: { text: name.map((t) => t.text).join(' ').replace(/[’']s$/, ''), start: tokens[from]?.start ?? owner.start, end: owner.end - 2 } };
}

/** Nouns of words someone said, which "indicated" or "suggested" what their owner meant: "his remarks", "her comments". */
const WORDS_SAID = /^(?:remarks?|comments?|words|testimony|statements?|answers?|responses?|replies|reply|explanations?|assurances?)$/;

/**
 * "His remarks indicated that ...", "The mayor’s comments suggested that ...": words someone said are no speaker; their
 * owner is (a possessive pronoun, resolved as "he" or "she" is, or a possessive). Other subjects are kept as printed.
 */
export function ownerSpeaks(attribution: Attribution): Attribution {
  const subject = attribution.subject;
  const match = subject === null ? null : /^(.+?)(?:[’']s)? (\p{L}+)$/u.exec(subject.text);
  if (subject === null || match === null || !WORDS_SAID.test((match[2] ?? '').toLowerCase())) return attribution;
  const owner = match[1] ?? '';
  const pronoun = POSSESSIVE_PRONOUNS[owner.toLowerCase()];
  const possessive = /[’']s (\p{L}+)$/u.test(subject.text) && /^\p{Lu}/u.test(owner);
  if (pronoun === undefined && !possessive) return attribution;
  return { ...attribution, subject: { text: pronoun ?? owner, start: subject.start, end: subject.start + owner.length } };
}

/** Nouns of something said, whose content a "was that" clause gives: "her answer was that ...". */
const SAID_NOUNS = /^(?:answer|response|reply|retort|argument|contention|explanation|position|message|claim|complaint|promise|pledge|warning|suggestion|prediction|assessment|conclusion|excuse|defen[cs]e)$/;
const POSSESSIVE_PRONOUNS: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they', its: 'it' };

/** A modal before a cue: a saying to come or only supposed ("would argue", "cannot say"). */
const MODAL = /^(?:would|will|could|might|may|should|can|cannot|must|shall)$/;

/** "would not say", "never claimed", "didn't call for": a negation in the three words before the cue at `k`. */
const negatedBefore = (tokens: readonly Token[], k: number): boolean =>
  tokens.slice(Math.max(0, k - 3), k).some((t) => /^(?:not|never)$|n[’']t$/i.test(t.text));

/** "called for", "calls on", "calling for": a call for something or on someone (not "called" naming someone). */
const callAt = (tokens: readonly Token[], k: number): boolean =>
  /^call(?:s|ed|ing)?$/.test(tokens[k]?.text ?? '') && /^(?:for|on)$/.test(tokens[k + 1]?.text ?? '') && !callNounAt(tokens, k);

/** "Trump's call for a ban", "amid calls for him to resign", "the call for unity": a noun, no one's act here. */
const callNounAt = (tokens: readonly Token[], k: number): boolean =>
  /[’']s$/.test(tokens[k - 1]?.text ?? '') || CALL_NOUN_BEFORE.test(normaliseWord(tokens[k - 1]?.text ?? ''));

/** Words after "called for" that make it a time or a length, not what was asked for ("called for years"). */
const CALLED_FOR_TIME = /^(?:years|months|weeks|days|decades|hours|ages|some|now|the first|a while|a time|\p{N}.*)$/u;

/** Words before "call" or "calls" that make it a noun: determiners, possessives and prepositions. */
const CALL_NOUN_BEFORE = /^(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those|amid|despite|with|of|after|against|over|renewed|repeated|growing|new|recent)$/;

/** Pronouns for a thing that "calls for" something with no one speaking: "it calls for", "which calls for". */
const THING_SUBJECT = /^(?:it|this|that|which|what)$/i;

/**
 * "Clinton is calling for the United States to lead the fight", "Gates also called for shipping companies to do more",
 * "He has also called on the United States to attack the oil": a call for something, or on someone to act, reports what
 * the subject asked for (as PolNeAR annotates it), when the subject is someone who speaks (a name, a pronoun for a
 * person or a group, a noun for people, a group or a document, never "the plan calls for" or "it calls for"). "called on"
 * needs its "to" and a verb in a few words ("called on Monday" is a time); a passive ("was called for questioning"), a
 * modal ("would call for") or a negation reports no call. What was called for ends at its first comma, semicolon or
 * dash, or where a request ends (`requestEnd`).
 */
function callsFor(tokens: Token[]): Found | null {
  for (let k = 1; k < tokens.length - 3; k += 1) {
    const token = tokens[k];
    if (token === undefined || !callAt(tokens, k)) continue;
    const previous = normaliseWord(tokens[k - 1]?.text ?? '');
    if (/^(?:was|were|is|are|be|been|being)$/.test(previous) && token.text !== 'calling') continue;
    if (MODAL.test(previous) || previous === 'to' || negatedBefore(tokens, k)) continue;
    const start = k + 2;
    const next = tokens[start];
    if (next === undefined || !next.word) continue;
    const two = `${normaliseWord(next.text)} ${normaliseWord(tokens[start + 1]?.text ?? '')}`;
    if (CALLED_FOR_TIME.test(normaliseWord(next.text)) || CALLED_FOR_TIME.test(two)) continue;
    if (tokens[k + 1]?.text === 'on') {
      const to = tokens.slice(start, start + 8).findIndex((t) => t.text === 'to');
      const before = tokens.slice(start, start + Math.max(0, to));
      if (to < 1 || before.some((t) => !t.word) || !/^\p{Ll}+$/u.test(tokens[start + to + 1]?.text ?? '')) continue;
      if (WEEKDAY.test(next.text)) continue;
    }
    const participle = token.text === 'calling' && tokens[k - 1]?.text === ',';
    const subject = participle ? mainSubject(tokens, k - 1) : subjectBefore(tokens, k);
    if (subject === null || !speaksAsCaller(subject.text)) continue;
    // "called for a voice vote, and then ..., declaring that ...", "called for X; some cheer when ...": what was called
    // for is a phrase that ends at the first comma, semicolon or dash.
    const stop = tokens.findIndex((t, j) => j > start && /^[,;—–]$/.test(t.text));
    const found = clause(tokens, start, stop === -1 ? tokens.length : stop, { subject, cue: `${token.text} ${tokens[k + 1]?.text ?? ''}`, position: 'before', cueStart: token.start, cueEnd: tokens[k + 1]?.end ?? token.end });
    if (found === null || !demandsSomething(tokens, start, stop === -1 ? tokens.length : stop)) continue;
    return { ...found, end: requestEnd(tokens, found.start, found.end) };
  }
  return null;
}

/**
 * Whether what was called for is more than one bare word before a subordinate clause: "called for help as the water
 * rose" is an act, no claim; "called for an independent inquiry", "called for the city to act" are demands. Counted:
 * the words before a subordinator, less determiners. ("called for a timeout with ..." still reads as a demand.)
 */
function demandsSomething(tokens: readonly Token[], start: number, stop: number): boolean {
  let words = 0;
  for (let j = start; j < stop; j += 1) {
    const word = normaliseWord(tokens[j]?.text ?? '');
    if (CALL_SUBORDINATOR.test(word)) break;
    if (tokens[j]?.word && !DETERMINERS.test(word)) words += 1;
    if (words >= 2) return true;
  }
  return false;
}

const CALL_SUBORDINATOR = /^(?:as|when|while|after|before|because|until|since|so|if|once)$/;

/** Whether a subject can make a call: a name, a personal pronoun, or a noun for people, a group or a document. */
function speaksAsCaller(subject: string): boolean {
  const words = subject.split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (THING_SUBJECT.test(head)) return false;
  if (/^(?:he|she|they|we|I|you)$/i.test(head) || isCapitalised(head)) return true;
  const noun = normaliseWord(head);
  if (PERSON_NOUNS.has(noun) || DOCUMENT_NOUNS.has(noun) || ORG_MARKERS.has(noun)) return true;
  const kind = nounKind(noun) ?? nounKind(noun.replace(/s$/, ''));
  return kind === 'person' || kind === 'group';
}

/**
 * "The senator’s answer was that ...", "Their response was that ...": the clause after "was that" is what the owner
 * of the answer said; the owner (a possessive or a possessive pronoun) is the speaker.
 */
function possessedCue(tokens: Token[], text: string): Found | null {
  const complement = possessedComplement(tokens, text);
  if (complement !== null) return complement;
  for (let k = 2; k < tokens.length - 2; k += 1) {
    if (!/^(?:was|is)$/.test(tokens[k]?.text ?? '') || normaliseWord(tokens[k + 1]?.text ?? '') !== 'that') continue;
    const noun = tokens[k - 1];
    const owner = tokens[k - 2];
    if (noun === undefined || owner === undefined || !SAID_NOUNS.test(normaliseWord(noun.text))) continue;
    const pronoun = POSSESSIVE_PRONOUNS[owner.text.toLowerCase()];
    let subject: PrintedPhrase | null = null;
    if (pronoun !== undefined) subject = { text: pronoun, start: owner.start, end: owner.end };
    else if (/[’']s$/.test(owner.text) && owner.word) {
      const phrase = subjectBefore(tokens, k - 1);
      if (phrase !== null) subject = { text: phrase.text.replace(/[’']s$/, ''), start: phrase.start, end: phrase.end - 2 };
    }
    if (subject === null) continue;
    return clause(tokens, k + 2, tokens.length, { subject, cue: noun.text, position: 'before', cueStart: noun.start, cueEnd: tokens[k]?.end ?? noun.end });
  }
  return null;
}

/**
 * "As the minister noted, prices will rise", "And as Menendez pointed out, rulings have ...": a fronted "as" clause
 * attributes what follows its comma. So do "Of course, as Lee observed, ..." (a discourse opener set off before it),
 * "as Lee points out in a column, ..." (the present of "point out"), "As the Courier — no friend of the mayor —
 * observed, ..." (an aside between dashes, no part of the subject) and "As reported by the Courier, ..." (the passive,
 * whose agent is the source).
 */
function asCue(tokens: Token[]): Found | null {
  let at = /^(?:and|but)$/i.test(tokens[0]?.text ?? '') ? 1 : 0;
  const opener = tokens.findIndex((t, i) => i > at && i < at + 5 && t.text === ',');
  if (opener !== -1 && DISCOURSE_OPENER.test(tokens.slice(at, opener).map((t) => t.text).join(' '))) at = opener + 1;
  if (normaliseWord(tokens[at]?.text ?? '') !== 'as') return null;
  at += 1;
  const comma = tokens.findIndex((t, i) => i > at && t.text === ',');
  // An aside between dashes ("As the Courier — no friend of the mayor — observed,") does not count to the length.
  const dashes = tokens.slice(at, comma).flatMap((t, i) => (/^[—–]$/.test(t.text) ? [i] : []));
  const aside = dashes.length === 2 ? (dashes[1] ?? 0) - (dashes[0] ?? 0) + 1 : 0;
  // "as Lee points out in a column on the site,": a circumstance after the cue does not count either.
  const circumstance = tokens.slice(at, comma).findIndex((t, i) => i > 0 && /^(?:in|on|at)$/.test(t.text) && /^(?:out|noted|notes|observed|wrote|writes|reported|reports|said|says|argued|argues)$/.test(tokens[at + i - 1]?.text ?? ''));
  if (comma === -1 || (circumstance === -1 ? comma - at : circumstance) - aside > 10 || comma - at - aside > 18) return null;
  const passive = passiveAsSource(tokens, at, comma);
  if (passive !== null) return passive;
  const isCue = (i: number): boolean => {
    const word = normaliseWord(tokens[i]?.text ?? '');
    return (STATEMENT_CUES.has(word) && !NAMING_CUES.has(word)) || (/^(?:points|observes)$/.test(word) && (word !== 'points' || normaliseWord(tokens[i + 1]?.text ?? '') === 'out'));
  };
  const k = tokens.slice(at, comma).findIndex((_, i) => isCue(at + i));
  if (k < 1) return null;
  const cue = tokens[at + k];
  let end = at + k;
  while (end > at && betweenSubjectAndCue(tokens[end - 1]?.text ?? '', tokens[end - 2]?.text)) end -= 1;
  // "As the Courier — no friend of the mayor — observed": the aside between the dashes describes the subject.
  const dash = tokens.findIndex((t, i) => i > at && i < end && /^[—–]$/.test(t.text));
  if (dash !== -1 && /^[—–]$/.test(tokens[end - 1]?.text ?? '')) end = dash;
  // "as expected", "as he put it": only a subject and a cue, then "out" or a circumstance ("on Monday").
  const after = tokens.slice(at + k + 1, comma).map((t) => normaliseWord(t.text));
  if (cue === undefined || end === at || (after.length > 0 && !/^(?:out|on|in|at|last|this|earlier|recently|yesterday|today)$/.test(after[0] ?? ''))) return null;
  const subject = phraseOf(tokens, at, end);
  if (subject === null) return null;
  return clause(tokens, comma + 1, tokens.length, { subject, cue: cue.text, position: 'before', cueStart: cue.start, cueEnd: cue.end });
}

/** Passive cues whose agent "as ... by X" names ("as reported by the Courier", "as noted by Dr. Lee"). */
const PASSIVE_SOURCE_CUES = /^(?:reported|noted|stated|observed|revealed|disclosed|outlined|explained|highlighted)$/;

/** After "as" at `at`: an adverb of time, a passive cue and "by"; the cue token and where its agent starts, else null. */
function passiveCueAfterAs(tokens: readonly Token[], at: number): { cue: Token; agent: number } | null {
  const adverb = /^(?:first|previously|earlier|originally)$/i.test(tokens[at]?.text ?? '') ? 1 : 0;
  const cue = tokens[at + adverb];
  if (cue === undefined || !PASSIVE_SOURCE_CUES.test(cue.text) || tokens[at + adverb + 1]?.text !== 'by') return null;
  return { cue, agent: at + adverb + 2 };
}

/** "As reported by the Courier, ...", "as first noted by Lee, ...": after "as", a passive cue's agent up to the comma. */
function passiveAsSource(tokens: Token[], at: number, comma: number): Found | null {
  const passive = passiveCueAfterAs(tokens, at);
  if (passive === null) return null;
  const { cue, agent } = passive;
  if (comma - agent < 1 || comma - agent > 6 || !tokens.slice(agent, comma).every((t) => t.word)) return null;
  const subject = phraseOf(tokens, agent, comma);
  if (subject === null) return null;
  return clause(tokens, comma + 1, tokens.length, { subject, cue: cue.text, position: 'before', cueStart: cue.start, cueEnd: cue.end });
}

/** The most tokens an agent after "by" may run to ("registered dietitian Dr. Ann Lee", its title's stop counted). */
const MAX_AGENT_TOKENS = 8;

/**
 * "Fish oil may help the heart, as noted by dietitian Ann Lee.", "..., as first reported by the Courier.": a clause
 * set off before "as", a passive cue and its agent that end the sentence is the agent's, as before ", according to X".
 */
function trailingAsSource(tokens: Token[]): Found | null {
  const end = tokens.at(-1)?.word === true ? tokens.length : tokens.length - 1;
  const comma = tokens.findLastIndex((t) => t.text === ',');
  if (comma < 1 || normaliseWord(tokens[comma + 1]?.text ?? '') !== 'as') return null;
  const passive = passiveCueAfterAs(tokens, comma + 2);
  if (passive === null) return null;
  const { cue, agent } = passive;
  const agentTokens = tokens.slice(agent, end);
  if (agentTokens.length < 1 || agentTokens.length > MAX_AGENT_TOKENS || !agentTokens.every((t) => t.word || t.text === '.')) return null;
  if (!clauseBefore(tokens, comma) || quoteWithCue(tokens, comma)) return null;
  const subject = phraseOf(tokens, agent, end);
  if (subject === null) return null;
  return clause(tokens, afterLeadIn(tokens, comma), comma, { subject, cue: cue.text, position: 'after', cueStart: cue.start, cueEnd: cue.end });
}

/**
 * "One student at the rally, who gave only her first name, Veatriki, said young people ...": a name set off by
 * commas right before the cue, after a description that runs too long for a subject, and a clause after the cue
 * (not a circumstance, "in a statement"): the name said the clause.
 */
function namedThenCue(tokens: Token[]): Found | null {
  for (let c = 1; c < tokens.length - 3; c += 1) {
    const cue = tokens[c + 1];
    const next = tokens[c + 2];
    if (tokens[c]?.text !== ',' || cue === undefined || next === undefined) continue;
    const word = normaliseWord(cue.text);
    if (!STATEMENT_CUES.has(word) || TELLING.has(word) || NAMING_CUES.has(word) || !next.word || isCapitalised(next.text)) continue;
    if (SUBJECT_BREAKERS.has(normaliseWord(next.text)) || WHEN_WORDS.test(next.text) || /^(?:that|and|but|or)$/.test(normaliseWord(next.text))) continue;
    // "..., Jo Roe of Dover, Del., noted the reason for her vote": a cue's noun object, as after a head cue.
    if (OBJECT_TAKING_CUES.test(word) && nounObjectOnly(tokens, c + 2)) continue;
    const open = previousComma(tokens, c);
    if (open < 1) continue;
    const name = tokens.slice(open + 1, c);
    if (name.length === 0 || name.length > 4 || !name.every((t) => t.word && isCapitalised(t.text))) continue;
    const subject = phraseOf(tokens, open + 1, c);
    if (subject === null) continue;
    const found = clause(tokens, c + 2, tokens.length, { subject, cue: cue.text, position: 'before', cueStart: cue.start, cueEnd: cue.end });
    if (found !== null) return found;
  }
  return null;
}

/** What opens an inverted subject in lower case: "said the spokesman", "said a diplomat", "said one union official". */
const INVERTED_SUBJECT_OPENERS = /^(?:the|a|an|one)$/i;

/** Question words that open a cue's object ("explained why ...", "asked whether ..."); "when" and "where" may open a time or a place. */
const WH_OBJECT = /^(?:why|how|whether|what)$/i;

/** "..., Peskov said (in a statement)." and "..., said Peskov." */
function tailCue(tokens: Token[]): Found | null {
  for (let c = tokens.length - 2; c >= 3; c -= 1) {
    // The tail follows a comma, or a quote whose comma sits inside its marks ("sooner,'' said Mr. Jäger").
    const quoteEnd = tokens[c]?.text.startsWith('§') === true;
    if (tokens[c]?.text !== ',' && !quoteEnd) continue;
    // "Jo Hale, host of ABC’s “Night Desk,” said the network would cut ...": a quoted title that closes the appositive
    // of the sentence's subject leaves the cue after it a head cue, not an inverted one.
    if ((quoteEnd && quoteEndsAppositive(tokens, c)) || (tokens[c]?.text === ',' && quoteEndsAppositive(tokens, c - 1))) return null;
    // "Решение принято, — заявил Песков.": a dialogue dash may stand before the cue.
    const whole = tokens.slice(c + 1).filter((t) => t.text !== '.' && t.text !== '!' && t.text !== '?' && !/^[—–]$/.test(t.text));
    // "said Mark Kantrowitz, a debt expert who has published books, papers and editorials": an appositive after
    // the inverted subject runs to the end, whatever its length and commas; so does a role with no article
    // ("said Jane Roe, senior analyst at Firm").
    const appositive = whole.findIndex(
      (t, j) =>
        j >= 2 &&
        t.text === ',' &&
        STATEMENT_CUES.has(normaliseWord(whole[0]?.text ?? '')) &&
        (/^(?:a|an|the)$/i.test(whole[j + 1]?.text ?? '') ||
          opensBareRole(whole, j + 1) ||
          // "..., said Ann Roe, who was elected in 2012.": a relative clause after the inverted name describes it,
          // when it reports nothing itself ("who emphasized that ...") and the tail follows no quote (whose cue the
          // quote's own rules read).
          (!quoteEnd &&
            /^(?:who|whose)$/.test(whole[j + 1]?.text ?? '') &&
            isCapitalised(whole[j - 1]?.text ?? '') &&
            !whole.slice(j + 2).some((w) => STATEMENT_CUES.has(normaliseWord(w.text))))),
    );
    const tail = appositive === -1 ? whole : whole.slice(0, appositive);
    if (tail.length > MAX_SUBJECT_WORDS + 8 && /^(?:a|an|the)$/i.test(whole[0]?.text ?? '')) continue;
    if (tail.length === 0 || tail.length > MAX_SUBJECT_WORDS + 8) return null;
    let joint = false;
    for (let k = 0; k < tail.length; k += 1) {
      const token = tail[k];
      if (token === undefined || !token.word) break;
      const word = normaliseWord(token.text);
      if (!STATEMENT_CUES.has(word) || NAMING_CUES.has(word) || /ing$/.test(word) || isNounUse(tail, k) || goesOnDoing(tail, k)) {
        // "..., producers Ann Ode and Ivo Marsh announced today.": "and" between two names joins them.
        if (word === 'and' && isCapitalised(tail[k - 1]?.text ?? '') && isCapitalised(tail[k + 1]?.text ?? '')) {
          joint = true;
          continue;
        }
        // "..., sources who reviewed the deal told the paper.": a relative clause on a description of people is the subject's.
        if (word === 'who' && relativeOnPeople(tail, k)) continue;
        if (k > MAX_SUBJECT_WORDS || CLAUSE_WORDS.has(word) || (SUBJECT_BREAKERS.has(word) && !postmodifiedPeople(tail, k))) break;
        continue;
      }
      const rest = tail.slice(k + 1);
      // "..., Georgia and Virginia said they felt betrayed": names joined before a cue with a clause after it end a list.
      if (joint && rest.length > 0 && !WHEN_WORDS.test(rest[0]?.text ?? '') && !opensCircumstance(rest, 0)) return null;
      // The tail after the cue is a circumstance ("in a statement", "on Monday"), never a new clause.
      // An appositive may follow ("said Ralf Jäger, the minister").
      if (rest.some((t, j) => RECIPIENT_ENDS.has(normaliseWord(t.text)) && !(t.text === ',' && /^(?:the|a|an)$/i.test(rest[j + 1]?.text ?? '')))) return null;
      // "After meeting the families, the governor vowed to rebuild ...": a promise goes on to what was promised; the
      // words before it are a circumstance, not what was said.
      if (COMMISSIVES.test(word) && normaliseWord(rest[0]?.text ?? '') === 'to' && promisedAct(rest[1]?.text ?? '')) return null;
      // "a claim the authorities say is baseless": the cue opens a relative clause, not a tail.
      if (/^(?:is|was|are|were|has|have|had|will|would|could|should|can)$/.test(normaliseWord(rest[0]?.text ?? ''))) return null;
      let subject: PrintedPhrase | null;
      const group = k === 0 && !TELLING.has(word) ? bareGroupAfterCue(rest) : 0;
      if (group > 0) subject = phraseOf(rest, 0, group);
      // "told CBS News" names whom it was told, never who spoke.
      else if (k === 0 && (TELLING.has(word) || (!isCapitalised(rest[0]?.text ?? '') && !INVERTED_SUBJECT_OPENERS.test(rest[0]?.text ?? '') && roleBeforeName(rest) === 0))) {
        // "…, WhatsApp, which is owned by Meta, said in a statement.": the subject is before the appositive.
        let open = previousComma(tokens, c);
        // "..., Ana Ruiz, an official at the agency, told AFP.": a name's appositive stands between it and the cue; the
        // subject is the name before it.
        const apposed = open === -1 || isCapitalised(tokens[open + 1]?.text ?? '') ? null : nameBeforeAppositive(tokens, open, c);
        if (apposed !== null) {
          const named = phraseOf(tokens, apposed + 1, open);
          return named === null ? null : clause(tokens, 0, apposed, { subject: named, cue: token.text, position: 'after', cueStart: token.start, cueEnd: token.end });
        }
        if (open === -1 || !isCapitalised(tokens[open + 1]?.text ?? '')) return null;
        let end = open + 1;
        while (end < c && tokens[end]?.word === true && !CLAUSE_WORDS.has(normaliseWord(tokens[end]?.text ?? ''))) end += 1;
        subject = phraseOf(tokens, open + 1, end);
        if (subject === null) return null;
        // "…, the White House spokesman, Josh Earnest, said": a role before the name belongs to the subject.
        const roleOpen = previousBoundary(tokens, open);
        const role = roleOpen === -1 ? [] : tokens.slice(roleOpen + 1, open);
        if (role.length > 0 && role.length <= 6 && role.every((t) => t.word) && /^(?:the|a|an|\p{Lu}.*)$/u.test(role[0]?.text ?? '')) {
          subject = joinPrinted(subject, printedTokens(role, role.map((t) => t.text).join(' ')));
          open = tokens[roleOpen]?.text.startsWith('§') === true ? roleOpen + 1 : roleOpen;
        }
        return clause(tokens, 0, open, { subject, cue: token.text, position: 'after', cueStart: token.start, cueEnd: token.end });
      } else if (k === 0) {
        const stop = issuerEnd(rest, rest.findIndex((t) => !t.word || SUBJECT_BREAKERS.has(normaliseWord(t.text))));
        // "said Peskov", "added the company": the inverted subject names someone.
        // "said county police Officer Dan Berg", "said former Governor Ann Lowe": a role in lower case before a name.
        if (!isCapitalised(rest[0]?.text ?? '') && !INVERTED_SUBJECT_OPENERS.test(rest[0]?.text ?? '') && roleBeforeName(rest) === 0) return null;
        // "Ivanka Trump, the nominee's daughter, noted the rule in the interview": a verb that takes a noun object
        // has one, and a circumstance after it; an inverted subject stands alone ("..., noted the spokesman.").
        if (OBJECT_TAKING_CUES.test(word) && /^(?:the|a|an)$/i.test(rest[0]?.text ?? '') && stop !== -1) return null;
        subject = phraseOf(rest, 0, stop === -1 ? rest.length : stop);
      } else {
        // "Discussing the budget on the radio, Lee explained the differences between the plans.": a cue that takes a noun
        // object has one; the words before the comma are a circumstance of the act, not what was said ("..., Lee noted
        // this week." is a tail: its determiner opens a time).
        if (OBJECT_TAKING_CUES.test(word) && NOUN_PHRASE_OPENERS.test(rest[0]?.text ?? '') && !TIME_NOUN.test(rest[1]?.text ?? '') && !TIME_NOUN.test(rest[2]?.text ?? '')) return null;
        // "Looking ahead to the vote, Lee explained why she backs the plan.": a question word after the cue opens the
        // cue's own object; the words before the comma are a circumstance, not what was said.
        if (WH_OBJECT.test(rest[0]?.text ?? '')) return null;
        let end = k;
        while (end > 0 && betweenSubjectAndCue(tail[end - 1]?.text ?? '', tail[end - 2]?.text)) end -= 1;
        subject = phraseOf(tail, 0, end);
      }
      if (subject === null) return null;
      // "…, but with a caveat: “...,” the source said.": what the colon introduces is reported.
      // A colon glued between digits is a time ("9:40 p.m."), not one.
      const colon = tokens.findLastIndex((t, j) => j < c && t.text === ':' && !(/^\d/.test(tokens[j + 1]?.text ?? '') && tokens[j + 1]?.start === t.end && tokens[j - 1]?.end === t.start));
      // "For almost 60 years, the Census denied any role in ...": a circumstance before the subject is no clause it reports.
      if (circumstanceOnly(tokens.slice(colon + 1, c))) return null;
      // "Nobody was impressed by the mayor - “...,” Ms. Hart said - but ...": a quote and its cue set off by a dash are
      // an aside that reports the quote alone; the narration before the dash is the writer's.
      const aside = quoteEnd && c > colon + 1 && DASH.test(tokens[c - 1]?.text ?? '');
      // "“Her mood is grim,” she said, but despite it, “I think she will,” said Lee.": an earlier quote with a cue of its
      // own makes the sentence two quoted items, each its own; the tail reports only the quote it closes.
      if (quoteEnd && quotedWithOwnCue(tokens, colon + 1, c)) return null;
      return clause(tokens, aside ? c : colon + 1, quoteEnd ? c + 1 : c, { subject, cue: token.text, position: 'after', cueStart: token.start, cueEnd: token.end });
    }
  }
  return null;
}

/**
 * A quote between `from` and `to` followed by a subject of one to three words and a cue of its own ("“...,” she said",
 * "“...,” Ann Lee said"); not a quoted word that the clause's own verb goes on from ("“bristled” and said, “...”").
 */
function quotedWithOwnCue(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to - 1; j += 1) {
    if (tokens[j]?.text.startsWith('§') !== true) continue;
    for (let k = j + 2; k <= Math.min(j + 4, to - 1); k += 1) {
      const subject = tokens.slice(j + 1, k);
      if (!subject.every((t) => t.word && !/^(?:and|but|or|then)$/i.test(t.text))) break;
      if (STATEMENT_CUES.has(normaliseWord(tokens[k]?.text ?? ''))) return true;
    }
  }
  return false;
}

/**
 * "..., a spokesman for the board said.", "..., people familiar with the talks said.": a preposition at `k` inside an
 * inverted tail's subject postmodifies people described before it, when a cue follows within a subject's reach with
 * no clause word between.
 */
function postmodifiedPeople(tail: readonly Token[], k: number): boolean {
  const cue = tail.findIndex((t, j) => j > k + 1 && STATEMENT_CUES.has(normaliseWord(t.text)));
  if (cue === -1 || cue > MAX_SUBJECT_WORDS) return false;
  const subject = tail.slice(0, cue);
  if (!subject.every((t) => t.word && !CLAUSE_WORDS.has(normaliseWord(t.text)))) return false;
  return /^\p{Ll}/u.test(subject[0]?.text ?? '') && describesPeople(subject);
}

/**
 * Whether the "who" at `k` of an inverted tail opens a relative clause on a description of people in lower case
 * ("sources who reviewed the deal told the paper", "officials who read the draft said"): the one cue of the tail
 * follows it within a subject's length, after words of no other clause.
 */
function relativeOnPeople(tail: readonly Token[], k: number): boolean {
  if (k < 1 || k > 4 || !/^\p{Ll}/u.test(tail[0]?.text ?? '') || !describesPeople(tail.slice(0, k))) return false;
  const cues = tail.flatMap((t, j) => (j > k && STATEMENT_CUES.has(normaliseWord(t.text)) ? [j] : []));
  const cue = cues[0];
  if (cues.length !== 1 || cue === undefined || cue > MAX_SUBJECT_WORDS + 2) return false;
  return tail.slice(k + 1, cue).every((t) => t.word && !CLAUSE_WORDS.has(normaliseWord(t.text)));
}

/** A dash printed as one: an em or en dash, or a hyphen standing alone. */
const DASH = /^[—–-]$/;

/**
 * "..., said a report from Reuters.": a document's source after "from" or "by" is part of the inverted subject; the
 * end of the subject (`stop`, a token index or -1) moved past it.
 */
function issuerEnd(rest: readonly Token[], stop: number): number {
  if (stop < 1 || !/^(?:from|by)$/.test(rest[stop]?.text ?? '') || !DOCUMENT_NOUNS.has(normaliseWord(rest[stop - 1]?.text ?? '').replace(/s$/, ''))) return stop;
  if (!isCapitalised(rest[stop + 1]?.text ?? '') && rest[stop + 1]?.text !== 'the') return stop;
  return rest.findIndex((t, j) => j > stop + 1 && (!t.word || SUBJECT_BREAKERS.has(normaliseWord(t.text))));
}

/** Words that give an example of a group ("experts like", "such as", "including"), no part of a role. */
const EXAMPLE_WORDS = /^(?:like|unlike|such|as|including|among)$/;

/**
 * "..., said county police Officer Dan Berg.", "..., said former Governor Ann Lowe": after an inverted cue, at most
 * three words in lower case (no preposition, conjunction or determiner) right before a capitalised name of two words
 * or more, to the end or a comma; the number of lower-case words, else 0.
 */
function roleBeforeName(rest: readonly Token[]): number {
  // "say experts like Paul Bauman": the name is an example of a group, whose words may go on past the comma.
  let n = 0;
  while (n < rest.length && rest[n]?.word === true && /^\p{Ll}+$/u.test(rest[n]?.text ?? '')) {
    const word = normaliseWord(rest[n]?.text ?? '');
    if (SUBJECT_BREAKERS.has(word) || CLAUSE_WORDS.has(word) || DETERMINERS.test(word) || STATEMENT_CUES.has(word) || EXAMPLE_WORDS.test(word)) return 0;
    n += 1;
  }
  let m = n;
  while (m < rest.length && rest[m]?.word === true && isCapitalised(rest[m]?.text ?? '')) m += 1;
  return n >= 1 && n <= 3 && m - n >= 2 && (m === rest.length || rest[m]?.text === ',') ? n : 0;
}

/** Plural heads of a group that news quotes with no article ("police", "officials", "health experts"). */
const isGroupHead = (word: string): boolean => word === 'police' || (PERSON_NOUNS.has(word) && /[^s]s$/.test(word));

/**
 * "..., say officials.", "..., said local police on Tuesday.": the words after an inverted cue that are a group in
 * lower case with no article (at most three words, ending on a plural head of people), alone or before a
 * circumstance; their number of tokens, else 0.
 */
function bareGroupAfterCue(rest: readonly Token[]): number {
  let n = 0;
  while (n < rest.length && n < 3 && rest[n]?.word === true && /^\p{Ll}/u.test(rest[n]?.text ?? '') && !SUBJECT_BREAKERS.has(normaliseWord(rest[n]?.text ?? ''))) n += 1;
  while (n > 0 && !isGroupHead(normaliseWord(rest[n - 1]?.text ?? ''))) n -= 1;
  return n > 0 && (n === rest.length || opensCircumstance(rest, n)) ? n : 0;
}

/** Whether words are a circumstance alone: a preposition first, and no verb ("For almost 60 years", "In Ohio on Monday"). */
function circumstanceOnly(words: readonly Token[]): boolean {
  // "But despite her own doubts": a conjunction before the preposition links the sentence, it opens no clause.
  const opening = words.filter((t) => t.word);
  const first = /^(?:and|but|yet|so)$/i.test(opening[0]?.text ?? '') ? opening[1] : opening[0];
  if (first === undefined || !(SUBJECT_BREAKERS.has(normaliseWord(first.text)) || /^(?:despite|amid|without|under|throughout)$/i.test(first.text))) return false;
  // A capital is a name ("in May"), not a verb.
  return !words.some((t) => t.text.startsWith('§') || (/^\p{Ll}/u.test(t.text) && (FINITE_WORDS.test(t.text) || /ed$/.test(t.text) || IRREGULAR_PAST.test(t.text) || CUE_WORDS.has(t.text))));
}

/** Cues of a promise or a threat, which take an infinitive of what is promised ("vowed to rebuild"). */
const COMMISSIVES = /^(?:promise[sd]?|vow(?:s|ed)?|pledge[sd]?|threaten(?:s|ed)?|swore|swears?|undert(?:ook|akes?))$/;

/** Whether the word after a promise's "to" opens an infinitive ("to rebuild"), not whom it was promised to ("to the families"). */
const promisedAct = (word: string): boolean => /^\p{Ll}/u.test(word) && !DETERMINERS.test(word) && !/^(?:him|them|us|me|you|voters|reporters|supporters)$/.test(word);

/** "is", "was", "has been", "had long been": the form of "be" of a passive between its subject and participle. */
function isPassiveBe(words: readonly string[]): boolean {
  const be = words.filter((w) => !isLyAdverb(w) && !/^(?:long|often|also|widely|once)$/i.test(w)).map((w) => w.toLowerCase());
  return /^(?:(?:is|was|are|were)|(?:has|have|had) been|(?:is|was) being)$/.test(be.join(' '));
}

/** ", says Ruiz, is": an inverted name set off mid-sentence (`invertedNameComma`) before a finite verb: its closing comma, else -1. */
function invertedNameEnd(tokens: readonly Token[], k: number): number {
  const j = invertedNameComma(tokens, k);
  if (j === -1) return -1;
  // The words after the name go on with the first part's clause, from its verb ("..., says Ruiz, is the network"); an
  // appositive (", a political scientist at ...", ", who ...") or a clause of its own leaves the cue a tail's.
  const next = tokens[j + 1]?.text ?? '';
  return /^\p{Ll}/u.test(next) && FINITE_WORDS.test(next) && !/n[’']t$/i.test(next) ? j : -1;
}

/**
 * ", said Ana Ruiz,": a cue in lower case set off by a comma before it, then one to four capitalised words of a name
 * (a title's full stop among them) and a comma: the index of that closing comma, else -1.
 */
function invertedNameComma(tokens: readonly Token[], k: number): number {
  if (tokens[k - 1]?.text !== ',' || !/^\p{Ll}/u.test(tokens[k]?.text ?? '') || NAMING_CUES.has(normaliseWord(tokens[k]?.text ?? ''))) return -1;
  let j = roleWordsEnd(tokens, k + 1);
  const nameStart = j;
  while (j < tokens.length && j - k <= 5 && (isCapitalised(tokens[j]?.text ?? '') || (tokens[j]?.text === '.' && j > k + 1))) j += 1;
  const name = tokens.slice(nameStart, j).filter((t) => t.word);
  return name.length === 0 || name.length > 4 || tokens[j]?.text !== ',' || /^(?:A|An|The)$/.test(name[0]?.text ?? '') ? -1 : j;
}

/**
 * ", says pharmacist Ana Ruiz,", ", said certified nurse Ana Ruiz,": up to three lower-case words before the name whose
 * last names a person's role; the index of the name's first word, or `from` when there is no such role.
 */
function roleWordsEnd(tokens: readonly Token[], from: number): number {
  let j = from;
  while (j < from + 3 && tokens[j]?.word === true && /^\p{Ll}/u.test(tokens[j]?.text ?? '')) j += 1;
  const last = tokens[j - 1]?.text ?? '';
  return j > from && isCapitalised(tokens[j]?.text ?? '') && (PERSON_NOUNS.has(normaliseWord(last)) || isRoleNounWord(last)) ? j : from;
}

/** Words that open a subordinate or contrasting clause after an inverted name (", says Ruiz, as long as ..."). */
const CLAUSE_AFTER_NAME = /^(?:as|if|unless|provided|providing|but|because|though|although|while|whereas|since|once|until|so|even)$/;

/**
 * ", says Ruiz, as long as you rest": an inverted name set off mid-sentence before a subordinate or contrasting clause,
 * which reads like ", Ruiz says, as long as ...": the name's closing comma, else -1.
 */
function invertedNameBeforeClause(tokens: readonly Token[], k: number): number {
  const j = invertedNameComma(tokens, k);
  return j !== -1 && CLAUSE_AFTER_NAME.test(tokens[j + 1]?.text ?? '') ? j : -1;
}

/** "if", "unless", "provided", "as long as", "so long as" at `at`: a condition on what was said, not on the saying. */
function conditionAt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.text ?? '';
  if (/^(?:if|unless|provided|providing)$/.test(word)) return true;
  return /^(?:as|so)$/.test(word) && tokens[at + 1]?.text === 'long' && tokens[at + 2]?.text === 'as';
}

/** ", said Ana Ruiz, a pollster ...": an inverted name set off mid-sentence with an appositive after it (an article or a role in lower case). */
function appositiveAfterInvertedName(tokens: readonly Token[], k: number): boolean {
  const j = invertedNameComma(tokens, k);
  // ", said Ana Ruiz, Acme's chief pollster.": a body's possessive before a bare role opens the appositive as an article does.
  const possessive = /^\p{Lu}\p{L}*[’']s$/u.test(tokens[j + 1]?.text ?? '') && opensBareRole(tokens, j + 2);
  return j !== -1 && (/^(?:a|an|the)$/i.test(tokens[j + 1]?.text ?? '') || opensBareRole(tokens, j + 1) || possessive);
}

/**
 * "The irony of the plan, says Ann Roe, a historian at Yale, is that ...": an inverted name with an appositive after
 * it, before a fronted noun phrase's finite verb: the comma that closes the appositive, else -1. The name is the
 * speaker; the fronted words are no one's.
 */
function appositiveBeforeVerb(tokens: readonly Token[], k: number): number {
  if (!appositiveAfterInvertedName(tokens, k)) return -1;
  const j = invertedNameComma(tokens, k);
  const close = tokens.findIndex((t, i) => i > j && t.text === ',');
  const next = tokens[close + 1]?.text ?? '';
  if (close === -1 || tokens.slice(j + 1, close).some((t) => t.text.startsWith('§'))) return -1;
  return /^\p{Ll}/u.test(next) && FINITE_WORDS.test(next) && !/n[’']t$/i.test(next) ? close : -1;
}

/** "The investment, Ms. Tanzer said, is a perfect example": a clause around a parenthetical cue, in two parts. */
function midCue(tokens: Token[], text: string): Found[] | null {
  for (let k = 2; k < tokens.length - 2; k += 1) {
    const token = tokens[k];
    if (token === undefined || !STATEMENT_CUES.has(normaliseWord(token.text))) continue;
    // "The key to its success, says Ruiz, is the network": a cue set off with the name it inverts, mid-sentence.
    const apposed = appositiveBeforeVerb(tokens, k);
    const inverted = apposed !== -1 ? invertedNameComma(tokens, k) : Math.max(invertedNameEnd(tokens, k), invertedNameBeforeClause(tokens, k));
    // "Turnout fell in every county, said Ana Ruiz, a pollster who ...": with an appositive after the name, the clause
    // before the cue is the statement, when it has a verb of its own ("Any fair reading of the law, said X, a judge,
    // would ..." is cut in two, and left; so is "It is, said X, a judge, the worst ...", whose first part of a few
    // words ends on its verb before what it says).
    if (inverted === -1 && appositiveAfterInvertedName(tokens, k) && tokens[k - 2]?.text.startsWith('§') !== true && tokens.slice(0, k - 1).some(isVerbLike) && !(FINITE_WORDS.test(tokens[k - 2]?.text ?? '') && tokens.slice(0, k - 1).filter((t) => t.word).length < MIN_CONTENT_WORDS)) {
      const nameEnd = tokens.findIndex((t, j) => j > k && t.text === ',');
      const subject = phraseOf(tokens, k + 1, nameEnd);
      const first = subject === null ? null : clause(tokens, 0, k - 1, { subject, cue: token.text, position: 'after', cueStart: token.start, cueEnd: token.end });
      if (first !== null) return [first];
    }
    // "..., Ash argued in his email, ...": a short circumstance may stand between the cue and its comma.
    // "..., aides told Reuters, has ...": "told" with its addressee before the comma, likewise.
    const after = apposed !== -1 ? apposed : inverted !== -1 ? inverted : tokens[k + 1]?.text === ',' ? k + 1 : Math.max(circumstanceThenComma(tokens, k + 1), addresseeThenComma(tokens, k));
    // "Canova wrote to his followers, “...”": a quote after the circumstance is what was said, its own mention.
    if (after === -1 || (after > k + 1 && inverted === -1 && tokens[after + 1]?.text.startsWith('§') === true)) continue;
    // "..., a spokeswoman, Mary Lund, said on Tuesday, and ...": a name set off after its role stands before the cue's comma.
    const setOff = inverted === -1 && tokens[k - 1]?.text === ',' && isCapitalised(tokens[k - 2]?.text ?? '');
    let subjectStart = inverted !== -1 ? k + 1 : setOff ? k - 1 : k;
    while (inverted === -1 && subjectStart > 0 && betweenSubjectAndCue(tokens[subjectStart - 1]?.text ?? '', tokens[subjectStart - 2]?.text)) subjectStart -= 1;
    const end = inverted !== -1 ? inverted : subjectStart;
    while (inverted === -1 && subjectStart > 0 && tokens[subjectStart - 1]?.word === true && end - subjectStart < 6) subjectStart -= 1;
    const role = setOff ? roleBefore(tokens, subjectStart - 1) : -1;
    if (setOff && role === -1) continue;
    const comma = inverted !== -1 ? k - 1 : setOff ? role : subjectStart - 1;
    // "The breaking point, Ash wrote, came on Friday": a first part of a few words is the start of the one clause.
    const short = tokens.slice(0, comma).filter((t) => t.word).length < MIN_CONTENT_WORDS;
    // "“No,” she said, ...": a quote before the cue is its own mention.
    if (short && tokens.slice(0, comma).some((t) => t.text.startsWith('§'))) continue;
    if (subjectStart === end || tokens[comma]?.text !== ',' || (short && tokens.slice(after + 1).filter((t) => t.word).length < MIN_CONTENT_WORDS)) continue;
    const words = tokens.slice(subjectStart, end);
    if (words.some((t) => CLAUSE_WORDS.has(normaliseWord(t.text)))) continue;
    // The subject names someone ("Ms. Tanzer", "she", "the council"), unlike "..., in-depth reports, and ...".
    // Or speaks for a group: "..., officials said, ...", "..., police say", "..., officials in both cities insist, ...".
    const names = words.some((t) => isCapitalised(t.text)) || /^(?:the|a|an|he|she|it|they|we|i)$/i.test(words[0]?.text ?? '');
    const head = normaliseWord(words[words.length - 1]?.text ?? '');
    if (!names && !(words.length <= 2 && (PERSON_NOUNS.has(head) || ORG_MARKERS.has(head))) && !describesPeople(words)) continue;
    const subject = phraseOf(tokens, subjectStart, end);
    if (subject === null) continue;
    // "a tunnel where, it is said, bandits once ...", "The mill, it was reported, employed ...": "it" and a form of "be"
    // before the cue make it a passive with no agent; nobody said it that the text names (not the last body that spoke).
    const agentless = words.length === 1 && /^it$/i.test(words[0]?.text ?? '') && isPassiveBe(tokens.slice(end, k).map((t) => t.text)) && /ed$|^said$|^thought$|^told$/.test(token.text);
    const attribution: Attribution = { subject: agentless ? null : subject, cue: token.text, position: 'after', cueStart: token.start, cueEnd: token.end };
    const first = clause(tokens, 0, comma, attribution);
    const second = clause(tokens, after + 1, tokens.length, attribution);
    if (first === null || second === null) continue;
    // "..., the council said, with bottled water provided": a circumstance after the cue is not reported.
    const next = tokens[after + 1]?.text ?? '';
    // After a first part of a few words ("In contrast, Berkman said, there seem to be ..."), what follows the cue is
    // the statement; "Before dropping out, Cruz responded with vitriol, promoting ..." reports nothing.
    // A first part that is a clause's opening ("The breaking point, Ash wrote, came ...", "Without the loan, the mayor
    // said, the city would ...") is of the statement, which runs from it over the attribution; a discourse word
    // ("In contrast", "If anything", "Yes") is not.
    if (short) {
      if (next.startsWith('§') || SUBJECT_BREAKERS.has(normaliseWord(next)) || /^\p{Ll}+ing$/u.test(next)) return [];
      return DISCOURSE_OPENER.test(tokens.slice(0, comma).map((t) => t.text).join(' ')) ? [second] : [{ ...second, start: first.start }];
    }
    // "The decision is, he said, the worst ...", "The company will, he said, close ...": a first part that ends on its
    // auxiliary is half of one clause; so is a cleft ("It was the governor, he said, who ordered ..."). One statement.
    if (FINITE_WORDS.test(tokens[comma - 1]?.text ?? '') || cleftAround(tokens, comma, next)) return [{ ...second, start: first.start }];
    // "Those who now have the right to vote, he said, must still register", "Anyone who wants a ticket, officials
    // said, should apply early": a second part that opens on its auxiliary has no subject of its own; the first part
    // is that subject, and the two are one statement.
    // "The park is near the stadium, which, Tompkins said, is usually full": a relative pronoun before the comma is that
    // subject, and the statement starts at it.
    // "The investment, Ms. Tanzer said, “is a perfect example”": an auxiliary opening a quote after the cue likewise.
    const opening = quotedOpening(tokens[after + 1], text) ?? next;
    if (/^\p{Ll}/u.test(opening) && FINITE_WORDS.test(opening) && !/n[’']t$/i.test(opening)) {
      const relative = /^(?:which|who)$/i.test(tokens[comma - 1]?.text ?? '') ? tokens[comma - 1] : undefined;
      return [{ ...second, start: relative?.start ?? first.start }];
    }
    // "But the years that followed, he said, brought a shift", "The woman who met her, Ms. Roe recalled, asked ...": a
    // second part that opens on a verb in the past has no subject of its own either, when the first part is a noun
    // phrase whose only verbs are its relative clause's; the two are one statement.
    if (opensOnPast(next) && subjectPhraseOnly(tokens, comma)) return [{ ...second, start: first.start }];
    // "Mr. Trump lamented the good old days when, he said, protesters were treated more harshly", "a town where, she
    // said, nobody locked the door": a cue set off right after a relative "when" or "where" attributes the relative
    // clause; the words before it are the writer's.
    if (/^(?:when|where)$/i.test(tokens[comma - 1]?.text ?? '') && (tokens[comma - 2]?.word === true || tokens[comma - 2]?.text.startsWith('§') === true)) return [second];
    // "Thomas hurt his ankle last week and, Payton said, everyone felt ...": a cue set off right after "and" or "but"
    // attributes the clause it joins; the clause before the conjunction is the writer's.
    if (/^(?:and|but)$/i.test(tokens[comma - 1]?.text ?? '') && tokens[comma - 2]?.word === true) return [second];
    // "The band has had a place in his life since 1990, Lee said, ever since he worked there": a second part that opens
    // on "ever since" goes on with the first part's time; the statement is the whole, over the cue ("..., he said,
    // because ..." is left in two parts: whose reason it is, the speaker's or the writer's, is not marked; "ever since
    // he said ..." has a cue of its own).
    const ownCue = tokens.slice(after + 2, after + 6).some((t) => STATEMENT_CUES.has(normaliseWord(t.text)));
    // "It is his job, he said, to brief the public", "As costs rise, it was time, she said, to act": a first part with an
    // "it" that stands for an infinitive still to come ends before it; the infinitive after the cue completes it.
    // The infinitive's verb may be one of saying ("to warn lawmakers").
    if (next === 'to' && /^\p{Ll}+$/u.test(tokens[after + 2]?.text ?? '') && anticipatoryIt(tokens.slice(0, comma))) return [{ ...second, start: first.start }];
    if (!ownCue && /^ever$/.test(next) && /^since$/.test(tokens[after + 2]?.text ?? '')) return [{ ...second, start: first.start }];
    // "But there is a chance, analysts said, that rates rise", "It is clear, she said, that ...": an existential or
    // anticipatory subject before the cue, and the "that" clause after it that completes it: one statement.
    if (!ownCue && next === 'that' && awaitsThatClause(tokens, comma)) return [{ ...second, start: first.start }];
    // "The city could have saved money, they argue, perhaps by selling the land": a means after the cue goes on with
    // the first part's clause; the statement is the whole, over the cue.
    if (!ownCue && meansAfter(tokens, after + 1, text)) return [{ ...second, start: first.start }];
    // "Rest is good, says Ruiz, as long as you also eat well", "The deal will pass, she said, if the board agrees": a
    // condition after the cue is the speaker's on what they said (a writer does not make another's claim conditional);
    // the statement is the whole, over the cue.
    if (!ownCue && conditionAt(tokens, after + 1)) return [{ ...second, start: first.start }];
    if (SUBJECT_BREAKERS.has(normaliseWord(next)) || CIRCUMSTANCE_OPENERS.has(normaliseWord(next)) || /^\p{Ll}+ing$/u.test(next)) return [first];
    // "LaCalamita was fired last week, Craft said, but still was listed on ...": a verb with no subject of its
    // own goes on narrating what the first part's subject did.
    if (continuesNarration(tokens, after + 1, text)) return [first];
    // "During his seven years in office, Mr. Obama said, a majority of ...": a circumstance alone says nothing;
    // it belongs to what follows, so the statement runs from it over the attribution.
    // So does a participle before it ("Speaking in Ohio, she said, ..."); before a quote ("Holding open a book, Beck
    // said, “...”") the quote is what was said, and the participle nothing.
    // "Based on the evaluations he received, McDermott said, “...”", "Asked about the vote, she said, ...": a past
    // participle with its preposition opens a circumstance as a present participle does.
    const participle = (/^\p{Lu}\p{Ll}+ing$/u.test(tokens[0]?.text ?? '') || (/^\p{Lu}\p{Ll}+ed$/u.test(tokens[0]?.text ?? '') && SUBJECT_BREAKERS.has(normaliseWord(tokens[1]?.text ?? '')))) && !tokens.slice(1, comma).some((t) => t.text === ',');
    // "But with each passing contest, they say, ...": a conjunction before the preposition links the sentence.
    const linked = /^(?:and|but|yet|so)$/i.test(tokens[0]?.text ?? '') ? 1 : 0;
    const circumstance = SUBJECT_BREAKERS.has(normaliseWord(tokens[linked]?.text ?? '')) && !tokens.slice(1, comma).some((t) => t.text === ',');
    // "If the demands are not met, Mr. Taylor warned, supporters plan to leave": a condition alone says nothing; the
    // statement is the whole conditional, over the attribution.
    const condition = /^(?:if|unless)$/i.test(tokens[0]?.text ?? '') && !tokens.slice(1, comma).some((t) => t.text === ',');
    if (condition && tokens[k + 2]?.text.startsWith('§') !== true) return [{ ...second, start: first.start }];
    // "At a rally yesterday, Beck said, “...”", "In February, as a protester was led out, Mr. Trump said, “...”": before a
    // quote, the quote is what was said, and circumstances alone say nothing (nor when they open the sentence that a
    // quote in lower case ends: "When the rule takes effect, she added, “it will ...”" is the quote's).
    // The quote stays a quote when it ends the sentence; "“...,” Trump told NBC" after it is the quote's own cue.
    if (tokens[after + 1]?.text.startsWith('§') === true && (participle || circumstance || circumstancesOnly(tokens, comma))) {
      return tokens.slice(after + 2).some((t) => t.word) ? [] : [second];
    }
    if (participle || circumstance) {
      return [{ ...second, start: first.start }];
    }
    // "..., Sanders said, a policy that could make it easier ...": a noun phrase and its relative clause after the cue
    // is the writer's apposition to what was said, not more of it.
    if (/^(?:a|an)$/i.test(next) && appositiveOnly(tokens, after + 1)) return [first];
    return [first, second];
  }
  return null;
}

/**
 * The comma before a role set off in front of a name ("..., a spokeswoman, Mary Lund,"): the role is an article and at
 * most three words whose last names a person's position; -1 when the words before `comma` are no such role.
 */
function roleBefore(tokens: readonly Token[], comma: number): number {
  if (tokens[comma]?.text !== ',') return -1;
  const open = tokens.findLastIndex((t, j) => j < comma && !t.word);
  const words = tokens.slice(open + 1, comma);
  const head = normaliseWord(words.at(-1)?.text ?? '');
  const isRole = tokens[open]?.text === ',' && words.length >= 2 && words.length <= 4 && /^(?:a|an|the)$/i.test(words[0]?.text ?? '') && PERSON_NOUNS.has(head);
  return isRole ? open : -1;
}

/** Words that open a subordinate clause of circumstance ("as a protester was led out", "while the votes came in"). */
const CIRCUMSTANCE_SUBORDINATORS = /^(?:as|when|while|after|before|since|once|until|though|although|because)$/i;

/**
 * Whether the words before the comma at `comma` are circumstances only, each set off by commas ("In February, as a
 * protester was being removed from the hall,"): every part opens with a preposition or a subordinator, so no part
 * is a main clause that could be reported.
 */
function circumstancesOnly(tokens: readonly Token[], comma: number): boolean {
  const parts: Token[][] = [[]];
  for (const t of tokens.slice(0, comma)) {
    if (t.text === ',') parts.push([]);
    else parts[parts.length - 1]?.push(t);
  }
  return parts.every((part) => {
    const words = part.filter((t) => t.word);
    const first = /^(?:and|but|so)$/i.test(words[0]?.text ?? '') ? words[1] : words[0];
    return first !== undefined && (SUBJECT_BREAKERS.has(normaliseWord(first.text)) || CIRCUMSTANCE_SUBORDINATORS.test(first.text));
  });
}

/** Whether the words from `at` are a noun phrase with a relative clause ("a policy that could ..."): no verb before the relative. */
function appositiveOnly(tokens: readonly Token[], at: number): boolean {
  for (let j = at + 1; j < Math.min(tokens.length, at + 8); j += 1) {
    const text = tokens[j]?.text ?? '';
    if (/^(?:that|which|who)$/i.test(text)) return j > at + 1;
    if (!tokens[j]?.word || FINITE_WORDS.test(text) || /^\p{Ll}+ed$/u.test(text) || CLAUSE_WORDS.has(normaliseWord(text))) return false;
  }
  return false;
}

/** Whether the words before the comma at `comma` open on "there" or "it" and a form of "be" ("But there is a risk"), no comma among them. */
function awaitsThatClause(tokens: readonly Token[], comma: number): boolean {
  const open = /^(?:and|but|so|yet)$/i.test(tokens[0]?.text ?? '') ? 1 : 0;
  if (!/^(?:there|it)$/i.test(tokens[open]?.text ?? '') || !/^(?:is|was|are|were|remains|remained)$/i.test(tokens[open + 1]?.text ?? '')) return false;
  return comma > open + 2 && !tokens.slice(open, comma).some((t) => !t.word);
}

/**
 * Whether the words from `at` are a means: "by" and a gerund, an adverb of hedge or degree ("perhaps by insisting")
 * before it; the gerund may open a quote (`text` read under its mask: "by ''stubbornly clinging to ...''").
 */
function meansAfter(tokens: readonly Token[], at: number, text: string): boolean {
  const from = /^(?:perhaps|possibly|probably|maybe|partly|largely|mainly|mostly|simply|only|chiefly)$/i.test(tokens[at]?.text ?? '') ? at + 1 : at;
  const next = tokens[from + 1];
  if (!/^by$/i.test(tokens[from]?.text ?? '') || next === undefined) return false;
  if (!next.text.startsWith('§')) return /^\p{Ll}{3,}ing$/u.test(next.text);
  // A quote that opens on the gerund, an adverb in -ly before it if any.
  return /^[\W_]*(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ing\b/u.test(text.slice(next.start, next.start + 60));
}

/** Whether `word` is a verb in the past in lower case ("brought", "asked"; not a participle only, "taken"). */
function opensOnPast(word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word)) return false;
  return /^\p{Ll}{2,}ed$/u.test(word) || IRREGULAR_PAST.test(word) || (irregularLemmas(word).length > 0 && !/n$/.test(word) && !FINITE_WORDS.test(word));
}

/**
 * Whether the words before the comma at `comma` are a noun phrase alone ("But the years that followed", "The woman who
 * met her at the door"): no comma or quote among them, and one verb, the relative clause's.
 */
function subjectPhraseOnly(tokens: readonly Token[], comma: number): boolean {
  const open = /^(?:and|but|so|yet)$/i.test(tokens[0]?.text ?? '') ? 1 : 0;
  const words = tokens.slice(open, comma);
  if (words.length < 3 || !/^(?:the|a|an|those|these|this|that|his|her|their|its|our|my|every|each|some|many|most)$/i.test(words[0]?.text ?? '')) return false;
  if (words.some((t) => !t.word && !/^[’']s?$/.test(t.text))) return false;
  const relative = words.findIndex((t, j) => j > 0 && /^(?:who|that|which|whom)$/i.test(t.text));
  // "The nurses who trained her left the city": a second verb after the relative clause's is the main clause's.
  const verbs = words.filter((t) => isVerbLike(t) || irregularLemmas(t.text).length > 0);
  return relative > 0 && verbs.length === 1 && words.indexOf(verbs[0] as Token) > relative;
}

/** "It was the governor, he said, who ...": a sentence opening "It is/was" and a "who"/"that" after the cue's comma. */
function cleftAround(tokens: readonly Token[], comma: number, next: string): boolean {
  if (!/^(?:who|that)$/i.test(next) || comma <= 2) return false;
  // "It's that fan base, he said, that ...", also as copy split word by word prints it ("It ’ s").
  const first = tokens[0]?.text ?? '';
  if (/^it['’]s$/i.test(first)) return true;
  if (/^it$/i.test(first) && /^['’]$/.test(tokens[1]?.text ?? '') && /^s$/i.test(tokens[2]?.text ?? '')) return comma > 3;
  return /^it$/i.test(first) && FINITE_WORDS.test(tokens[1]?.text ?? '');
}

/** Whether the words from `at` are a circumstance (after an optional "that") set off before a quote by a comma or colon. */
function circumstanceThenQuote(tokens: readonly Token[], at: number): boolean {
  const from = normaliseWord(tokens[at]?.text ?? '') === 'that' ? at + 1 : at;
  if (!opensCircumstance(tokens, from) && !WHEN_WORDS.test(tokens[from]?.text ?? '')) return false;
  const quote = tokens.findIndex((t, j) => j > from && t.text.startsWith('§'));
  if (quote === -1 || !/^[,:]$/.test(tokens[quote - 1]?.text ?? '')) return false;
  // "noted on Twitter the change from the slogan, “...”": a determiner after no preposition opens an object, not a circumstance.
  return tokens
    .slice(from, quote - 1)
    .every((t, j, run) => (t.word || t.text === ',') && !STATEMENT_CUES.has(normaliseWord(t.text)) && (!/^(?:the|a|an|this|that)$/i.test(t.text) || j === 0 || run[j - 1]?.text === ',' || SUBJECT_BREAKERS.has(normaliseWord(run[j - 1]?.text ?? ''))));
}

/** Whether the words from `at` hold a cue of their own that introduces a quote running to the end ("he told an agent, “...”"). */
function quotedByInnerCue(tokens: readonly Token[], at: number): boolean {
  const quote = tokens.findIndex((t, j) => j > at && t.text.startsWith('§'));
  if (quote === -1 || !/^[,:]$/.test(tokens[quote - 1]?.text ?? '') || tokens.slice(quote + 1).some((t) => t.word || t.text.startsWith('§'))) return false;
  // "..., and added: “...”" is a second cue of the same subject (splitAtParticiple), not a speaker of its own.
  return tokens
    .slice(Math.max(at, quote - 6), quote - 1)
    .some((t, j, near) => STATEMENT_CUES.has(normaliseWord(t.text)) && !isNounUse(near, j) && near[j - 1]?.word === true && !/^(?:and|but|or)$/i.test(near[j - 1]?.text ?? ''));
}

/** The comma after a short circumstance that opens at `at` ("in his email,", "on Monday,"), or -1. */
function circumstanceThenComma(tokens: readonly Token[], at: number): number {
  if (!opensCircumstance(tokens, at) && !WHEN_WORDS.test(tokens[at]?.text ?? '')) return -1;
  const comma = tokens.findIndex((t, j) => j > at && j <= at + 6 && t.text === ',');
  return comma !== -1 && tokens.slice(at, comma).every((t) => t.word) ? comma : -1;
}

/** ", aides told Reuters, ...", ", she tells reporters, ...": "told" or "tells" and one to three words of its addressee, then a comma (its index, else -1). */
function addresseeThenComma(tokens: readonly Token[], k: number): number {
  if (!/^(?:told|tells)$/i.test(tokens[k]?.text ?? '')) return -1;
  const comma = tokens.findIndex((t, j) => j > k + 1 && j <= k + 4 && t.text === ',');
  if (comma === -1) return -1;
  // The addressee is a medium or a name ("Reuters", "The New York Times") or the press; "told his father, ..." is no aside.
  const words = tokens.slice(k + 1, comma);
  const named = words.every((t, j) => isCapitalised(t.text) || (j === 0 && /^the$/i.test(t.text)));
  return words.every((t) => t.word) && (named || (words.length === 1 && /^(?:reporters|journalists|us|me)$/i.test(words[0]?.text ?? ''))) ? comma : -1;
}

/** Whether the cue at `at` sits in a short aside between dashes: "an aggressive - some say unrealistic - pledge". */
function isDashedAside(tokens: Token[], at: number): boolean {
  const dash = (t: Token | undefined) => t !== undefined && /^[-–—]+$/.test(t.text);
  const before = tokens.slice(Math.max(0, at - 3), at);
  const after = tokens.slice(at + 1, at + 5);
  return before.some(dash) && after.some(dash);
}

function previousBoundary(tokens: Token[], before: number): number {
  for (let k = before - 1; k >= Math.max(0, before - 8); k -= 1) if (tokens[k]?.text === ',' || tokens[k]?.text.startsWith('§') === true) return k;
  return -1;
}

/**
 * The comma before a capitalised name (one to four words) that the appositive from the comma at `open` to the one at
 * `close` describes ("..., Ana Ruiz, an official at the agency, said"), else null.
 */
function nameBeforeAppositive(tokens: Token[], open: number, close: number): number | null {
  if (appositiveLength(tokens, open) !== close - open - 1) return null;
  const before = previousComma(tokens, open);
  const name = tokens.slice(before + 1, open);
  return before !== -1 && name.length > 0 && name.length <= 4 && name.every((t) => t.word && isCapitalised(t.text)) ? before : null;
}

function previousComma(tokens: Token[], before: number): number {
  for (let k = before - 1; k >= Math.max(0, before - 12); k -= 1) if (tokens[k]?.text === ',') return k;
  return -1;
}


function nextComma(tokens: Token[], from: number): number {
  for (let k = from; k < Math.min(tokens.length, from + MAX_SUBJECT_WORDS + 2); k += 1) if (tokens[k]?.text === ',') return k;
  return -1;
}

function leadsClause(tokens: Token[], at: number): boolean {
  // "And it hasn't gone unnoticed: According to recent polls, ...": a colon opens a clause too.
  return at === 0 || tokens.slice(0, at).every((t) => t.word && !CLAUSE_WORDS.has(normaliseWord(t.text))) || tokens[at - 1]?.text === ',' || tokens[at - 1]?.text === ':';
}
