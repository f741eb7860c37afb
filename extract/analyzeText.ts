/** One article's text read once: its sentences, tokens, quotes and names, handed to every extractor. */

import { buildNameIndex } from './buildNameIndex.ts';
import type { Blanked, NameIndex } from './buildNameIndex.ts';
import { collectKnownNames } from './findEntities.ts';
import { archiveBodyStart } from './findArchiveDeck.ts';
import { findQuoteSpans, withoutNicknames } from './findQuoteSpans.ts';
import { creditStretches, inCredit } from './photoCredits.ts';
import type { QuoteSpan } from './findQuoteSpans.ts';
import { splitSentences } from './splitSentences.ts';
import type { SentenceSpan } from './splitSentences.ts';
import { tokenize, tokensIn } from './tokenize.ts';
import type { Token } from './tokenize.ts';

export interface TextAnalysis {
  text: string;
  sentences: SentenceSpan[];
  /** The tokens of `text`, offsets into it. */
  tokens: Token[];
  /** The quoted stretches of `text`. */
  quotes: QuoteSpan[];
  /**
   * `text` with every quote's inside replaced by `§` (line breaks kept), so that rules see around quotes, and the
   * marks around a nickname by spaces, so that a speaker's name reads whole (Marcia "Cia" Price).
   */
  masked: string;
  /** The tokens of `masked`, offsets into it (and so into `text`). */
  maskedTokens: Token[];
  /** Every multi-word name of the text, keyed by its last word. */
  names: NameIndex;
  /** Capitalised words seen away from a sentence start: names even where they open a sentence. */
  known: Set<string>;
  /** The stretches photo credits and bylines take (`creditStretches`), read once for every extractor. */
  credits: { start: number; end: number }[];
}

/** Reads `text` once for all extractors. */
export function analyzeText(text: string): TextAnalysis {
  const sentences = splitSentences(text);
  const tokens = tokenize(text);
  const { quotes, nicknames } = withoutNicknames(text, findQuoteSpans(text));
  const masked = maskQuotes(text, quotes, nicknames);
  // A nickname's marks split a name's words (Vincent "Chin" Gigante): names are read without them.
  const named = withoutMarks(text, tokens, nicknames);
  // "Facebook/Ann Lind.", "AP Photo/Tom Roe": a photo credit's names are nobody the story is about.
  const credits = creditStretches(text);
  const nameTokens = credits.length === 0 ? named.tokens : named.tokens.filter((t) => !inCredit(credits, t.start));
  return {
    text,
    sentences,
    tokens,
    quotes,
    masked,
    maskedTokens: masked === text ? tokens : tokenize(masked),
    names: buildNameIndex(nameTokens, named.blanked, archiveBodyStart(text)),
    known: collectKnownNames(named.text, named.tokens, sentences),
    credits,
  };
}

/** The tokens of `text` (or `masked`) between two offsets. */
export const textTokens = (analysis: TextAnalysis, from: number, to: number): Token[] =>
  tokensIn(analysis.tokens, analysis.text, from, to);
export const maskedTokens = (analysis: TextAnalysis, from: number, to: number): Token[] =>
  tokensIn(analysis.maskedTokens, analysis.masked, from, to);

/**
 * `text` as names read it: a nickname's marks blanked (Vincent "Chin" Gigante reads Vincent Chin Gigante), and the whole
 * nickname when it opens on an article (Vincent "The Chin" Gigante reads Vincent Gigante). `blanked` holds each
 * nickname's stretch, marks included: the only gaps a name may span.
 */
function withoutMarks(text: string, tokens: Token[], nicknames: readonly QuoteSpan[]): { text: string; tokens: Token[]; blanked: Blanked[] } {
  if (nicknames.length === 0) return { text, tokens, blanked: [] };
  const chars = maskQuotes(text, [], nicknames).split('');
  for (const nickname of nicknames) {
    if (/^(?:The|An?)\s/.test(nickname.text)) for (let i = nickname.start; i < nickname.end; i += 1) chars[i] = ' ';
  }
  const unmarked = chars.join('');
  return { text: unmarked, tokens: tokenize(unmarked), blanked: nicknames.map(({ open, close }) => ({ start: open, end: close })) };
}

function maskQuotes(text: string, spans: readonly QuoteSpan[], nicknames: readonly QuoteSpan[]): string {
  if (spans.length === 0 && nicknames.length === 0) return text;
  const chars = text.split('');
  for (const span of spans) {
    for (let i = span.open; i < span.close; i += 1) if (chars[i] !== '\n') chars[i] = '§';
  }
  for (const nickname of nicknames) {
    for (let i = nickname.open; i < nickname.close; i += 1) if (i < nickname.start || i >= nickname.end) chars[i] = ' ';
  }
  return chars.join('');
}
