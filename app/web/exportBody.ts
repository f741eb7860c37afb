import type { Queryable } from '../../store/db.ts';
import { exportChunks } from '../exportChunks.ts';
import type { ExportSpec } from '../exportChunks.ts';

const CHUNK = 64 * 1024;

/**
 * The export as a byte stream pulled by the HTTP response: the next rows are read from the database only
 * when the client has taken the previous ones, so memory stays constant whatever the size.
 */
export function exportBody(db: Queryable, spec: ExportSpec): ReadableStream<Uint8Array> {
  const chunks = exportChunks(db, spec);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let buffer = '';
        while (buffer.length < CHUNK) {
          const next = await chunks.next();
          if (next.done) {
            if (buffer !== '') controller.enqueue(encoder.encode(buffer));
            controller.close();
            return;
          }
          buffer += next.value;
        }
        controller.enqueue(encoder.encode(buffer));
      },
      async cancel() {
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
