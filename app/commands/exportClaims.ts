import fs from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import type { Queryable } from '../../store/db.ts';
import { countMatching } from '../../store/exportMentions.ts';
import { checkExportSpec, exportChunks } from '../exportChunks.ts';
import type { ExportSpec } from '../exportChunks.ts';
import { startProgress } from '../startProgress.ts';

export type { ExportFormat } from '../exportChunks.ts';

export interface ExportOptions extends ExportSpec {
  /** A file path, or null for stdout. */
  output: string | null;
}

/** Writes a chunk, waiting for the stream to drain when its buffer is full: memory stays flat. */
async function write(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}

/**
 * Streams every matching claim (or mention) as JSON lines, CSV rows or schema.org JSON-LD to a file or
 * stdout, with a progress bar on a terminal.
 * @returns the number of claims (or mentions) written.
 * @throws InputError for an unknown format or --mentions with claimreview.
 */
export async function exportClaims(db: Queryable, options: ExportOptions): Promise<number> {
  checkExportSpec(options);
  const progress = startProgress('export', options.mentions ? 'mentions' : 'claims');
  let total = 0;
  if (process.stderr.isTTY) {
    const counts = await countMatching(db, options.filters);
    total = options.mentions ? counts.mentions : counts.claims;
  }
  const stream: Writable = options.output ? fs.createWriteStream(options.output) : process.stdout;
  // A reader that went away (`claims export | head`) ends the export quietly, as with any Unix tool.
  let closed: Error | null = null;
  stream.on('error', (error: Error) => {
    closed = error;
    stream.emit('drain');
  });
  let count = 0;
  const onRecord = () => {
    count++;
    if (count % 100 === 0) progress.update(count, Math.max(total, count));
  };
  try {
    for await (const chunk of exportChunks(db, options, onRecord)) {
      if (closed) break;
      await write(stream, chunk);
    }
    if (closed && (closed as NodeJS.ErrnoException).code !== 'EPIPE') throw closed;
    progress.update(count, Math.max(total, count));
  } finally {
    progress.stop();
    if (options.output) {
      stream.end();
      await finished(stream);
    }
  }
  return count;
}
