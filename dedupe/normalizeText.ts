/** Text normalisation shared by fingerprints and merge decisions: typography, case and punctuation removed. */
import { unifyTypography } from '../typography.ts';

/** Lower-cases, unifies typography and keeps only words and numbers: "“We’ll go,” she said." -> "we'll go she said". */
export function normalizeText(text: string): string {
  return unifyTypography(text)
    .replace(/(\d)[,\s](?=\d{3}\b)/g, '$1') // 5,000 and 5 000 -> 5000
    .replace(/'(?![\p{L}])|(?<![\p{L}])'/gu, ' ') // quote marks, not apostrophes inside words
    .replace(/[^\p{L}\p{N}'.%$€£]+/gu, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ') // full stops, not decimal points
    .replace(/\s+/g, ' ')
    .trim();
}

/** The normalised words of a text. */
export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}
