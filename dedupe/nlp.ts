// The one module that imports `natural`, through sub-paths: its package root loads database drivers and prints.
import distance from 'natural/lib/natural/distance/index.js';
import stemmers from 'natural/lib/natural/stemmers/index.js';

/** Stems an English or Russian word to a comparable form ("users" -> "user", "пользователей" -> "пользовател"). */
export function stemWord(word: string): string {
  return /[а-яё]/i.test(word) ? stemmers.PorterStemmerRu.stem(word) : stemmers.PorterStemmer.stem(word);
}

/** Jaro-Winkler similarity of two strings, 0..1: for spelling variants of names ("Peskov", "Peskow"). */
export function nameSimilarity(a: string, b: string): number {
  return distance.JaroWinklerDistance(a, b, {});
}
