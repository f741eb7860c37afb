/** Quoted fragments inside reported speech, as quotes of their own beside the statement that carries them. */

import { CUE_WORDS, normaliseWord } from './cues.ts';
import type { QuoteSpan } from './findQuoteSpans.ts';
import { isEmbeddedTitle, isTitleCased, wordCount } from './isMostlyQuoted.ts';
import type { ExtractedMention } from './types.ts';

/**
 * Fewer quoted words are a term mimicked or a label ("called it “a disaster”", "“sort of hopes”"); from five on
 * the marks print a stretch of the speaker's own sentence ("said the deal was “dead on arrival in the Senate”").
 */
export const MIN_FRAGMENT_WORDS = 5;

/**
 * A speaker that ends in a capitalised word: a name ("Maren Holt", "the White House"). A description left unresolved
 * ("the Florida senator", "China's ambassador") is where a statement's speaker goes wrong most often: its quoted
 * stretch is left to the clause rather than credited a second time.
 */
const named = (speaker: string | null): boolean => speaker !== null && /(?:^|\s)\p{Lu}[^\s]*$/u.test(speaker);

/** A quoted question ("the question on every deck was “why ...?”") asks, and asserts nothing. */
const ASKS = /\?[\s'’"”]*$/u;

/**
 * A pronoun's speaker ("he said the deal was “...”") is resolved from the sentences before, and that guess is wrong
 * more often than a printed name (3 of 14 such quoted stretches on the labels' tune side): the stretch stays the
 * clause's.
 */
const PRONOUN = /^(?:he|she|it|they|we|i)$/i;

/**
 * `mentions` with a quote added for each quoted stretch of at least MIN_FRAGMENT_WORDS words that lies inside a
 * reported statement ("She called the plan “a gift to the few who own the harbour,” and ..."): the marks say these
 * are the speaker's own words, so they are a verbatim quote as well as part of the clause. The quote takes the
 * statement's speaker, cue and relation: it is the same attribution, not another one, unless a cue inside the
 * clause before the marks reports another voice. A quoted title
 * (isEmbeddedTitle, or words in title case: isTitleCased) stays part of its clause only.
 */
export function withQuotedFragments(
  mentions: readonly ExtractedMention[],
  spans: readonly QuoteSpan[],
  masked: string,
  text: string,
): ExtractedMention[] {
  const out: ExtractedMention[] = [];
  for (const mention of mentions) {
    out.push(mention);
    if (mention.kind !== 'statement' || !named(mention.speaker) || PRONOUN.test(mention.speakerRaw ?? ''))
      continue;
    const inside = spans.filter(
      (span) => mention.start <= span.open && span.close <= mention.end + 1 && span.end <= mention.end,
    );
    for (const span of inside) {
      // A statement that is the quote and little else already is that quote.
      if (
        wordCount(span.text) < MIN_FRAGMENT_WORDS ||
        wordCount(mention.text) - wordCount(span.text) < 2 ||
        isEmbeddedTitle(masked, span) ||
        isTitleCased(span.text) ||
        ASKS.test(span.text)
      )
        continue;
      // A cue inside the clause before the marks ("said she told them she could not see “from the angle I was at”")
      // reports someone else's words within it: whose they are is not the statement's to say.
      if (
        text
          .slice(mention.start, span.open)
          .split(/[^\p{L}'’]+/u)
          .some((w) => CUE_WORDS.has(normaliseWord(w)))
      )
        continue;
      out.push({ ...mention, kind: 'quote', text: span.text, start: span.start, end: span.end });
    }
  }
  return out;
}
