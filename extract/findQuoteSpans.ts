/** Quote spans in a text: the marks, the quoted words between them, and their paragraph. */

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index just past the closing mark, or the paragraph end when the quote is left open. */
  close: number;
  /** The quoted words, trimmed, without the marks. */
  start: number;
  end: number;
  text: string;
  /** The opening mark as printed. */
  mark: string;
  paragraph: number;
}

interface Paragraph {
  start: number;
  end: number;
  index: number;
}

const DOUBLE_CLOSERS: Record<string, string> = {
  '“': '”"“',
  '„': '“”"',
  '«': '»',
  '"': '"”“',
  '”': '”"',
  '‟': '”"',
};

/** Find every quote in `text`, double quotes first, then single quotes outside them. */
export function findQuoteSpans(input: string): QuoteSpan[] {
  const text = doubledApostrophes(input);
  const spans: QuoteSpan[] = [];
  for (const paragraph of paragraphsOf(text)) {
    const doubles = findDoubleQuotes(text, paragraph);
    spans.push(...doubles);
    let from = paragraph.start;
    for (const span of [...doubles, null]) {
      const to = span ? span.open : paragraph.end;
      spans.push(...findSingleQuotes(text, { ...paragraph, start: from, end: to }, paragraph.start));
      if (span) from = span.close;
    }
  }
  for (const span of spans) {
    // Widen spans printed with doubled apostrophes to cover both characters of each mark.
    if (/['`]/.test(input[span.open] ?? '') && input[span.open - 1] === input[span.open]) span.open -= 1;
    if (input[span.close] === "'" && input[span.close - 1] === "'") span.close += 1;
  }
  return spans.sort((a, b) => a.open - b.open).filter((span) => span.end > span.start);
}

/** The quote spans that are speech or a title, and the nicknames (see isNickname), which are neither. */
export function withoutNicknames(text: string, spans: readonly QuoteSpan[]): { quotes: QuoteSpan[]; nicknames: QuoteSpan[] } {
  const nicknames = spans.filter((span) => isNickname(text, span));
  return { quotes: spans.filter((span) => !nicknames.includes(span)), nicknames };
}

/**
 * Marcia "Cia" Price, Paul "Bear" Bryant: a word or two in capitals in double marks between a first name and a
 * surname is a nickname, part of the name, not a quote; copy that lost the space after the mark ("The Chin"Gigante) too.
 */
function isNickname(text: string, span: QuoteSpan): boolean {
  const words = span.text.split(/\s+/);
  if (/^[‘']$/.test(span.mark) || words.length > 2 || !words.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w))) return false;
  return /\b\p{Lu}\p{Ll}+\s+$/u.test(text.slice(Math.max(0, span.open - 30), span.open)) && /^\s*\p{Lu}\p{Ll}+\b/u.test(text.slice(span.close, span.close + 30));
}

function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (text.slice(start, end).trim() !== '') out.push({ start, end, index: index++ });
    start = end + 1;
  }
  return out;
}

const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

function findDoubleQuotes(text: string, para: Paragraph): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = para.start;
  while (i < para.end) {
    const ch = text[i] ?? '';
    const closers = DOUBLE_CLOSERS[ch];
    if (closers === undefined || !opensDouble(text, i, para)) {
      i += 1;
      continue;
    }
    const reversed = reversedCloser(text, i, para);
    const closeAt = reversed !== -1 ? reversed : findDoubleCloser(text, i, para.end, ch, closers);
    // The left mark that ends this quote may open the next paragraph of it, printed on the same line (see
    // opensNextParagraph): it ends this quote without being its closer, and opens the next.
    const close = closeAt === -1 ? para.end : opensNextParagraph(text, closeAt, para.end) ? closeAt : closeAt + 1;
    const innerEnd = closeAt === -1 ? para.end : closeAt;
    spans.push(makeSpan(text, i, close, i + 1, innerEnd, ch, para.index));
    i = close;
  }
  return spans;
}

/**
 * Marks set the wrong way round around a few words ("added to their ” 15 Most Wanted “ list"): after the right mark, a
 * left mark followed by a space closes them within the same sentence, before any right mark. Left alone, the left mark
 * would open a quote running to the paragraph's end over the writer's own words.
 */
const REVERSED_PAIR = /^[^”"“.!?]{0,60}[\p{L}\p{N}]\s*“(?=\s|[.,;:!?)]|$)/u;

/** The left mark closing a right mark set the wrong way round (REVERSED_PAIR) at `i`, or -1. */
function reversedCloser(text: string, i: number, para: Paragraph): number {
  if (text[i] !== '”' || !isSpace(text[i - 1])) return -1;
  const rest = text.slice(i + 1, para.end);
  // A right mark that a right mark closes later is a slip of one mark only (opensDouble).
  if (/[\p{L}\p{N}][^”"]*[”"]/u.test(rest)) return -1;
  const pair = REVERSED_PAIR.exec(rest);
  return pair === null ? -1 : i + pair[0].length;
}

function opensDouble(text: string, i: number, para: Paragraph): boolean {
  const ch = text[i];
  const prev = i > para.start ? text[i - 1] : undefined;
  const next = text[i + 1];
  if (ch === '“' || ch === '„' || ch === '«') return i + 1 < para.end;
  if (ch === '"') return !isWordChar(prev) && !isSpace(next) && i + 1 < para.end;
  // A right mark used as an opener (a typesetting slip): only after a space and when a
  // matching closer follows in the paragraph, otherwise it is a stray closer.
  if (ch === '”' || ch === '‟') {
    if (!isSpace(prev)) return false;
    const rest = text.slice(i + 1, para.end);
    return /[\p{L}\p{N}][^”"]*[”"]/u.test(rest) || reversedCloser(text, i, para) !== -1;
  }
  return false;
}

/**
 * Whether the left mark at `at` opens the next paragraph of a quote, not its closer: copy that runs paragraphs into one
 * line leaves a paragraph of a long quote open and opens the next with a left mark ("... next year. “ I feel ... ”").
 * After a sentence's end and a space, before a capital, with a right mark closing it later, the mark opens. A straight
 * mark opens so only when printed against the capital ('... this evening. "The fire has ... "'), since a closer is
 * never followed by a letter, and when the next straight mark closes or opens a paragraph in turn ('... was voted
 * "The Most Likely ..."' opens a title: the mark before it closed the quote, and the text after it is the writer's).
 */
function opensNextParagraph(text: string, at: number, end: number): boolean {
  const mark = text[at];
  if (mark !== '“' && mark !== '"') return false;
  if (!/[.!?]\s+$/.test(text.slice(Math.max(0, at - 3), at))) return false;
  if (mark === '“') return /^\s*\p{Lu}/u.test(text.slice(at + 1, at + 4)) && text.slice(at + 1, end).includes('”');
  if (!/^\p{Lu}/u.test(text[at + 1] ?? '')) return false;
  const next = text.indexOf('"', at + 1);
  return next !== -1 && next < end && (!isWordChar(text[next + 1]) || opensNextParagraph(text, next, end));
}

/**
 * Where the quote opened at `open` closes, or -1. A quote nested in it with other marks is skipped whole: «» in «»,
 * and curly marks in a quote opened with a straight one ('"The agency isn’t about “Equal Justice” anymore.'), whose
 * right mark would otherwise close the outer quote after the nested one's words.
 */
function findDoubleCloser(text: string, open: number, end: number, mark: string, closers: string): number {
  let depth = 0;
  for (let j = open + 1; j < end; j += 1) {
    const ch = text[j] ?? '';
    if (mark === '«' && ch === '«') depth += 1;
    else if (mark === '"' && ch === '“' && opensNested(text, open, j, end)) depth += 1;
    else if (closers.includes(ch)) {
      // A left mark only closes when it cannot be opening a nested quote.
      if (ch === '“' && mark !== '„' && !(isSpace(text[j + 1]) || /[.,;:!?)]/.test(text[j + 1] ?? ''))) continue;
      if (depth > 0) depth -= 1;
      else return j;
    }
  }
  return -1;
}

/**
 * A left curly mark printed against the word after it, with a right mark after that word, opens a quote nested in the
 * one opened at `open`, unless nothing comes between the two opening marks (a pull quote printed '" “If I ... ”"'
 * doubles its marks around the same words).
 */
const opensNested = (text: string, open: number, at: number, end: number): boolean =>
  text.slice(open + 1, at).trim() !== '' && isWordChar(text[at + 1]) && text.slice(at + 1, end).includes('”');

const SINGLE_OPENERS = "'‘‚‹";
const SINGLE_CLOSERS = "'’›‘";

function findSingleQuotes(text: string, region: Paragraph, paraStart: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = region.start;
  while (i < region.end) {
    const ch = text[i] ?? '';
    if (!SINGLE_OPENERS.includes(ch) || !opensSingle(text, i, paraStart)) {
      i += 1;
      continue;
    }
    const closeAt = findSingleCloser(text, i, region.end);
    const atParagraphStart = text.slice(paraStart, i).trim() === '';
    if (closeAt === -1 && !atParagraphStart) {
      i += 1;
      continue;
    }
    const close = closeAt === -1 ? region.end : closeAt + 1;
    spans.push(makeSpan(text, i, close, i + 1, closeAt === -1 ? region.end : closeAt, ch, region.index));
    i = close;
  }
  return spans;
}

function opensSingle(text: string, i: number, paraStart: number): boolean {
  const prev = i > paraStart ? text[i - 1] : undefined;
  const next = text[i + 1];
  if (isWordChar(prev) || isSpace(next)) return false;
  // Elisions such as '90s, 'em, 'n' and 'til are apostrophes, not openers.
  const after = text.slice(i + 1, i + 5);
  if (/^(?:\d\ds|em\b|n'|n’|til\b|cause\b)/i.test(after)) return false;
  // "SAG 'S DARK CLOUD", "they 're": a clitic split off its word, as copy tokenized word by word prints it.
  if (/^(?:s|re|ll|ve|d|m)\s/i.test(after)) return false;
  return isWordChar(next) || /["“…(—]/.test(next ?? '');
}

function findSingleCloser(text: string, open: number, end: number): number {
  const candidates: number[] = [];
  for (let j = open + 2; j < end; j += 1) {
    const ch = text[j] ?? '';
    if (!SINGLE_CLOSERS.includes(ch)) continue;
    if (isSpace(text[j - 1]) || isWordChar(text[j + 1])) continue;
    candidates.push(j);
  }
  for (const [k, j] of candidates.entries()) {
    // "users' data": a plural possessive inside the quote, when a later closer exists.
    const possessive = /[sSzZ]/.test(text[j - 1] ?? '') && /^\s+[\p{Ll}\p{N}]/u.test(text.slice(j + 1, j + 4));
    if (possessive && k < candidates.length - 1) continue;
    return j;
  }
  return -1;
}

function makeSpan(
  text: string,
  open: number,
  close: number,
  innerStart: number,
  innerEnd: number,
  mark: string,
  paragraph: number,
): QuoteSpan {
  let start = innerStart;
  let end = innerEnd;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  // A comma or colon before the closing mark belongs to the reporting sentence, not the quote.
  while (end > start && /[\s,;:]/.test(text[end - 1] ?? '')) end -= 1;
  return { open, close, start, end, text: text.slice(start, end), mark, paragraph };
}

// Some wires print double quotes as two apostrophes (''like this''), and tokenised copy opens them with two
// backticks (``like this''): read them as one double mark, keeping the length so that offsets still index the
// original text.
function doubledApostrophes(text: string): string {
  if (!text.includes("''") && !text.includes('``')) return text;
  return text.replace(/''|``/g, (mark: string, offset: number) => (mark === '``' || isSpace(text[offset - 1]) || offset === 0 ? ' "' : '" '));
}
