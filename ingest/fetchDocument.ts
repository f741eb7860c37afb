/** Safe HTTP GET for feeds and pages: guarded hops, a total timeout, a cap on decompressed bytes. */
import { Agent, request, type Dispatcher } from 'undici';
import { ClaimdeskError } from '../errors.ts';
import { decodeBody, decodeWarning } from './decodeBody.ts';
import { describeBinary } from './describeBinary.ts';
import {
  FetchError,
  RateLimitedError,
  RobotsDisallowedError,
  UnsafeUrlError,
  isPermanentStatus,
} from './errors.ts';
import { assertFetchableUrl, lookupGuard } from './guardUrl.ts';
import { HostLimiter, type HostGate, type HostLimits } from './hostLimiter.ts';
import { ROBOTS_MAX_CHARS } from './parseRobots.ts';
import { ROBOTS_TOKEN, RobotsCache, type RobotsFetchOutcome } from './robotsCache.ts';
import { readCapped } from './readCapped.ts';
import { header, maxAgeOf, retryAfterOf } from './responseHeaders.ts';
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
  /** Keep the first maxBytes of a longer body instead of failing with DocumentTooLargeError. */
  truncateAtMaxBytes?: boolean;
  /** Exact `ip:port` hosts let through the private-address guard (see GuardOptions); nothing else is. */
  allowedPrivateHosts?: readonly string[];
  /** Honour robots.txt (cached per origin); off when absent. */
  respectRobots?: boolean;
  /** Per-host politeness (in flight, spacing); no limit when absent. */
  hostLimits?: HostLimits;
  /** The process-wide robots cache is used otherwise (a test seam). */
  robotsCache?: RobotsCache;
  /**
   * Where requests wait for their host's turn: workers pass one kept in Redis, so that the limits hold
   * for the whole fleet; this process's HostLimiter for `hostLimits` otherwise.
   */
  hostGate?: HostGate;
  /**
   * Connections kept open from one fetch to the next (a worker's: fetchAgent, made from the same options); a
   * fetch without one opens an agent of its own and closes it when done.
   */
  agent?: Dispatcher;
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
  /**
   * Told of every request sent (each hop, robots.txt too): the status with the body bytes read
   * (decompressed; 0 when the body was not read), or 'error' when no response came (network error,
   * timeout). A refused URL sends nothing and calls nothing. Its exceptions are ignored.
   */
  onResponse?: (status: number | 'error', bytes: number) => void;
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
 * GETs `url`, following at most 5 redirects by hand so the guard (and robots.txt, when asked)
 * re-checks every hop, waiting for the host's turn when `hostLimits` are given (spaced by the
 * larger of minIntervalMs and the site's robots.txt Crawl-delay); returns the
 * decoded, sniffed document or `not-modified` for a 304 to a conditional GET, both with the
 * `Cache-Control` max-age. Throws UnsafeUrlError for a refused address, RobotsDisallowedError,
 * RateLimitedError (429/503, with `retryAfterSeconds`), DocumentTooLargeError past maxBytes, and
 * FetchError for another non-2xx status (with `status`), too many redirects, a timeout or a network error.
 */
export async function fetchDocument(url: string, options: FetchOptions): Promise<FetchResult> {
  const timeout = new AbortController();
  // The total budget starts with the first request, not while waiting for a turn at a busy host.
  let timer: NodeJS.Timeout | undefined;
  const startClock = (): void => {
    timer ??= setTimeout(() => timeout.abort(), options.timeoutMs);
  };
  const signal = options.signal ? AbortSignal.any([timeout.signal, options.signal]) : timeout.signal;
  // Without a kept agent, one per fetch: connection reuse across hops, nothing left open to keep a process alive.
  const connectTimeout = options.connectTimeoutMs ?? options.timeoutMs;
  const agent = options.agent ?? fetchAgent(options);
  // Without hostLimits a site's Crawl-delay still spaces our requests to it.
  const limits = options.hostLimits ?? (options.respectRobots ? CRAWL_DELAY_ONLY : null);
  const limiter = options.hostGate ?? (limits ? sharedLimiter(limits) : null);
  let current = url;
  try {
    for (let redirects = 0; ; redirects++) {
      const target = await assertFetchableUrl(current, options);
      const crawlDelaySeconds = options.respectRobots ? await assertAllowedByRobots(target, options) : null;
      const release = limiter
        ? await limiter.acquire(target.host, options.signal, (crawlDelaySeconds ?? 0) * 1000)
        : () => undefined;
      startClock();
      let outcome: FetchResult | { status: 'redirect'; location: string; code: number };
      try {
        outcome = await fetchHop(target, options, agent, signal);
      } finally {
        release();
      }
      if (outcome.status !== 'redirect') return outcome;
      if (redirects === MAX_REDIRECTS) {
        throw new FetchError(`${url}: more than ${MAX_REDIRECTS} redirects`, {
          url,
          status: outcome.code,
          permanent: true,
        });
      }
      current = new URL(outcome.location, target).href;
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
    if ((error as { code?: unknown }).code === 'UND_ERR_CONNECT_TIMEOUT') {
      throw new FetchError(`${current}: could not connect within ${connectTimeout} ms`, {
        url: current,
        status: null,
        permanent: false,
        cause: error,
      });
    }
    throw asIngestError(error, current);
  } finally {
    clearTimeout(timer);
    if (agent !== options.agent) agent.destroy().catch(() => undefined);
  }
}

/**
 * The agent fetches connect through: each connection's address checked (lookupGuard: link-local and cloud
 * metadata addresses always refused, private ones unless allowed), within the connect timeout; kept open
 * between requests to an origin (undici's keep-alive), at most as many to one origin as the politeness limits let be in flight to a host, so that a worker's fetches of one
 * outlet reuse their connections instead of a TCP connect and close a page. Its owner closes it.
 */
export function fetchAgent(
  options: Pick<FetchOptions, 'allowPrivateNetworks' | 'connectTimeoutMs' | 'timeoutMs' | 'hostLimits'>,
): Agent {
  const timeout = options.connectTimeoutMs ?? options.timeoutMs;
  const maxInFlight = options.hostLimits?.maxInFlight ?? Number.POSITIVE_INFINITY;
  return new Agent({
    connect: { timeout, lookup: lookupGuard(options.allowPrivateNetworks) },
    ...(Number.isFinite(maxInFlight) ? { connections: maxInFlight } : {}),
  });
}

/** One request: a redirect to follow, a 304, a document, or a thrown FetchError. */
async function fetchHop(
  target: URL,
  options: FetchOptions,
  agent: Dispatcher,
  signal: AbortSignal,
): Promise<FetchResult | { status: 'redirect'; location: string; code: number }> {
  let response: Dispatcher.ResponseData;
  try {
    response = await request(target, { method: 'GET', headers: headersFor(options), dispatcher: agent, signal });
  } catch (error) {
    // A guard refusal at connect time sent nothing; anything else was a request that got no answer.
    if (!(error instanceof UnsafeUrlError || (error as { cause?: unknown }).cause instanceof UnsafeUrlError))
      report(options, 'error', 0);
    throw error;
  }
  const status = response.statusCode;
  let bytesRead = 0;
  try {
    return await readResponse(target, options, response, (n) => (bytesRead = n));
  } finally {
    report(options, status, bytesRead);
  }
}

function report(options: FetchOptions, status: number | 'error', bytes: number): void {
  try {
    options.onResponse?.(status, bytes);
  } catch {
    // Metrics must never fail a fetch.
  }
}

/** What a response means: a redirect, a 304, a document, or a thrown error; `onBody` gets the bytes read. */
async function readResponse(
  target: URL,
  options: FetchOptions,
  response: Dispatcher.ResponseData,
  onBody: (bytes: number) => void,
): Promise<FetchResult | { status: 'redirect'; location: string; code: number }> {
  const status = response.statusCode;
  const location = header(response.headers, 'location');
  const maxAgeSeconds = maxAgeOf(header(response.headers, 'cache-control'));
  if (REDIRECT_STATUSES.has(status) && location !== null) {
    await response.body.dump();
    return { status: 'redirect', location, code: status };
  }
  if (status === 304) {
    await response.body.dump();
    return { status: 'not-modified', url: target.href, maxAgeSeconds };
  }
  if (status === 429 || status === 503) {
    await response.body.dump();
    throw new RateLimitedError(target.href, status, retryAfterOf(header(response.headers, 'retry-after')));
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
    options.truncateAtMaxBytes === true,
  );
  onBody(bytes.length);
  const contentType = header(response.headers, 'content-type');
  const decoded = decodeBody(bytes, contentType);
  // An image, a PDF or random bytes served as a page is no article; read as text it is gibberish that
  // PostgreSQL even refuses to store (NUL). A stray NUL past the sample judged stands as undecodable.
  const binary = describeBinary(bytes, decoded.text);
  if (binary) {
    throw new FetchError(`${target.href}: not text but ${binary}; claimdesk reads feeds and web pages`, {
      url: target.href,
      status,
      permanent: true,
    });
  }
  const body = decoded.text.replaceAll('\u0000', '\ufffd');
  const warning = decodeWarning(decoded);
  return {
    status: 'ok',
    document: {
      url: target.href,
      kind: sniffKind(body, contentType, target.href),
      body,
      ...(warning ? { decodeWarning: warning } : {}),
      contentType,
      etag: header(response.headers, 'etag'),
      lastModified: header(response.headers, 'last-modified'),
      maxAgeSeconds,
    },
  };
}

let defaultRobots: RobotsCache | null = null;
const CRAWL_DELAY_ONLY: HostLimits = { maxInFlight: Number.POSITIVE_INFINITY, minIntervalMs: 0 };
const limiters = new Map<string, HostLimiter>();

/** One limiter per process and per limits, so every fetch with the same config shares the hosts' slots. */
function sharedLimiter(limits: HostLimits): HostLimiter {
  const key = `${limits.maxInFlight}/${limits.minIntervalMs}`;
  let limiter = limiters.get(key);
  if (!limiter) {
    limiter = new HostLimiter(limits);
    limiters.set(key, limiter);
  }
  return limiter;
}

/**
 * Returns the origin's Crawl-delay for us (seconds, or null). Throws RobotsDisallowedError (permanent)
 * or, while robots.txt is unreachable, a transient FetchError.
 */
async function assertAllowedByRobots(target: URL, options: FetchOptions): Promise<number | null> {
  const cache = options.robotsCache ?? (defaultRobots ??= new RobotsCache());
  const verdict = await cache.check(target, (robotsUrl) => fetchRobots(robotsUrl, options));
  if (verdict.kind === 'allowed') return verdict.crawlDelaySeconds;
  if (verdict.kind === 'disallowed') throw new RobotsDisallowedError(target.href, ROBOTS_TOKEN);
  throw new FetchError(
    `${target.href}: ${target.origin}/robots.txt is unreachable (${verdict.reason}); not fetching until it answers`,
    {
      url: target.href,
      status: null,
      permanent: false,
    },
  );
}

async function fetchRobots(robotsUrl: string, options: FetchOptions): Promise<RobotsFetchOutcome> {
  try {
    const result = await fetchDocument(robotsUrl, {
      ...options,
      respectRobots: false,
      etag: null,
      lastModified: null,
      maxBytes: ROBOTS_MAX_CHARS * 4,
      // RFC 9309: a crawler reads at least 500 KiB of a longer file and may ignore the rest.
      truncateAtMaxBytes: true,
      timeoutMs: Math.min(options.timeoutMs, 10_000),
    });
    return result.status === 'ok' ? { kind: 'ok', body: result.document.body } : { kind: 'unavailable' };
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (error instanceof FetchError && error.status !== null && isPermanentStatus(error.status)) {
      return { kind: 'unavailable' };
    }
    return { kind: 'unreachable', reason: error instanceof Error ? error.message : String(error) };
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

/** Keeps our own errors, unwraps a guard error undici wrapped, and turns the rest into transient FetchErrors. */
function asIngestError(error: unknown, url: string): Error {
  if (error instanceof ClaimdeskError) return error;
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof UnsafeUrlError) return cause;
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  return new FetchError(`${url}: ${code ?? message}`, { url, status: null, permanent: false, cause: error });
}
