/** Word and punctuation tokens with offsets, the unit every attribution rule works on. */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** True for words and numbers, false for punctuation and masked quotes. */
  word: boolean;
}

// Digits with thousands separators ("42,000") are one token, so that their comma ends no phrase.
const TOKEN = /\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?|[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*[’']?\.?|§+|[^\s\p{L}\p{N}]/gu;
const KEEPS_PERIOD = /^(?:\p{L}|(?:\p{L}\.)+\p{L}|mr|mrs|ms|dr|prof|sens?|reps?|del|govs?|gen|lt|col|sgt|capt|const|det|insp|supt|cpl|maj|cmdr|adm|rev|st|jr|sr|inc|corp|co|ltd|messrs|pres|no|vs|sept?|jan|feb|aug|oct|nov|dec)$/iu;

/** Tokenise `text`; offsets are shifted by `offset` so they index the caller's string. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let value = match[0];
    const start = (match.index ?? 0) + offset;
    const isWord = /[\p{L}\p{N}]/u.test(value[0] ?? '');
    if (isWord && value.endsWith('.') && !KEEPS_PERIOD.test(value.slice(0, -1))) {
      value = value.slice(0, -1);
      tokens.push({ text: value, start, end: start + value.length, word: true });
      tokens.push({ text: '.', start: start + value.length, end: start + value.length + 1, word: false });
      continue;
    }
    // A trailing apostrophe is a plural possessive ("users'") only after s; otherwise a closing mark.
    if (isWord && /[’']$/.test(value) && !/[sSzZ][’']$/.test(value)) {
      value = value.slice(0, -1);
      tokens.push({ text: value, start, end: start + value.length, word: true });
      tokens.push({ text: '’', start: start + value.length, end: start + value.length + 1, word: false });
      continue;
    }
    tokens.push({ text: value, start, end: start + value.length, word: isWord });
  }
  return tokens;
}

/**
 * The tokens `tokenize(source.slice(from, to), from)` gives, read from the tokens of the whole `source` (found by
 * binary search). Only when the slice cuts a token is it tokenised, since the cut makes other tokens.
 */
export function tokensIn(all: readonly Token[], source: string, from: number, to: number): Token[] {
  let lo = 0;
  let hi = all.length;
  // The first token that ends after `from`.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((all[mid]?.end ?? 0) <= from) lo = mid + 1;
    else hi = mid;
  }
  const first = all[lo];
  // A slice that starts inside a token, or at the closing mark split off a word ("Smith'" gives "’"), reads
  // other tokens than the whole text does.
  const cut = first !== undefined && (first.start < from || (first.start === from && !source.startsWith(first.text, from)));
  if (cut && from < to) return tokenize(source.slice(from, to), from);
  let end = lo;
  while (end < all.length && (all[end]?.end ?? Infinity) <= to) end += 1;
  const next = all[end];
  const last = all[end - 1];
  // A slice that ends inside a token, or before the full stop split off the word it ends with.
  const cutAtEnd = next !== undefined && (next.start < to || (next.text === '.' && last !== undefined && last.word && last.end === next.start && next.start === to));
  if (cutAtEnd && from < to) return tokenize(source.slice(from, to), from);
  return all.slice(lo, end);
}

/** True when a token starts with a capital letter. */
export function isCapitalised(token: string): boolean {
  return /^\p{Lu}/u.test(token);
}

/** The token without a possessive ending ("Kremlin’s" -> "Kremlin", "users'" -> "users"). */
export function stripPossessive(token: string): string {
  return token.replace(/[’']s$/u, '').replace(/(?<=s)[’']$/u, '');
}

/** True when the token is a possessive ("Russia's", "Meta’s"). */
export function isPossessive(token: string): boolean {
  return /[’']s$/u.test(token) || /s[’']$/u.test(token);
}

/** A word with the characters a regular expression treats as syntax escaped, to match it literally. */
export const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
