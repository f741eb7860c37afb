import { stringify } from 'csv-stringify/sync';
import type { ClaimRecord } from '../store/claimRecords.ts';
import type { MentionRow } from '../store/exportMentions.ts';

export const CSV_COLUMNS = [
  'id', 'kind', 'speaker', 'role', 'text', 'value', 'unit', 'variants', 'mention_count', 'article_count',
  'outlet_count', 'first_seen', 'last_seen', 'article_urls', 'articles',
  // Added after the columns older readers know, so that reading by position still works.
  'outlets', 'wordings', 'conflicts',
  'reworded_wordings',
] as const;

/**
 * Neutralises a cell a spreadsheet would run as a formula (OWASP CSV injection): a leading =, +, -, @,
 * tab or carriage return gets a leading apostrophe. Always on.
 */
export function escapeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const cell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  return escapeCell(typeof value === 'string' ? value : String(value));
};

/** The CSV header line (RFC 4180, CRLF). */
export const csvHeader = (): string => stringify([[...CSV_COLUMNS]], { record_delimiter: '\r\n' });

/** A list item stays on its line whatever the text held. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

/** The outlets that carried the claim, by name, in the order they first did; articles of no known outlet add none. */
function outletNames(claim: ClaimRecord): string[] {
  return [...new Set(claim.articles.map((a) => a.outlet).filter((o): o is string => o !== null && o !== ''))];
}

/** `text [speaker, speaker; N articles]`: a wording as one line. */
function describeWording(w: ClaimRecord['wordings'][number]): string {
  const by = w.speakers.length > 0 ? `${w.speakers.join(', ')}; ` : '';
  return `${oneLine(w.text)} [${by}${w.articles.length} article${w.articles.length === 1 ? '' : 's'}]`;
}

/** One claim as one CSV row: lists joined by newlines inside their cell, articles also as JSON. */
export function claimToCsvRow(claim: ClaimRecord): string {
  const row = [
    claim.id,
    claim.kind,
    claim.speaker,
    claim.role,
    claim.text,
    claim.value,
    claim.unit,
    claim.variants.join('\n'),
    claim.mention_count,
    claim.article_count,
    claim.outlet_count,
    claim.first_seen,
    claim.last_seen,
    claim.articles.map((a) => a.url).join('\n'),
    JSON.stringify(claim.articles),
    outletNames(claim).join('\n'),
    claim.wordings.map(describeWording).join('\n'),
    claim.conflicts.map((c) => `${oneLine(c.text)} (${c.reason}) [${c.id}]`).join('\n'),
    claim.wordings.filter((w) => w.kind === 'reworded').map(describeWording).join('\n'),
  ].map(cell);
  // Line breaks inside a cell must be quoted too, though our records end with CRLF.
  return stringify([row], { record_delimiter: '\r\n', quoted_match: /[\r\n]/ });
}

export const MENTION_CSV_COLUMNS = [
  'claim_id', 'kind', 'claim_text', 'mention_id', 'text', 'speaker_raw', 'speaker', 'role', 'sentence', 'value',
  'unit', 'url', 'title', 'outlet', 'published_at', 'speaker_start', 'speaker_end',
] as const;

/** The header line of the one-row-per-mention CSV. */
export const mentionCsvHeader = (): string => stringify([[...MENTION_CSV_COLUMNS]], { record_delimiter: '\r\n' });

/** One mention as one CSV row, every cell escaped like the claims'. */
export function mentionToCsvRow(mention: MentionRow): string {
  const row = MENTION_CSV_COLUMNS.map((column) => cell(mention[column]));
  return stringify([row], { record_delimiter: '\r\n', quoted_match: /[\r\n]/ });
}
