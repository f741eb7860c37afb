/**
 * A headline or a summary deck printed at the top of an article's text ("Ten people are killed and about 50 hurt."
 * before "Ten people were killed and at least 50 injured when an earthquake ..."): the first sentence, when one of
 * the next two says the same again. What it says is reported by the sentence that restates it.
 */

import { detectLanguage } from './detectLanguage.ts';
import type { SentenceSpan } from './splitSentences.ts';

// Small English words that carry no content of their own, left out when two sentences are compared.
const FUNCTION_WORDS = new Set(
  'the a an and or but of to in on at for from with by as is are was were be been has have had he she it they his her its their this that who which what said says say will would not no after over into about'.split(
    ' ',
  ),
);
// A sentence restates another when it holds at least this many of its content words, and at least half of them.
const MIN_SHARED = 3;
// How much longer than the first sentence the one that restates it is.
const LONGER = 1.5;
// How many sentences after the first may restate it.
const LOOKAHEAD = 2;

/** The first sentence of `sentences` when a later one of the next two restates it, else null. */
export function findRestatedOpening(sentences: readonly SentenceSpan[]): SentenceSpan | null {
  const first = sentences[0];
  if (first === undefined) return null;
  // The small words below are English: in another language its own small words would look like shared content.
  const lead = sentences
    .slice(0, 1 + LOOKAHEAD)
    .map((s) => s.text)
    .join(' ');
  const opening = contentKeys(first.text);
  const restated = sentences.slice(1, 1 + LOOKAHEAD).some((later) => {
    const keys = contentKeys(later.text);
    const shared = [...opening].filter((k) => keys.has(k)).length;
    // The lead tells more than the headline it restates; a copy of the same length is a repeat, not a deck.
    const longer = wordCount(later.text) >= LONGER * wordCount(first.text);
    return shared >= MIN_SHARED && shared * 2 >= opening.size && longer;
  });
  // The language is asked only of a lead that looks restated (franc is the costliest step here).
  if (!restated) return null;
  const language = detectLanguage(lead);
  return language !== null && language !== 'en' ? null : first;
}

const wordCount = (sentence: string): number =>
  sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** A sentence's content words, compared by their first four letters ("killed", "kill"); numbers whole. */
function contentKeys(sentence: string): Set<string> {
  const words = sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(
    words
      .filter((w) => !FUNCTION_WORDS.has(w) && (w.length >= 3 || /\p{N}/u.test(w)))
      .map((w) => (/\p{N}/u.test(w) ? w : w.slice(0, 4))),
  );
}
