/** Sentence boundaries with offsets into the original text. */

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

// Abbreviations that are almost never sentence-final in news copy: a period after them
// does not end a sentence. "Inc." or "etc." can end one, so they are left out.
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sen', 'rep', 'sens', 'reps', 'del', 'gov', 'govs', 'gen', 'lt', 'col', 'sgt', 'capt',
    'rev', 'hon', 'pres', 'supt', 'insp', 'cmdr', 'adm', 'maj', 'const', 'det', 'cpl', 'messrs', 'mme', 'mlle',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'no', 'nos', 'vs', 'approx', 'est', 'fig', 'vol', 'p', 'pp', 'ave', 'blvd', 'mt', 'ft',
    'г', 'гг', 'ул', 'им', 'т', 'тыс', 'млн', 'млрд', 'руб', 'д', 'см', 'стр',
  ],
);

// Words that start sentences: after "U.S." they tell a real boundary from an initial.
const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'But', 'And', 'He', 'She', 'It', 'They', 'We', 'I', 'In', 'On', 'At', 'This',
  'That', 'These', 'Those', 'There', 'Its', 'His', 'Her', 'Their', 'Our', 'If', 'When', 'While',
  'As', 'After', 'Before', 'Since', 'However', 'Meanwhile', 'Still', 'Yet', 'So', 'For', 'Last',
  'Earlier', 'Later', 'Today', 'Now',
]);

const TERMINATORS = '.!?…';
const CLOSERS = '"\'”’»)]';
const OPENERS = '"\'“‘«„(['; 

/** Split text into sentences; a newline always ends one. Offsets index `text`. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let from = lineStart;
    for (const at of gluedOpenings(text, lineStart, lineEnd)) {
      splitLine(text, from, at, spans);
      from = at;
    }
    splitLine(text, from, lineEnd, spans);
    lineStart = lineEnd + 1;
  }
  return spans;
}

/**
 * A capitalised article between lower-case words ("... officials said The mayor will ...") opens a sentence glued to
 * a deck or headline without its stop: in running prose the article would be lower case. "A" after a word that labels
 * by a letter ("vitamin A deficiency", "plan A was") is no opening.
 */
const GLUED_OPENING = /(?<=(?:^|[^\p{L}])(\p{Ll}+)) +(?=(?:The|An|A) \p{Ll})/gu;
const LETTER_LABELS = new Set([
  'vitamin', 'type', 'plan', 'grade', 'class', 'group', 'category', 'section', 'part', 'exhibit', 'level', 'tier',
  'division', 'league', 'series', 'option', 'list', 'phase', 'stage', 'point', 'letter', 'hepatitis', 'influenza',
  'flu', 'gate', 'terminal', 'building', 'block', 'wing', 'ward', 'platform', 'row', 'seat', 'room', 'schedule',
  'appendix', 'annex', 'figure', 'table', 'model', 'size', 'cup', 'strain', 'side', 'squad', 'team', 'unit',
]);

function gluedOpenings(text: string, from: number, to: number): number[] {
  const line = text.slice(from, to);
  const out: number[] = [];
  for (const m of line.matchAll(GLUED_OPENING)) {
    const at = (m.index ?? 0) + m[0].length;
    if (line.startsWith('A ', at) && LETTER_LABELS.has(m[1] ?? '')) continue;
    out.push(from + at);
  }
  return out;
}

function splitLine(text: string, from: number, to: number, out: SentenceSpan[]): void {
  let start = from;
  let i = from;
  while (i < to) {
    const ch = text[i] ?? '';
    if (!TERMINATORS.includes(ch)) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < to && TERMINATORS.includes(text[end] ?? '')) end += 1;
    // A closing mark glued to the terminator belongs to the sentence it closes.
    while (end < to && CLOSERS.includes(text[end] ?? '')) end += 1;
    // So does one set off by a space, as tokenised copy prints it ("okay. '' Work place killings ..."): a doubled
    // apostrophe or a right double mark only ever closes; a straight double mark closes when the sentence holds a
    // quote left open ('as "utterly baseless and malicious. " Mr. Kiir ...').
    const spaced = /^\s(?:''|”|"(?=\s|$))(?=\s|$)/.exec(text.slice(end, Math.min(to, end + 4)));
    if (spaced !== null && (spaced[0].trim() !== '"' || opensQuote(text.slice(start, end)))) end += spaced[0].length;
    // A right single mark set off the same way before a capital closes too ("... expressed anger. ’ Mr Williams
    // later ..."); before a lone "s" it is a possessive's ("U.S. ’ s").
    else if (/^\s’\s+[\p{Lu}‘“"]/u.test(text.slice(end, Math.min(to, end + 5)))) end += 2;
    if (isBoundary(text, start, i, end, to)) {
      push(text, start, end, out);
      start = end;
    }
    i = end;
  }
  push(text, start, to, out);
}

function isBoundary(text: string, sentenceStart: number, termAt: number, end: number, lineEnd: number): boolean {
  if (end >= lineEnd) return true;
  // "... I love Hispanics!”Former candidate ...": a closing mark after the stop, glued to a capital, still ends it.
  if (!/\s/.test(text[end] ?? '')) return end > termAt + 1 && /["”»]/.test(text[end - 1] ?? '') && /\p{Lu}/u.test(text[end] ?? '');
  let next = end;
  while (next < lineEnd && /\s/.test(text[next] ?? '')) next += 1;
  if (next >= lineEnd) return true;
  const nextChar = text[next] ?? '';
  const startsLikeSentence = /[\p{Lu}\p{N}]/u.test(nextChar) || OPENERS.includes(nextChar) || nextChar === '—';
  if (!startsLikeSentence) return false;
  if (text[termAt] !== '.' || end !== termAt + 1) return true;
  const word = wordBefore(text, sentenceStart, termAt);
  if (word === '') return true;
  const nextWord = /^[\p{L}]+/u.exec(text.slice(next, next + 30))?.[0] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // Initials and dotted acronyms ("J. R. R.", "В. В.", "U.S.") run on unless a common
  // sentence opener follows.
  // A letter after an apostrophe ends a contraction ("it was n't.", "they did n't."), never an initial.
  // So does a letter after a digit ("in the 1990s.", "the 5th."), never an initial either.
  // Copy tokenised word by word sets the possessive's letter apart ("over Lionsgate ’ s. Lionsgate is ..."): a lone
  // "s", "t", "d" or "m" after a word and a spaced apostrophe is that word's ending too.
  if (endsTimeOfDay(text.slice(sentenceStart, end))) return startsAfterTime(text.slice(next, next + 40));
  const wordFrom = text.slice(sentenceStart, termAt - word.length);
  const contraction = /['’\p{N}]$/u.test(wordFrom) || (/^[stdm]$/.test(word) && /\p{L}\s?['’]\s$/u.test(wordFrom));
  if (!contraction && (/^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word))) {
    return SENTENCE_STARTERS.has(nextWord);
  }
  return true;
}

/** "at 9 a.m.", "just after 9 a. m." (copy tokenised word by word): a time of day printed with its full stops. */
const endsTimeOfDay = (before: string): boolean => /\b\p{N}{1,2}(?:[:.]\p{N}{2})?\s*[ap]\.\s?m\.$/iu.test(before);

// What a time of day runs on into: a day, a month, a time zone ("9 a.m. Monday", "10 a.m. Eastern", "7 a.m. ET").
const AFTER_TIME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|eastern|central|mountain|pacific|atlantic|local|greenwich|moscow|london|utc|gmt|[a-z]{1,3}t)$/i;

/**
 * "... escaped just after 9 a. m. Lyons said that ...": after a time of day, a capitalised word opens a new sentence,
 * unless it is a day, a month or a time zone the time runs on into, or a place before "time" ("9 a.m. Sydney time").
 */
function startsAfterTime(after: string): boolean {
  const [, first = '', second = ''] = /^([\p{L}]+)\W*([\p{L}]*)/u.exec(after) ?? [];
  return /^\p{Lu}/u.test(first) && !AFTER_TIME.test(first) && !/^time$/i.test(second);
}

function wordBefore(text: string, from: number, at: number): string {
  let i = at;
  while (i > from && /[\p{L}.]/u.test(text[i - 1] ?? '')) i -= 1;
  return text.slice(i, at).replace(/^\.+/, '');
}

function push(text: string, from: number, to: number, out: SentenceSpan[]): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

/** Whether `sentence` leaves a straight double quote open (an odd number of them). */
const opensQuote = (sentence: string) => (sentence.match(/"/g)?.length ?? 0) % 2 === 1;
