// The one module that imports `natural`, through sub-paths: its package root loads database drivers and prints.
import { createRequire } from 'node:module';
import stemmers from 'natural/lib/natural/stemmers/index.js';

// natural's util/index.js loads its storage back-ends, so its English stop-word list is read on its own.
const { words: englishStopWords } = createRequire(import.meta.url)(
  'natural/lib/natural/util/stopwords.js',
) as {
  words: string[];
};
const STOP_WORDS: ReadonlySet<string> = new Set(englishStopWords);

/** Stems an English or Russian word to a comparable form ("users" -> "user", "пользователей" -> "пользовател"). */
export function stemWord(word: string): string {
  return /[а-яё]/i.test(word) ? stemmers.PorterStemmerRu.stem(word) : stemmers.PorterStemmer.stem(word);
}

/** Whether a lower-case English word is a function word ("the", "which", "would") that says nothing of a topic. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
