/** A cap on a feed's entries, applied to the XML before parsing so that a huge feed costs little. */
import type { FeedEntry } from './types.ts';

/** The XML with at most `max` entries left, how many the document had, and how many were cut. */
export interface KeptEntries {
  xml: string;
  total: number;
  dropped: number;
}

// Where an entry tag, a CDATA section or a comment may begin; their ends are found with indexOf, so
// that no pattern rescans the rest of the text from every unterminated start (linear on any input).
const STARTS = /<(?:!\[CDATA\[|!--|\/?(?:[\w.-]+:)?(?:item|entry)\b)/gi;
const DATE = /<(?:[\w.-]+:)?(?:pubDate|date|published|updated|issued|modified|created)\b[^>]*>([^<]*)</i;

/**
 * Keeps the `max` newest `<item>`s or `<entry>`s of a feed's XML (by their first date; undated ones
 * after dated ones, earlier in the document first), in document order, and everything around them.
 * Returns the text unchanged when it has no more than `max` entries or when its entries cannot be
 * delimited (unclosed, unbalanced): the parser then sees it all. Linear in the text; throws nothing.
 */
export function keepNewestEntries(xml: string, max: number): KeptEntries {
  const spans = entrySpans(xml);
  if (spans === null || spans.length <= max) return { xml, total: spans?.length ?? 0, dropped: 0 };
  const kept = new Set(newestIndexes(spans.map(([start, end]) => dateOf(xml.slice(start, end))), max));
  const parts: string[] = [xml.slice(0, spans[0]?.[0] ?? 0)];
  spans.forEach(([start, end], i) => {
    if (kept.has(i)) parts.push(xml.slice(start, end));
    parts.push(xml.slice(end, spans[i + 1]?.[0] ?? xml.length));
  });
  return { xml: parts.join(''), total: spans.length, dropped: spans.length - kept.size };
}

/** The `max` newest of parsed entries (the same order of preference), in their order; all when fewer. */
export function newestEntries(entries: FeedEntry[], max: number): FeedEntry[] {
  if (entries.length <= max) return entries;
  const times = entries.map((e) => (e.publishedAt ? Date.parse(e.publishedAt) : NaN));
  const kept = new Set(newestIndexes(times.map((t) => (Number.isNaN(t) ? null : t)), max));
  return entries.filter((_, i) => kept.has(i));
}

/** [start, end) of each top-level entry element; null when they do not balance or a section never ends. */
function entrySpans(xml: string): Array<[number, number]> | null {
  const spans: Array<[number, number]> = [];
  const starts = new RegExp(STARTS);
  let depth = 0;
  let start = 0;
  for (let match = starts.exec(xml); match !== null; match = starts.exec(xml)) {
    const at = match.index;
    const head = match[0];
    // CDATA and comments are skipped whole, so an `</item>` written inside them ends nothing.
    const closer = head.startsWith('<![') ? ']]>' : head === '<!--' ? '-->' : '>';
    const end = xml.indexOf(closer, starts.lastIndex);
    if (end === -1) return null;
    starts.lastIndex = end + closer.length;
    if (closer !== '>') continue;
    if (head.startsWith('</')) {
      if (depth === 0) return null;
      depth--;
      if (depth === 0) spans.push([start, end + 1]);
    } else if (xml[end - 1] === '/') {
      if (depth === 0) spans.push([at, end + 1]);
    } else {
      if (depth === 0) start = at;
      depth++;
    }
  }
  return depth === 0 ? spans : null;
}

function dateOf(entryXml: string): number | null {
  const text = DATE.exec(entryXml)?.[1]?.trim();
  const time = text ? Date.parse(text) : NaN;
  return Number.isNaN(time) ? null : time;
}

/** Indexes of the `max` newest: dated ones by time, latest first, then undated ones; ties by position. */
function newestIndexes(times: Array<number | null>, max: number): number[] {
  return times
    .map((time, index) => ({ time, index }))
    .sort((a, b) => {
      if (a.time !== null && b.time !== null && a.time !== b.time) return b.time - a.time;
      if (a.time === null && b.time !== null) return 1;
      if (a.time !== null && b.time === null) return -1;
      return a.index - b.index;
    })
    .slice(0, max)
    .map((e) => e.index);
}
