import fs from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { InputError } from '../../errors.ts';
import type { ClaimFilters } from '../../store/claimFilters.ts';
import { streamClaims } from '../../store/exportClaims.ts';
import type { Queryable } from '../../store/db.ts';
import { claimToCsvRow, csvHeader } from '../csv.ts';

export type ExportFormat = 'jsonl' | 'csv';

export interface ExportOptions {
  format: ExportFormat;
  /** A file path, or null for stdout. */
  output: string | null;
  /** Start the CSV with a byte-order mark, so that Excel reads it as UTF-8. */
  bom: boolean;
  filters: ClaimFilters;
}

/** Writes a chunk, waiting for the stream to drain when its buffer is full: memory stays flat. */
async function write(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}

/**
 * Streams every matching claim as JSON lines or CSV rows to a file or stdout.
 * @returns the number of claims written.
 * @throws InputError for an unknown format.
 */
export async function exportClaims(db: Queryable, options: ExportOptions): Promise<number> {
  if (options.format !== 'jsonl' && options.format !== 'csv') {
    throw new InputError(`unknown export format "${String(options.format)}": use jsonl or csv`);
  }
  const stream: Writable = options.output ? fs.createWriteStream(options.output) : process.stdout;
  let count = 0;
  try {
    if (options.format === 'csv') await write(stream, `${options.bom ? '\uFEFF' : ''}${csvHeader()}`);
    for await (const claim of streamClaims(db, options.filters)) {
      await write(stream, options.format === 'csv' ? claimToCsvRow(claim) : `${JSON.stringify(claim)}\n`);
      count++;
    }
  } finally {
    if (options.output) {
      stream.end();
      await finished(stream);
    }
  }
  return count;
}
