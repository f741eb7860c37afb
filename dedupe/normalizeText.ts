/** Text normalisation shared by fingerprints and merge decisions: typography, case and punctuation removed. */

const TYPOGRAPHY: Array<[RegExp, string]> = [
  [/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'"],
  [/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, '-'],
  [/\u2026/g, '...'],
];

/** Lower-cases, unifies typography and keeps only words and numbers: "“We’ll go,” she said." -> "we'll go she said". */
export function normalizeText(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  for (const [pattern, replacement] of TYPOGRAPHY) s = s.replace(pattern, replacement);
  return s
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
