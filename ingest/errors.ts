/** The errors of the ingest stage; jobs/ reads `permanent` to decide whether a retry can help. */
import { ClaimdeskError, InputError } from '../errors.ts';

/** True for statuses that no retry will fix: 4xx except 408 (timeout) and 429 (rate limited). */
export function isPermanentStatus(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}

export interface FetchErrorOptions {
  url: string;
  status: number | null;
  /** Defaults from the status: permanent for 4xx except 408/429, transient otherwise. */
  permanent?: boolean;
  cause?: unknown;
}

/** A fetch failed: an HTTP status, a network error, a timeout, too many redirects. */
export class FetchError extends ClaimdeskError {
  override readonly code: string = 'fetch_error';
  readonly url: string;
  /** The HTTP status, or null when no response arrived (DNS, reset, timeout). */
  readonly status: number | null;
  /** True when retrying cannot help (404, 410, too many redirects, oversized body). */
  readonly permanent: boolean;

  constructor(message: string, options: FetchErrorOptions) {
    super(message, { cause: options.cause });
    this.url = options.url;
    this.status = options.status;
    this.permanent = options.permanent ?? (options.status !== null && isPermanentStatus(options.status));
  }
}

/** 429 or 503: the server asks us to slow down; transient, with the delay it asked for. */
export class RateLimitedError extends FetchError {
  override readonly code: string = 'rate_limited';
  /** Seconds from `Retry-After` (delta or HTTP date), or null when the server gave none. */
  readonly retryAfterSeconds: number | null;

  constructor(url: string, status: number, retryAfterSeconds: number | null) {
    const wait = retryAfterSeconds === null ? '' : ` (retry after ${retryAfterSeconds} s)`;
    super(`${url}: HTTP ${status}${wait}`, { url, status, permanent: false });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The site's robots.txt does not let claimdesk fetch this URL; permanent until the site changes it. */
export class RobotsDisallowedError extends FetchError {
  override readonly code: string = 'robots_disallowed';

  constructor(url: string, token: string) {
    super(`${url}: disallowed for ${token} by ${new URL(url).origin}/robots.txt`, {
      url,
      status: null,
      permanent: true,
    });
  }
}

/**
 * The size limit as a reader takes it in (`15 MiB`, or bytes below one), naming the setting that raises it: a
 * page past it is refused whole, and only the operator can move the limit.
 */
export function sizeLimitText(maxBytes: number): string {
  const mib = maxBytes / (1024 * 1024);
  const size = mib >= 1 ? `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB` : `${maxBytes} bytes`;
  return `the limit of ${size} (CLAIMS_FETCH_MAX_BYTES)`;
}

/** The body grew past maxBytes (after decompression); always permanent. */
export class DocumentTooLargeError extends FetchError {
  override readonly code: string = 'document_too_large';
  readonly maxBytes: number;

  constructor(url: string, maxBytes: number) {
    super(`${url}: the document is larger than ${sizeLimitText(maxBytes)}`, { url, status: null, permanent: true });
    this.maxBytes = maxBytes;
  }
}

/** A URL points at a private, loopback or otherwise non-public address, or is not http(s). */
export class UnsafeUrlError extends ClaimdeskError {
  override readonly code: string = 'unsafe_url';
  readonly url: string;
  /** Always true: the same URL will be refused again. */
  readonly permanent = true;

  constructor(url: string, reason: string) {
    super(`refusing to fetch ${url}: ${reason}`);
    this.url = url;
  }
}

/** A body could not be read as RSS, Atom, RDF or JSON Feed. */
export class FeedParseError extends ClaimdeskError {
  override readonly code: string = 'feed_parse_error';
  readonly url: string;
  readonly permanent = true;

  constructor(url: string, detail: string, options?: { cause?: unknown }) {
    super(`${url}: not a readable feed (${detail})`, options);
    this.url = url;
  }
}

export type LocalInputProblem = 'missing' | 'directory' | 'too-large' | 'unknown-kind' | 'not-text' | 'unreadable' | 'empty';

/** A local input file cannot be used; an InputError so the doors print it as a user error. */
export class LocalInputError extends InputError {
  readonly path: string;
  readonly problem: LocalInputProblem;

  /** The message is `path: reason`. */
  constructor(path: string, problem: LocalInputProblem, reason: string, options?: { cause?: unknown }) {
    super(`${path}: ${reason}`, options);
    this.path = path;
    this.problem = problem;
  }
}
