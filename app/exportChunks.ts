import { InputError } from '../errors.ts';
import type { ClaimFilters } from '../store/claimFilters.ts';
import type { Queryable } from '../store/db.ts';
import { streamClaims } from '../store/exportClaims.ts';
import { streamMentions } from '../store/exportMentions.ts';
import { JSONLD_CLOSE, JSONLD_OPEN, toSchemaClaim } from './claimReview.ts';
import { claimToCsvRow, csvHeader, mentionCsvHeader, mentionToCsvRow } from './csv.ts';
import { collectGarbage } from './collectGarbage.ts';
import { EXPORT_FORMATS } from './exportFormats.ts';
import type { ExportFormat } from './exportFormats.ts';

/** Characters written between two full collections (see collectGarbage): widely carried claims weigh more. */
const COLLECT_EVERY = 8 * 2 ** 20;

export { EXPORT_FORMATS } from './exportFormats.ts';
export type { ExportFormat } from './exportFormats.ts';

export interface ExportSpec {
  format: ExportFormat;
  /** One row (or line) per mention instead of per claim (csv and jsonl). */
  mentions: boolean;
  /** Start the CSV with a byte-order mark, so that Excel reads it as UTF-8. */
  bom: boolean;
  filters: ClaimFilters;
}

/** The media type and file extension of a format, for HTTP downloads. */
export const EXPORT_MEDIA: Record<ExportFormat, { type: string; extension: string }> = {
  jsonl: { type: 'application/x-ndjson; charset=utf-8', extension: 'jsonl' },
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
  claimreview: { type: 'application/ld+json; charset=utf-8', extension: 'jsonld' },
};

/**
 * Checks an export request before anything is written.
 * @throws InputError for an unknown format or --mentions with claimreview.
 */
export function checkExportSpec(spec: Pick<ExportSpec, 'format' | 'mentions'>): void {
  if (!(EXPORT_FORMATS as readonly string[]).includes(spec.format)) {
    throw new InputError(`unknown export format "${String(spec.format)}": use ${EXPORT_FORMATS.join(', ')}`);
  }
  if (spec.mentions && spec.format === 'claimreview') {
    throw new InputError('one row per mention works with csv and jsonl, not claimreview (which lists appearances)');
  }
}

/**
 * The export as text chunks, read from the database page by page: the caller writes each one before
 * asking for the next, so memory stays constant. `onRecord` is called after each claim or mention.
 * @throws InputError (see checkExportSpec)
 */
export async function* exportChunks(db: Queryable, spec: ExportSpec, onRecord: () => void = () => undefined): AsyncGenerator<string> {
  checkExportSpec(spec);
  let sinceCollection = 0;
  for await (const chunk of formatChunks(db, spec, onRecord)) {
    yield chunk;
    sinceCollection += chunk.length;
    if (sinceCollection >= COLLECT_EVERY) {
      collectGarbage();
      sinceCollection = 0;
    }
  }
}

async function* formatChunks(db: Queryable, spec: ExportSpec, onRecord: () => void): AsyncGenerator<string> {
  const bom = spec.bom && spec.format === 'csv' ? '\uFEFF' : '';
  if (spec.mentions) {
    if (spec.format === 'csv') yield `${bom}${mentionCsvHeader()}`;
    for await (const mention of streamMentions(db, spec.filters)) {
      yield spec.format === 'csv' ? mentionToCsvRow(mention) : `${JSON.stringify(mention)}\n`;
      onRecord();
    }
    return;
  }
  if (spec.format === 'csv') yield `${bom}${csvHeader()}`;
  if (spec.format === 'claimreview') yield JSONLD_OPEN;
  let first = true;
  for await (const claim of streamClaims(db, spec.filters)) {
    if (spec.format === 'csv') yield claimToCsvRow(claim);
    else if (spec.format === 'jsonl') yield `${JSON.stringify(claim)}\n`;
    else yield `${first ? '' : ',\n'}${JSON.stringify(toSchemaClaim(claim))}`;
    first = false;
    onRecord();
  }
  if (spec.format === 'claimreview') yield JSONLD_CLOSE;
}
