/** TF-IDF vectors of news documents over their content words, names and figures, for story grouping. */
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendarWords.ts';
import { isStopWord, stemWord } from './nlp.ts';

/** What a document is compared by: its title (optional) and text. */
export interface TermSource {
  title?: string;
  text: string;
}

/** Term -> weight, of unit length. */
export type Vector = Map<string, number>;

const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;
const FIGURE = /\b\d[\d.,]*\d\b/g;
// Capitalised, but calendar words, not names: every story has a weekday.
const CALENDAR: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES]);
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/** Content-word stems of a text: lower-cased, function words and words under three letters dropped. */
function contentStems(text: string, stemCache: Map<string, string>): string[] {
  const stems: string[] = [];
  for (const [word] of text.matchAll(WORD)) {
    const lower = word.toLowerCase().replace(/['’]s$/, '');
    if (lower.length < 3 || isStopWord(lower)) continue;
    let stem = stemCache.get(lower);
    if (stem === undefined) {
      stem = stemWord(lower);
      stemCache.set(lower, stem);
    }
    stems.push(stem);
  }
  return stems;
}

/**
 * Names of a text: runs of capitalised words ("Lohan", "Betty Ford Center"), a sentence's leading function
 * word ("The", "In") and calendar words ("Sunday", "May") left out, since a capital there says nothing.
 */
function names(text: string): string[] {
  const found: string[] = [];
  let run: string[] = [];
  let sentenceStart = true;
  const flush = () => {
    if (run.length > 0) found.push(run.join(' ').toLowerCase());
    run = [];
  };
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const between = text.slice(last, match.index);
    last = match.index + match[0].length;
    if (/\S/.test(between)) flush(); // punctuation ends a name
    if (/[.!?:\n]/.test(between)) sentenceStart = true;
    const word = match[0].replace(/['’]s$/, '');
    const lower = word.toLowerCase();
    if (isCapitalised(word) && !CALENDAR.has(lower) && !(sentenceStart && isStopWord(lower))) run.push(word);
    else flush();
    sentenceStart = false;
  }
  flush();
  return found;
}

/** A document's term counts: content-word stems, names (prefixed "=") and figures (prefixed "#"). */
export type TermCounts = Map<string, number>;

/**
 * Term frequencies of a document: its title and text's content words, its body's names (prefixed "=") and
 * figures of two or more digits (prefixed "#"): two similar events (two earthquakes, two elections) are told
 * apart by who, where, when and how many. A name counts as `nameWeight` content words.
 */
export function termCounts(
  doc: TermSource,
  nameWeight: number,
  stemCache: Map<string, string> = new Map(),
): TermCounts {
  const counts: TermCounts = new Map();
  const add = (term: string, weight: number) => counts.set(term, (counts.get(term) ?? 0) + weight);
  for (const stem of contentStems(`${doc.title ?? ''}\n${doc.text}`, stemCache)) add(stem, 1);
  for (const name of names(doc.text)) add(`=${name}`, nameWeight);
  for (const [figure] of doc.text.matchAll(FIGURE)) add(`#${figure.replace(/,/g, '')}`, 1);
  return counts;
}

/** How many of the documents each term is found in. */
export function documentFrequencies(counts: readonly TermCounts[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const c of counts) for (const term of c.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  return df;
}

/**
 * A unit-length TF-IDF vector (sublinear tf; idf over `total` documents of which `df` tells how many hold each
 * term); terms found in one document only are left out.
 */
export function weighTerms(counts: TermCounts, df: ReadonlyMap<string, number>, total: number): Vector {
  const vector: Vector = new Map();
  let norm = 0;
  for (const [term, count] of counts) {
    const n = df.get(term) ?? 0;
    if (n < 2) continue;
    // Smoothed: a term in every document still counts a little, so that two reports alone can be one story.
    const weight = (1 + Math.log(count)) * Math.log((total + 1) / n);
    if (weight <= 0) continue;
    vector.set(term, weight);
    norm += weight * weight;
  }
  const length = Math.sqrt(norm);
  for (const [term, weight] of vector) vector.set(term, weight / length);
  return vector;
}

/** Unit-length TF-IDF vectors of documents, idf over these documents. */
export function tfidfVectors(
  docs: readonly TermSource[],
  nameWeight: number,
): { vectors: Vector[]; df: Map<string, number> } {
  const stemCache = new Map<string, string>();
  const counts = docs.map((d) => termCounts(d, nameWeight, stemCache));
  const df = documentFrequencies(counts);
  return { vectors: counts.map((c) => weighTerms(c, df, docs.length)), df };
}

/** A vector as sorted term numbers and their weights: two are compared by one merge of their arrays. */
export interface PackedVector {
  terms: Int32Array;
  weights: Float64Array;
}

/** The vectors with their terms numbered (one numbering for all, in order of first appearance), each sorted by term number. */
export function packVectors(vectors: readonly Vector[]): PackedVector[] {
  const numbers = new Map<string, number>();
  // Each term's weight in the vector being packed, by term number (a vector holds a term once).
  const weightOf: number[] = [];
  return vectors.map((vector) => {
    const terms = new Int32Array(vector.size);
    let k = 0;
    for (const [term, weight] of vector) {
      let n = numbers.get(term);
      if (n === undefined) numbers.set(term, (n = numbers.size));
      terms[k++] = n;
      weightOf[n] = weight;
    }
    terms.sort();
    const weights = new Float64Array(terms.length);
    for (let i = 0; i < terms.length; i++) weights[i] = weightOf[terms[i] as number] as number;
    return { terms, weights };
  });
}

/** Cosine similarity of two packed unit-length vectors: one merge of their sorted terms, no lookup per term. */
export function packedCosine(a: PackedVector, b: PackedVector): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i] as number;
    const y = b.terms[j] as number;
    if (x === y) dot += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return dot;
}
