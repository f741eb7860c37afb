// The one module that imports `natural`, through sub-paths: its package root loads database drivers and prints.
import { createRequire } from 'node:module';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/index.js';
import stemmers from 'natural/lib/natural/stemmers/index.js';

// natural's util/index.js loads its storage back-ends, so its English stop-word list is read on its own.
const { words: englishStopWords } = createRequire(import.meta.url)(
  'natural/lib/natural/util/stopwords.js',
) as {
  words: string[];
};
const STOP_WORDS: ReadonlySet<string> = new Set(englishStopWords);

/** Stems already made: the same few thousand words recur in every article, and the stemmer is regular expressions. */
const stems = new Map<string, string>();
/** Beyond this many words the memo starts again, so that a long-lived worker's memory stays flat. */
const MAX_STEMS = 100_000;

/** Stems an English or Russian word to a comparable form ("users" -> "user", "пользователей" -> "пользовател"). */
export function stemWord(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = /[а-яё]/i.test(word) ? stemmers.PorterStemmerRu.stem(word) : stemmers.PorterStemmer.stem(word);
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

/** Whether a lower-case English word is a function word ("the", "which", "would") that says nothing of a topic. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** How many letters must be inserted, dropped, changed or swapped to turn one word into the other ("bireuen" / "bireun": 1). */
export function editDistance(a: string, b: string): number {
  return DamerauLevenshteinDistance(a, b);
}
