/** The byline, date and credit line a plain-text article prints near its top or foot, when they are unambiguous. */

export interface TextMetadata {
  byline: string | null;
  /** ISO 8601; a date without a time of day (or without a zone) is read as that day, 00:00 UTC. */
  publishedAt: string | null;
  /** The outlet named by a copyright credit line ("© 2026 Carrisford Courier"). */
  outlet: string | null;
}

/** How many lines at the top (after the headline) and at the foot are read: metadata sits there, prose after. */
const HEAD_LINES = 4;
const FOOT_LINES = 3;
/** A metadata line is short; a longer one is prose that happens to start with "By" or a date. */
const MAX_LINE_CHARS = 120;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?\b/;

/**
 * Reads a date as printed at the start of `text`: ISO 8601 ("2026-02-12", "2026-02-12T10:30:00Z"),
 * "12 February 2026", "Thursday, Feb. 12, 2026". Null for anything else, and for relative dates ("4 days
 * ago"), which say nothing once the file is copied. `rest` is what follows the date.
 */
export function readPrintedDate(text: string): { iso: string; rest: string } | null {
  const t = text.trim();
  const iso = ISO.exec(t);
  if (iso) {
    const [whole, y, mo, d, h, mi, s, zone] = iso;
    const offset = zone && zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
    const at = zone && h ? `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${offset}` : `${y}-${mo}-${d}T00:00:00Z`;
    return withRest(validDate(at, Number(y), Number(mo), Number(d)), t, whole);
  }
  const dmy = DAY_MONTH_YEAR.exec(t);
  if (dmy) return withRest(fromParts(Number(dmy[3]), dmy[2]!, Number(dmy[1])), t, dmy[0]);
  const mdy = MONTH_DAY_YEAR.exec(t);
  if (mdy) return withRest(fromParts(Number(mdy[3]), mdy[1]!, Number(mdy[2])), t, mdy[0]);
  return null;
}

const withRest = (iso: string | null, text: string, matched: string) => (iso ? { iso, rest: text.slice(matched.length) } : null);

function fromParts(year: number, monthName: string, day: number): string | null {
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  return validDate(`${year}-${pad(month)}-${pad(day)}T00:00:00Z`, year, month, day);
}

/** The ISO string of `at` when it is a real day (no 31 February). */
function validDate(at: string, year: number, month: number, day: number): string | null {
  const time = Date.parse(at);
  if (Number.isNaN(time) || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1) return null;
  return new Date(time).toISOString();
}

/** "By Jane Doe", "By Jane Doe and John Roe": a name of one to eight words, no sentence after it. */
function readByline(part: string): string | null {
  const match = /^by\s+(.+)$/i.exec(part);
  if (!match) return null;
  const name = match[1]!.replace(/[,;]\s*$/, '').trim();
  const words = name.split(/\s+/);
  if (words.length > 8 || /[.!?]["'”’]?$/.test(name) && !/\b[A-Z]\.$/.test(name)) return null;
  return /^\p{Lu}/u.test(name) ? name : null;
}

/** "Published 12 February 2026", "Updated: 2026-02-12", or a date alone. */
function readDateLine(part: string): string | null {
  const labelled = /^(?:first\s+)?(?:published|posted|updated|dated?)(?:\s+on)?\s*:?\s+(.+)$/i.exec(part);
  const date = readPrintedDate(labelled ? labelled[1]! : part);
  if (!date) return null;
  // A bare date must be the whole part, give or take a time of day, not the start of a sentence.
  if (!labelled && !/^\s*(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?\s*$/i.test(date.rest)) return null;
  return date.iso;
}

/** "© 2026 Carrisford Courier", "Copyright 2026 The Midshire Evening Post. All rights reserved." */
function readCredit(part: string): string | null {
  const match = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.+?)\.?(?:\s+all rights reserved\.?)?$/i.exec(part);
  const name = match?.[1]?.trim();
  return name && name.split(/\s+/).length <= 6 && /^\p{Lu}/u.test(name) ? name : null;
}

/**
 * Reads the metadata lines of a plain-text article: the lines just after its headline and at its foot,
 * each split at ` | ` ("Published 4 days ago | By Pak24tv"). A field is kept only when it is found once
 * or always alike (two different bylines or dates leave it null): a file that prints two dates does not
 * say which is the article's.
 */
export function readTextMetadata(lines: readonly string[]): TextMetadata {
  const found = { byline: new Set<string>(), publishedAt: new Set<string>(), outlet: new Set<string>() };
  const head = lines.slice(0, HEAD_LINES);
  const foot = lines.length > HEAD_LINES ? lines.slice(Math.max(HEAD_LINES, lines.length - FOOT_LINES)) : [];
  for (const line of [...head, ...foot]) {
    if (line.length > MAX_LINE_CHARS) continue;
    for (const part of line.split(/\s+\|\s+/).map((p) => p.trim())) {
      const byline = readByline(part);
      if (byline) found.byline.add(byline);
      const date = readDateLine(part);
      if (date) found.publishedAt.add(date);
      const credit = readCredit(part);
      if (credit) found.outlet.add(credit);
    }
  }
  const only = (values: Set<string>) => (values.size === 1 ? [...values][0]! : null);
  return { byline: only(found.byline), publishedAt: only(found.publishedAt), outlet: only(found.outlet) };
}
