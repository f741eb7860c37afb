/** Turns feedparser's simple Python expectations into checks on a ParsedFeed, best effort. */
import { canonicalizeUrl } from '../../ingest/canonicalizeUrl.ts';
import type { FeedEntry, ParsedFeed } from '../../ingest/types.ts';

/** A check on a ParsedFeed, or null when the expectation has no counterpart in ParsedFeed. */
export type FeedCheck = (feed: ParsedFeed) => boolean;

type Field = 'title' | 'link' | 'summary' | 'content' | 'guid' | 'author';

/** feedparser's key paths (after the feed/entries[i] part) and the ParsedFeed field each maps onto. */
const FEED_PATHS: Record<string, Field> = {
  title: 'title',
  "title_detail['value']": 'title',
  link: 'link',
  "links[0]['href']": 'link',
};
const ENTRY_PATHS: Record<string, Field> = {
  ...FEED_PATHS,
  description: 'summary',
  summary: 'summary',
  "summary_detail['value']": 'summary',
  "content[0]['value']": 'content',
  id: 'guid',
  guid: 'guid',
  author: 'author',
  "author_detail['name']": 'author',
};

/** Compiles `[not bozo and] <path> == '<literal>' [and len(entries) == n]`; null when any part is unmappable. */
export function compileExpectation(expect: string): FeedCheck | null {
  const checks: FeedCheck[] = [];
  for (const clause of splitAnd(expect)) {
    if (clause === 'bozo' || clause === 'not bozo') continue; // bozo (strict-XML well-formedness) is not modelled
    const length = /^len\(entries\) == (\d+)$/.exec(clause);
    if (length) {
      const n = Number(length[1]);
      checks.push((feed) => feed.entries.length === n);
      continue;
    }
    const check = compileComparison(clause);
    if (check === null) return null;
    checks.push(check);
  }
  return checks.length === 0 ? null : (feed) => checks.every((check) => check(feed));
}

function compileComparison(clause: string): FeedCheck | null {
  const match =
    /^(feed|entries\[(\d+)\])((?:\.\w+|\['\w+'\]|\[\d+\])+) == (u?(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"))$/.exec(
      clause,
    );
  if (!match) return null;
  const path = (match[3] ?? '')
    .replace(/^\./, '')
    .replace(/\.(\w+)/g, "['$1']")
    .replace(/^(\w+)/, '$1');
  const normalised = path.replace(/^\['(\w+)'\]/, '$1');
  const expected = pythonString(match[4] ?? '');
  if (expected === null) return null;
  if (match[1] === 'feed') {
    const field = FEED_PATHS[normalised];
    if (field !== 'title' && field !== 'link') return null;
    return (feed) => same(field, feed[field], expected);
  }
  const index = Number(match[2]);
  const field = ENTRY_PATHS[normalised];
  if (field === undefined) return null;
  return (feed) => {
    const entry = feed.entries[index];
    return entry !== undefined && same(field, entryValue(entry, field), expected);
  };
}

function entryValue(entry: FeedEntry, field: Field): string | null {
  switch (field) {
    case 'link':
      return entry.url;
    case 'content':
      return entry.contentHtml;
    case 'summary':
      // feedparser fills summary from content when an entry has no summary of its own.
      return entry.summary ?? entry.contentHtml;
    default:
      return entry[field];
  }
}

function same(field: Field, actual: string | null, expected: string): boolean {
  if (actual === null) return expected === '';
  if (actual.trim() === expected.trim()) return true;
  // A ParsedFeed title is text where feedparser keeps the title's HTML: compare with the words of that HTML.
  if (field === 'title') return actual.replace(/\s+/g, ' ').trim() === htmlText(expected);
  if (field !== 'link') return false;
  try {
    return actual === canonicalizeUrl(expected);
  } catch {
    return false;
  }
}

/** The text of an HTML fragment: tags dropped, the usual entities decoded, whitespace collapsed. */
export function htmlText(html: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&', nbsp: ' ' };
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (whole, dec?: string, hex?: string, name?: string) => {
      if (dec !== undefined) return String.fromCodePoint(Number(dec));
      if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
      return named[(name ?? '').toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits on top-level ` and `, outside string literals. */
function splitAnd(expression: string): string[] {
  const parts: string[] = [];
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < expression.length; i++) {
    const char = expression.charAt(i);
    if (quote !== null) {
      if (char === '\\') i++;
      else if (char === quote) quote = null;
    } else if (char === "'" || char === '"') {
      quote = char;
    } else if (expression.startsWith(' and ', i)) {
      parts.push(expression.slice(start, i).trim());
      start = i + 5;
      i += 4;
    }
  }
  parts.push(expression.slice(start).trim());
  return parts;
}

/** Decodes a Python 2/3 string literal (u'', '', ""), with its escapes; null for anything else. */
export function pythonString(literal: string): string | null {
  const body = literal.replace(/^u/, '');
  const quote = body.charAt(0);
  if ((quote !== "'" && quote !== '"') || !body.endsWith(quote) || body.length < 2) return null;
  return body
    .slice(1, -1)
    .replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/gs, (_whole, escape: string) => {
      const head = escape.charAt(0);
      if (head === 'x' || head === 'u' || head === 'U')
        return String.fromCodePoint(parseInt(escape.slice(1), 16));
      const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0' };
      return simple[escape] ?? escape;
    });
}
