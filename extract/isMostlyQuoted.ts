/** Whether quoted words are speech: a direct quote, a fragment of reported speech, a title or scare quotes. */

import { NAMING_CUES, normaliseWord } from './cues.ts';
import type { QuoteSpan } from './findQuoteSpans.ts';
import type { ResolvedSpeaker } from './resolveSpeakers.ts';
import type { SentenceSpan } from './splitSentences.ts';
import type { StatementSpan } from './findStatements.ts';

// A clause that is a quote after a short lead-in is a direct quote ("WhatsApp said the Kremlin “trying to ...”");
// one that quotes a few of its words is reported speech with a partial quote ("called it a “disaster”").
const MAX_LEAD_IN = 3;
const MIN_FRAGMENT_WORDS = 12;

/**
 * True when a reported clause is its quotes plus at most a short lead-in ("that it is “...”", "the Kremlin “...”"):
 * the quote is direct speech. A clause that quotes a few of its words is reported speech.
 */
export function isMostlyQuoted(masked: string, statement: StatementSpan, spans: QuoteSpan[]): boolean {
  const inside = spans.filter((s) => s.open >= statement.start && s.close <= statement.end + 1);
  if (inside.length === 0) return false;
  const quoted = inside.reduce((n, s) => n + wordCount(s.text), 0);
  const clauseText = masked.slice(statement.start, statement.end);
  const outside = wordCount(clauseText.replace(/§+/g, ' ').replace(/^\s*that\b/i, ''));
  // A fragment (no capital to open it) after a lead-in is direct speech only when it is a long passage after
  // words of the clause ("said the Kremlin “trying to ...”"); right after "that" it continues reported speech.
  const fragment = inside.some((s) => isFragment(s.text)) && wordCount(clauseText.replace(/§+/g, ' ')) > 0;
  return outside <= MAX_LEAD_IN && quoted >= 2 * outside && (!fragment || (outside > 0 && quoted >= MIN_FRAGMENT_WORDS));
}

/** Quoted words that do not open with a capital ("a disaster", "100 percent confidence") are a fragment. */
export function isFragment(quoted: string): boolean {
  return /^[\p{Ll}\p{N}]/u.test(quoted);
}

/** Words with a letter or digit in them (punctuation alone, as a dash, is not a word). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A quote in a line set in title case ("Cruz: Trump Would Put Liberals On Court, ‘I Fear ...’") is a headline's. */
export function inHeadline(text: string, span: Pick<QuoteSpan, 'open' | 'close'>): boolean {
  const lineStart = text.lastIndexOf('\n', span.open) + 1;
  const lineEnd = text.indexOf('\n', span.close);
  const words = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).split(/\s+/).filter((w) => /^[^\p{L}]*\p{L}{4,}/u.test(w));
  if (words.length < 4) return false;
  return words.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length >= 0.8 * words.length;
}

/** Words of the quote's own sentence printed before its opening mark, outside other quotes. */
export function wordsBefore(masked: string, sentences: SentenceSpan[], span: QuoteSpan): number {
  const own = sentences.find((s) => s.start <= span.open && span.open < s.end);
  if (!own) return 0;
  return wordCount(masked.slice(own.start, span.open).replace(/§+/g, ' '));
}

const wordsOf = (quoted: string) => quoted.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/**
 * Title case ("Saturday Night Live", "Make America Great Again", "The Life of a Pinup Legend"): a title or a
 * slogan, every word capitalised but the small words of a title. Half the words may be small when the last is
 * capitalised too ("State of the Union", "Lord of the Rings").
 */
function isTitleCase(words: readonly string[]): boolean {
  const capitalised = (w: string) => /^[^\p{L}]*[\p{Lu}\p{N}]/u.test(w);
  const small = (w: string) => /^(?:of|a|an|the|and|or|nor|but|in|on|at|for|to|with|by|from|after|before|into|onto|over|under|about|as|via|vs|per|upon|than)$/.test(w);
  const capitals = words.filter(capitalised).length * 2;
  return (
    words.length <= 10 &&
    capitalised(words[0] ?? '') &&
    words.every((w) => capitalised(w) || small(w)) &&
    (capitals > words.length || (capitals === words.length && capitalised(words.at(-1) ?? '')))
  );
}

/** Quoted words in title case (isTitleCase): a title or a slogan ("had read “The Old Man and the Sea”"). */
export const isTitleCased = (quoted: string): boolean => isTitleCase(wordsOf(quoted));

/** Short fragments ("Max", scare quotes) count only when a speech cue attributes them to someone. */
export function isQuote(span: QuoteSpan, cue: string | null, speaker: ResolvedSpeaker): boolean {
  const words = wordsOf(span.text);
  if (words.length === 0) return false;
  const spoken = cue !== null && !NAMING_CUES.has(normaliseWord(cue)) && speaker.speaker !== null;
  if (words.length > 2 && !(isTitleCase(words) && !spoken)) return true;
  return spoken;
}

/**
 * Words after which quoted words in title case name a work or a list: a possessive ("Fox’s", "their “Ten Worst” list"),
 * a preposition, an article, "his book,".
 */
const TITLE_BEFORE = /(?:['’]s|\b(?:of|on|in|from|at|by|the|a|an|its|their|his|her|our|my|your|called|titled|named|dubbed)|\b(?:book|film|show|song|anthem|hymn|poem|track|album|series|episode|podcast|movie|novel|essay|documentary|play|memoir|programme|program)\s*,?)\s*$/i;

/**
 * Quoted words in title case inside a sentence, where a work is named ("sings Bruce Springsteen’s “American
 * Skin”", "on Fox News’s “Fox and Friends.”", "the “American Pie” star", "in his book, “Make Your Kid a
 * Millionaire,”"), or followed by its author ("“The Long Walk,” by Ann Marsh"), are a title even when a cue of the
 * sentence seems to attribute them.
 */
export function isEmbeddedTitle(masked: string, span: QuoteSpan): boolean {
  if (!isTitleCase(wordsOf(span.text))) return false;
  const before = masked.slice(Math.max(0, span.open - 40), span.open);
  return TITLE_BEFORE.test(before) || BY_AUTHOR.test(masked.slice(span.close, span.close + 30)) || namesShowTold(before, masked.slice(span.close, span.close + 20));
}

/** A verb of telling, or "an interview with", right before a quote: the quote stands where its recipient would. */
const RECIPIENT_BEFORE = /\b(?:told|tells|tell|telling|interview\s+with)\s*$/i;

/**
 * "Lee told “Morning Harbour” that ...", "told “Harbour Talk” host Ann Marsh": quoted words in title case where a verb
 * of telling puts its recipient, with the sentence going on after them, name the show told, not words said.
 */
const namesShowTold = (before: string, after: string): boolean => RECIPIENT_BEFORE.test(before) && /^[\s,]*\p{Ll}/u.test(after);

/** A work's author right after its title ("“The Long Walk,” by Ann Marsh"): "by" and a capitalised name. */
const BY_AUTHOR = /^\s*,?\s*by\s+\p{Lu}/u;
