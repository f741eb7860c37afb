import { stringify } from 'csv-stringify/sync';
import type { ClaimRecord } from '../store/claimRecords.ts';
import type { MentionRow } from '../store/exportMentions.ts';

export const CSV_COLUMNS = [
  'id', 'kind', 'speaker', 'role', 'text', 'value', 'unit', 'variants', 'mention_count', 'article_count',
  'outlet_count', 'first_seen', 'last_seen', 'article_urls', 'articles',
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
