/** Safe HTTP GET for feeds and pages: guarded hops, a total timeout, a cap on decompressed bytes. */
import { pipeline, type Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createUnzip } from 'node:zlib';
import { Agent, request, type Dispatcher } from 'undici';
import { ClaimdeskError } from '../errors.ts';
import { decodeBody } from './decodeBody.ts';
import { DocumentTooLargeError, FetchError, RateLimitedError, UnsafeUrlError } from './errors.ts';
import { assertFetchableUrl, guardedLookup } from './guardUrl.ts';
import { sniffKind } from './sniffKind.ts';
import type { RawDocument } from './types.ts';

export interface FetchOptions {
  /** Budget for the whole fetch: every hop, headers and body. */
  timeoutMs: number;
  /** Cap on the decompressed body. */
  maxBytes: number;
  /** Budget for opening one TCP/TLS connection (defaults to timeoutMs). */
  connectTimeoutMs?: number;
  userAgent: string;
  allowPrivateNetworks: boolean;
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
}

export type FetchResult =
  | { status: 'ok'; document: RawDocument }
  | { status: 'not-modified'; url: string; maxAgeSeconds: number | null };

export const MAX_REDIRECTS = 5;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, ' +
  'text/xml;q=0.9, text/html;q=0.8, */*;q=0.5';

/**
 * GETs `url`, following at most 5 redirects by hand so the guard re-checks every hop, and
 * returns the decoded, sniffed document or `not-modified` for a 304 to a conditional GET.
 * Throws UnsafeUrlError for a refused address, DocumentTooLargeError past maxBytes, and
 * FetchError for a non-2xx status (with `status`), too many redirects, a timeout or a network error.
 */
export async function fetchDocument(url: string, options: FetchOptions): Promise<FetchResult> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout.signal, options.signal]) : timeout.signal;
  // One agent per fetch: connection reuse across hops, nothing left open to keep a process alive.
  const connectTimeout = options.connectTimeoutMs ?? options.timeoutMs;
  const agent = new Agent({
    connect: options.allowPrivateNetworks
      ? { timeout: connectTimeout }
      : { timeout: connectTimeout, lookup: guardedLookup },
  });
  let current = url;
  try {
    for (let redirects = 0; ; redirects++) {
      const target = await assertFetchableUrl(current, options);
      const response = await request(target, {
        method: 'GET',
        headers: headersFor(options),
        dispatcher: agent,
        signal,
      });
      const status = response.statusCode;
      const location = header(response.headers, 'location');
      if (REDIRECT_STATUSES.has(status) && location !== null) {
        await response.body.dump();
        if (redirects === MAX_REDIRECTS) {
          throw new FetchError(`${url}: more than ${MAX_REDIRECTS} redirects`, {
            url,
            status,
            permanent: true,
          });
        }
        current = new URL(location, target).href;
        continue;
      }
      if (status === 304) {
        await response.body.dump();
        return {
          status: 'not-modified',
          url: target.href,
          maxAgeSeconds: maxAgeOf(header(response.headers, 'cache-control')),
        };
      }
      if (status === 429 || status === 503) {
        await response.body.dump();
        throw new RateLimitedError(
          target.href,
          status,
          retryAfterOf(header(response.headers, 'retry-after')),
        );
      }
      if (status < 200 || status >= 300) {
        await response.body.dump();
        throw new FetchError(`${target.href}: HTTP ${status}`, { url: target.href, status });
      }
      const bytes = await readCapped(
        response.body,
        header(response.headers, 'content-encoding'),
        options.maxBytes,
        target.href,
      );
      const contentType = header(response.headers, 'content-type');
      const body = decodeBody(bytes, contentType);
      return {
        status: 'ok',
        document: {
          url: target.href,
          kind: sniffKind(body, contentType, target.href),
          body,
          contentType,
          etag: header(response.headers, 'etag'),
          lastModified: header(response.headers, 'last-modified'),
          maxAgeSeconds: maxAgeOf(header(response.headers, 'cache-control')),
        },
      };
    }
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (timeout.signal.aborted) {
      throw new FetchError(`${current}: timed out after ${options.timeoutMs} ms`, {
        url: current,
        status: null,
        permanent: false,
        cause: error,
      });
    }
    throw asIngestError(error, current);
  } finally {
    clearTimeout(timer);
    agent.destroy().catch(() => undefined);
  }
}

function headersFor(options: FetchOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': options.userAgent,
    accept: ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  return headers;
}

/** `Cache-Control: max-age=N` in seconds; null when absent or malformed. */
export function maxAgeOf(cacheControl: string | null): number | null {
  const match = /(?:^|[,\s])max-age\s*=\s*"?(\d+)/i.exec(cacheControl ?? '');
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** `Retry-After` as seconds from now (delta-seconds or an HTTP date); null when absent or unreadable. */
export function retryAfterOf(value: string | null, now = Date.now()): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

function header(headers: Dispatcher.ResponseData['headers'], name: string): string | null {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? null : first;
}

/** Reads the body through the decompressor, counting decompressed bytes so a gzip bomb stops at the cap. */
async function readCapped(
  body: Readable,
  encoding: string | null,
  maxBytes: number,
  url: string,
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
      total += buffer.length;
      if (total > maxBytes) throw new DocumentTooLargeError(url, maxBytes);
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

/** Keeps our own errors, unwraps a guard error undici wrapped, and turns the rest into transient FetchErrors. */
function asIngestError(error: unknown, url: string): Error {
  if (error instanceof ClaimdeskError) return error;
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof UnsafeUrlError) return cause;
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  return new FetchError(`${url}: ${code ?? message}`, { url, status: null, permanent: false, cause: error });
}
