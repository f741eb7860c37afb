/** A response body read through its decompressor, with the decompressed size capped. */
import { pipeline, type Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createUnzip } from 'node:zlib';
import { DocumentTooLargeError, FetchError } from './errors.ts';

/**
 * Reads the body through the decompressor, counting decompressed bytes so a gzip bomb stops at the cap.
 * Throws DocumentTooLargeError past maxBytes (or, with `truncate`, returns the first maxBytes and stops
 * reading), FetchError (permanent) for an unknown encoding or corrupt data.
 */
export async function readCapped(
  body: Readable,
  encoding: string | null,
  maxBytes: number,
  url: string,
  truncate = false,
): Promise<Buffer> {
  const name = (encoding ?? 'identity').trim().toLowerCase();
  let decompressor: Transform | null = null;
  if (name === 'gzip' || name === 'x-gzip' || name === 'deflate') {
    // Unzip accepts both gzip and zlib-wrapped deflate, which is what "deflate" means in HTTP.
    decompressor = createUnzip();
  } else if (name === 'br') {
    decompressor = createBrotliDecompress();
  } else if (name !== 'identity' && name !== '') {
    body.destroy();
    throw new FetchError(`${url}: unsupported content-encoding ${name}`, {
      url,
      status: null,
      permanent: true,
    });
  }
  const stream: Readable = decompressor ? pipeline(body, decompressor, () => undefined) : body;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      if (total + buffer.length > maxBytes) {
        if (!truncate) throw new DocumentTooLargeError(url, maxBytes);
        chunks.push(buffer.subarray(0, maxBytes - total));
        total = maxBytes;
        stream.destroy();
        body.destroy();
        break;
      }
      total += buffer.length;
      chunks.push(buffer);
    }
  } catch (error) {
    stream.destroy();
    body.destroy();
    if (isZlibError(error)) {
      throw new FetchError(`${url}: corrupt ${name} body`, {
        url,
        status: null,
        permanent: true,
        cause: error,
      });
    }
    throw error;
  }
  return Buffer.concat(chunks, total);
}

/** zlib reports bad data with Z_* codes, brotli with ERR__* codes; both carry a numeric errno. */
function isZlibError(error: unknown): boolean {
  const { code, errno } = error as NodeJS.ErrnoException;
  return typeof errno === 'number' && typeof code === 'string' && /^(Z_|ERR__)/.test(code);
}
