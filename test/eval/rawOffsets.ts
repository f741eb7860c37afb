import { pathToFileURL } from 'node:url';
import { articleFromText } from '../../extract/articleFromText.ts';
import { extractMentions } from '../../extract/extractMentions.ts';
import type { ExtractedMention } from '../../extract/types.ts';

/**
 * Where a stretch of an ingested plain-text article stands in the file it was read from. Ingest stores the
 * file's text with its whitespace normalised and, when a line at the top reads as a headline, that line taken
 * as the `title` (extract/articleFromText.ts: the first line, or the one under a label such as "SHARE"), and its
 * mention offsets point into that text; labels point into the raw file. The title's line is blanked in the file;
 * every other character but whitespace is kept in order, so the article's non-space characters are the last ones
 * of the file's: the k-th of them is the (k + shift)-th of the file.
 * @throws Error when the article's text is not the file's text so transformed.
 */
export function rawOffsets(
  raw: string,
  article: string,
  title: string | null = null,
): (span: { start: number; end: number }) => { start: number; end: number } {
  const kept = (text: string): number[] => {
    const at: number[] = [];
    for (let i = 0; i < text.length; i += 1) if (!/\s/.test(text.charAt(i))) at.push(i);
    return at;
  };
  const rawAt = kept(title === null ? raw : withoutTitleLine(raw, title));
  const articleAt = kept(article);
  const shift = rawAt.length - articleAt.length;
  if (shift < 0 || articleAt.some((at, k) => article.charAt(at) !== raw.charAt(rawAt[k + shift] ?? -1))) {
    throw new Error('the article text is not the file text with its whitespace normalised and a title line taken');
  }
  // nextKept[i]: the index (in articleAt) of the first non-space character at or after article position i.
  const nextKept = new Int32Array(article.length + 1);
  let k = articleAt.length;
  for (let i = article.length; i >= 0; i -= 1) {
    if (i < article.length && articleAt[k - 1] === i) k -= 1;
    nextKept[i] = k;
  }
  const rawOf = (kth: number): number => rawAt[kth + shift] ?? raw.length;
  return ({ start, end }) => {
    const first = nextKept[Math.max(0, Math.min(start, article.length))] ?? articleAt.length;
    const last = (nextKept[Math.max(0, Math.min(end, article.length))] ?? articleAt.length) - 1;
    if (last < first) return { start: rawOf(first), end: rawOf(first) };
    return { start: rawOf(first), end: rawOf(last) + 1 };
  };
}

/** The file with the first line that reads as `title` (whitespace normalised) blanked, offsets kept. */
function withoutTitleLine(raw: string, title: string): string {
  let at = 0;
  for (const line of raw.split('\n')) {
    if (line.replace(/[ \t\u00A0\r\uFEFF]+/g, ' ').trim() === title) return raw.slice(0, at) + ' '.repeat(line.length) + raw.slice(at + line.length);
    at += line.length + 1;
  }
  return raw;
}

/**
 * The mentions extraction gives a labelled plain-text document, read as ingest reads it (articleFromText), at raw-file
 * offsets, each numbered in its document (`claimId`), for the pairwise tools (pairsWhy.ts, figurePairsWhy.ts).
 */
export function rawMentions(raw: string, doc: string): Array<ExtractedMention & { start: number; end: number; claimId: string }> {
  const article = articleFromText(raw, pathToFileURL(`/${doc}`).href);
  const toRaw = rawOffsets(raw, article.text, article.title);
  return extractMentions(article.text).mentions.map((m, i) => ({ ...m, ...toRaw(m), claimId: String(i) }));
}
