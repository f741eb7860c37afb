/** The reported clause around a quote: trimmed token ranges of a sentence. */

import type { Token } from './tokenize.ts';
import { isCapitalised } from './tokenize.ts';
import type { TextAnalysis } from './analyzeText.ts';
import { maskedTokens } from './analyzeText.ts';
import type { Attribution } from './findAttribution.ts';
import { AUXILIARIES, MEDIUM_NOUNS, WEEKDAY, normaliseWord } from './cues.ts';
import { SUBJECT_BREAKERS, opensFronted, skipRecipient } from './findSubject.ts';
import { nounKind } from './wordnetNouns.ts';

export interface Clause {
  start: number;
  end: number;
  attribution: Attribution;
}

/**
 * The reported clause around a quoted fragment whose cue is known: from the cue to the sentence end ("called it
 * “a disaster” again"), or from the sentence start to the quote ("the plan is “a disaster,” he said").
 */
export function clauseAroundQuote(
  analysis: TextAnalysis,
  span: { open: number; close: number },
  attribution: Attribution,
): { start: number; end: number } | null {
  const { sentences } = analysis;
  const own = sentences.find((s) => s.start <= span.open && span.open < s.end);
  const last = sentences.find((s) => s.start < span.close && span.close <= s.end) ?? own;
  if (own === undefined || last === undefined) return null;
  const from = attribution.position === 'before' ? (attribution.cueEnd ?? span.open) : own.start;
  let to = attribution.position === 'before' ? Math.max(last.end, span.close) : span.close;
  // "While some use two phones, and “we love you for that,” Cook said, most use one": a clause of contrast or cause
  // before the cue has its main clause after it; the statement is the whole sentence, over the cue.
  if (attribution.position === 'after' && opensSubordinate(maskedTokens(analysis, own.start, span.open)) && /^\s*,\s*\p{L}/u.test(analysis.text.slice(attribution.cueEnd ?? last.end, last.end))) {
    to = last.end;
  }
  if (from > span.open || to < span.close) return null;
  const tokens = maskedTokens(analysis, from, to);
  // "When Trump announced his candidacy, he called them “criminals”": a cue inside a fronted clause does not reach
  // past the comma that closes it.
  if (attribution.position === 'before' && cueInFrontedClause(analysis, own.start, from, span.open)) return null;
  // "Fans will say that it was “the worst call ever”": a saying to come or only supposed is no report.
  if (attribution.position === 'before' && /\b(?:would|will|could|might|may|should|can|must|shall)\s+$/.test(analysis.text.slice(Math.max(0, (attribution.cueStart ?? 0) - 8), attribution.cueStart ?? 0))) return null;
  // "was asked by the host whether it would risk “...”": a question put to the subject, nothing the subject said.
  if (attribution.position === 'before' && /^ask(?:s|ed)?$/i.test(attribution.cue ?? '') && asksQuestion(tokens, 0)) return null;
  // "The fault was fixed, she said, and “rebooted” the servers": a quoted verb after the cue's comma and a conjunction
  // has no subject of its own; it goes on narrating what the sentence's subject did, and reports nothing.
  if (attribution.position === 'before' && tokens[0]?.text === ',' && continuesNarration(tokens, 1, analysis.text)) return null;
  // "(44 percent say they want ...), but also shows that “...”": a cue inside brackets that close before the quote does
  // not reach it; the quote is in the sentence's clause, not the bracketed speakers'.
  if (attribution.position === 'before' && closesBracket(maskedTokens(analysis, from, span.open))) return null;
  const found = clauseOf(tokens, attribution.position === 'before' ? afterRecipient(tokens, attribution.cue) : 0, tokens.length, attribution);
  // "explains why Indiana is “weird.”": a question named as the topic, no answer given.
  if (attribution.position === 'before' && /^(?:why|how|whether)$/i.test(tokens.find((t) => t.word)?.text ?? '')) return null;
  if (found === null) return null;
  // "..., she told the board, which meant building the “best car on the road”": a relative "which" right after the cue
  // comments on what was said (the writer's words); it is no clause that was said.
  if (attribution.position === 'before' && /^which\b/.test(analysis.text.slice(found.start, found.start + 6))) return null;
  // "The marchers chanted “no more lies” and waved signs": a quote right after the cue, then "and" and a verb with no
  // subject of its own, goes on narrating what the cue's subject did; what was said ends with the quote.
  if (attribution.position === 'before' && found.end > span.close && !/\p{L}/u.test(analysis.text.slice(found.start, span.open)) && ACT_AFTER_QUOTE.test(analysis.text.slice(span.close, found.end))) {
    return { start: found.start, end: span.close };
  }
  return { start: found.start, end: found.end };
}

/** ", and waved signs", " and used lasers": a second verb of the sentence's subject (past, or present in "-s") after a quote. */
const ACT_AFTER_QUOTE =
  /^[\s'’"”]*,?\s+and\s+(?:then\s+|also\s+)?(?:\p{Ll}{2,}ed|\p{Ll}{2,}[^s\W]s|won|lost|had|took|made|went|got|gave|left|ran|saw|began|paid|held|led|met|kept|threw|wore|sang|swore|swears|tore|drove|rode|stood|sat|hung|shook|broke)\s/u;

/** Whether the tokens open on a subordinate clause of contrast or cause ("While ...", "But although ..."). */
function opensSubordinate(tokens: readonly Token[]): boolean {
  const at = /^(?:and|but)$/i.test(tokens[0]?.text ?? '') ? 1 : 0;
  return /^(?:while|whilst|although|though|whereas|because)$/i.test(tokens[at]?.text ?? '');
}

/** Whether the tokens hold a closing bracket that none of them opened. */
function closesBracket(tokens: readonly Token[]): boolean {
  let depth = 0;
  for (const t of tokens) {
    if (t.text === '(') depth += 1;
    else if (t.text === ')' && (depth -= 1) < 0) return true;
  }
  return false;
}

/**
 * Where the words told start after a telling cue: past its recipient and "that" ("telling CBS that the laws “are set”");
 * after another cue, past a circumstance of the saying and its "that" ("suggested in a radio interview that the
 * mayor was “stalling”"); else 0.
 */
function afterRecipient(tokens: Token[], cue: string | null | undefined): number {
  if (!/^(?:told|tell|tells|telling)$/i.test(cue ?? '')) {
    const that = pastCircumstance(tokens, 0);
    // "warned of a “ferocious” battle that could ...", "is described on Amazon as a “riveting book” that ...": the
    // object of "of" or "about", or a quote or an "as" before the "that", makes it a relative pronoun of a noun said.
    const objectOrNaming = /^(?:of|about)$/i.test(tokens[0]?.text ?? '') || tokens.slice(0, that).some((t) => t.text.startsWith('§') || /^as$/i.test(t.text));
    return that > 0 && !objectOrNaming ? that + 1 : 0;
  }
  const start = skipRecipient(tokens, 0);
  return normaliseWord(tokens[start]?.text ?? '') === 'that' ? start + 1 : start;
}

/** The clause from token `from` to `to`, without leading and trailing punctuation. */
export function clauseOf(tokens: Token[], from: number, to: number, attribution: Attribution): Clause | null {
  let a = from;
  let b = to;
  while (a < b && !(tokens[a]?.word || tokens[a]?.text.startsWith('§'))) a += 1;
  while (b > a && !(tokens[b - 1]?.word || tokens[b - 1]?.text.startsWith('§'))) b -= 1;
  const first = tokens[a];
  const last = tokens[b - 1];
  if (first === undefined || last === undefined || b <= a) return null;
  return { start: first.start, end: last.end, attribution };
}

/** Whether the sentence from `sentenceStart` opens with a subordinate clause holding the cue (ending at `cueEnd`) and a comma closes that clause before `open`. */
function cueInFrontedClause(analysis: TextAnalysis, sentenceStart: number, cueEnd: number, open: number): boolean {
  const before = maskedTokens(analysis, sentenceStart, cueEnd);
  const at = /^(?:and|but|so)$/i.test(before[0]?.text ?? '') ? 1 : 0;
  if (!opensFronted(before, at) || before.some((t) => t.text === ',')) return false;
  return maskedTokens(analysis, cueEnd, open).some((t) => t.text === ',');
}

/**
 * Whether the words after "asked" put a question: an agent ("was asked by the host"), or a question word before any
 * "that", "to" or quote ("asked the mayor whether ...", "asked her about ...").
 */
export function asksQuestion(tokens: readonly Token[], from: number): boolean {
  if (normaliseWord(tokens[from]?.text ?? '') === 'by') return true;
  for (let k = from; k < Math.min(tokens.length, from + 8); k += 1) {
    const word = normaliseWord(tokens[k]?.text ?? '');
    if (word === 'that' || word === 'to' || tokens[k]?.text.startsWith('§') === true) return false;
    if (/^(?:whether|if|why|how|what|when|where|who|about)$/.test(word)) return true;
  }
  return false;
}

/**
 * Whether the words from `at` are a conjunction and a verb with no subject: "but still was listed", "and fled"; also
 * when the verb is quoted ("and “rebooted” the servers", "but instead “designed into everything”"): a quote that opens on a
 * participle in lower case has no subject of its own.
 */
export function continuesNarration(tokens: Token[], at: number, text: string): boolean {
  if (!/^(?:but|and)$/.test(normaliseWord(tokens[at]?.text ?? ''))) return false;
  let k = at + 1;
  while (/^(?:still|also|then|later|now|never|only|instead)$/.test(normaliseWord(tokens[k]?.text ?? ''))) k += 1;
  const token = tokens[k];
  const verb = token?.text.startsWith('§') === true ? (/^\W*(\p{L}+)/u.exec(text.slice(token.start, token.end + 40))?.[1] ?? '') : (token?.text ?? '');
  return AUXILIARIES.has(normaliseWord(verb)) || /^\p{Ll}+ed$/u.test(verb);
}

/** Words of a time right after a cue ("said Tuesday that ..."). */
export const WHEN_WORDS = /^(?:today|yesterday|tonight|earlier|later|recently|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last|this)$/;

/**
 * Whether the words from `at` open a circumstance ("in a statement", "on Monday"), not the reported clause: a
 * preposition, unless it counts what follows ("said at least three people died", "said about 20 ships sailed").
 */
export function opensCircumstance(tokens: readonly Token[], at: number): boolean {
  const word = normaliseWord(tokens[at]?.text ?? '');
  if (!SUBJECT_BREAKERS.has(word)) return false;
  const next = normaliseWord(tokens[at + 1]?.text ?? '');
  if (word === 'at' && /^(?:least|most)$/.test(next)) return false;
  return !(/^(?:about|over|under)$/.test(word) && /^\p{N}/u.test(next));
}

/**
 * "said in a statement that ...", "said Tuesday that ...": where the clause starts, past a circumstance before "that";
 * a long one ("complained in letters to a Colorado newspaper in 2006 that", "said after the Owls' 88-72 win over No. 8
 * Tennessee that") too, when no comma, colon, dash or quote comes before its "that".
 */
export function pastCircumstance(tokens: readonly Token[], start: number): number {
  const day = pastDay(tokens, start);
  if (day > start) return day;
  // "said in a statement on Friday the fair would close", "said in an interview Monday it was over": a medium, then a
  // day, then a clause with no "that": the clause starts after the day (not a circumstance reporting nothing).
  const medium = mediumEnd(tokens, start);
  const dayAfterMedium = medium === -1 ? medium : pastDay(tokens, medium);
  if (medium !== -1 && dayAfterMedium > medium) return dayAfterMedium;
  if (!opensCircumstance(tokens, start) && !WHEN_WORDS.test(tokens[start]?.text ?? '')) return start;
  const complement = tokens.slice(start, start + 8).findIndex((t) => normaliseWord(t.text) === 'that');
  if (complement > 0) return start + complement;
  // The word before a far "that" closes the circumstance: a name, a number or a time ("in 2006 that", "with The
  // Associated Press last week that"), not a noun that "that" may qualify ("about the account of a group that calls
  // itself") nor a second clause's "and that".
  if (normaliseWord(tokens[start]?.text ?? '') === 'about') return start;
  const stop = tokens.slice(start, start + 13).findIndex((t) => /^[,;:—–()]$/.test(t.text) || t.text.startsWith('§'));
  const far = tokens.slice(start, stop === -1 ? start + 13 : start + stop).findIndex((t) => t.text === 'that');
  const closing = tokens[start + far - 1]?.text ?? '';
  // "in an Oct. 26 letter to communications companies that": a plural noun for people or groups told.
  const told = /^\p{Ll}+s$/u.test(closing) && /^(?:person|group)$/.test(nounKind(closing.replace(/(?:ie)?s$/, (m) => (m === 'ies' ? 'y' : ''))) ?? '');
  const closes = isCapitalised(closing) || /^\p{N}/u.test(closing) || told || /^(?:week|month|year|night|morning|afternoon|evening|weekend|day|time)$/.test(closing);
  return far > 0 && closes ? start + far : start;
}

/**
 * "said on Monday the talks had failed", "said Tuesday night it would appeal": the day of the saying, with no "that"
 * after it, before the reported clause's subject (an article, a pronoun, a name or a number); the index of that subject,
 * else `start`.
 */
/** "in a statement", "in his weekly column": past "in", a determiner, at most one word and a medium's noun; else -1. */
function mediumEnd(tokens: readonly Token[], start: number): number {
  if (normaliseWord(tokens[start]?.text ?? '') !== 'in' || !/^(?:a|an|the|his|her|its|their|our)$/i.test(tokens[start + 1]?.text ?? '')) return -1;
  for (const k of [start + 2, start + 3]) if (tokens[k]?.word === true && MEDIUM_NOUNS.test(tokens[k]?.text ?? '')) return k + 1;
  return -1;
}

function pastDay(tokens: readonly Token[], start: number): number {
  let k = normaliseWord(tokens[start]?.text ?? '') === 'on' ? start + 1 : start;
  if (!WEEKDAY.test(tokens[k]?.text ?? '')) return start;
  k += 1;
  if (/^(?:night|morning|afternoon|evening)$/.test(tokens[k]?.text ?? '')) k += 1;
  const next = tokens[k]?.text ?? '';
  const opens = /^(?:the|a|an|its|his|her|their|our|it|he|she|they|we|there|this|these|those|no|some|all|most)$/.test(next) || (isCapitalised(next) && !WEEKDAY.test(next)) || /^(?:\p{N}|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$)/u.test(next);
  // "on Monday the 14th": the date goes on.
  return opens && tokens[k + 1]?.word === true && !/^\p{N}/u.test(tokens[k + 1]?.text ?? '') ? k : start;
}
