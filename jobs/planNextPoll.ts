/** When to poll a feed next: adapted to how often it publishes, honouring what the server asks; pure. */
import { RateLimitedError } from '../ingest/errors.ts';

export interface PollBounds {
  minSeconds: number;
  maxSeconds: number;
}

export const DEFAULT_POLL_BOUNDS: PollBounds = Object.freeze({ minSeconds: 300, maxSeconds: 86_400 });

/** A feed failing for this long is marked failing (it keeps being polled, at the back-off pace). */
export const FAILING_AFTER_SECONDS = 24 * 3600;

export interface SuccessSignals {
  /** Publication times (ms) of the feed's entries; the recent gaps set the pace. */
  entryTimes: readonly number[];
  /** The interval the user asked for (`--every`), or the stored one. */
  everySeconds: number;
  /** RSS `<ttl>` in minutes, when given. */
  ttlMinutes?: number | null;
  /** `Cache-Control: max-age` in seconds, when given. */
  maxAgeSeconds?: number | null;
}

const clamp = (n: number, { minSeconds, maxSeconds }: PollBounds) => Math.min(maxSeconds, Math.max(minSeconds, n));

/** The median gap, in seconds, between the most recent entries (at most 20), or null with fewer than 3. */
export function medianGapSeconds(entryTimes: readonly number[]): number | null {
  const times = [...entryTimes].filter(Number.isFinite).sort((a, b) => b - a).slice(0, 20);
  if (times.length < 3) return null;
  const gaps = times.slice(1).map((t, i) => ((times[i] ?? t) - t) / 1000).sort((a, b) => a - b);
  const mid = gaps.length >> 1;
  return gaps.length % 2 === 1 ? (gaps[mid] ?? 0) : ((gaps[mid - 1] ?? 0) + (gaps[mid] ?? 0)) / 2;
}

/**
 * The interval after a successful fetch (or a 304): half the median gap between recent entries
 * (so a new entry waits on average a quarter of a gap), never sooner than the feed's `ttl` or
 * `max-age` allow, within the bounds. Without enough entries, the configured interval.
 */
export function intervalAfterSuccess(signals: SuccessSignals, bounds: PollBounds = DEFAULT_POLL_BOUNDS): number {
  const gap = medianGapSeconds(signals.entryTimes);
  let seconds = gap === null ? signals.everySeconds : gap / 2;
  if (signals.ttlMinutes && signals.ttlMinutes > 0) seconds = Math.max(seconds, signals.ttlMinutes * 60);
  if (signals.maxAgeSeconds && signals.maxAgeSeconds > 0) seconds = Math.max(seconds, signals.maxAgeSeconds);
  return Math.round(clamp(seconds, bounds));
}

/**
 * The delay after the n-th failure in a row (n >= 1): the interval doubled per failure, with "full
 * jitter" between half and all of it so that feeds failing together do not retry together, capped at
 * the upper bound; a server's Retry-After (429/503) is honoured when it asks for longer.
 * @param random a number in [0, 1) (Math.random in production, fixed in tests).
 */
export function backoffSeconds(
  consecutiveErrors: number,
  options: { everySeconds: number; retryAfterSeconds?: number | null; random?: number },
  bounds: PollBounds = DEFAULT_POLL_BOUNDS,
): number {
  const base = Math.max(bounds.minSeconds, options.everySeconds);
  const exp = Math.min(bounds.maxSeconds, base * 2 ** Math.min(30, Math.max(0, consecutiveErrors - 1)));
  const jittered = exp / 2 + (exp / 2) * (options.random ?? Math.random());
  const retryAfter = options.retryAfterSeconds ?? 0;
  return Math.round(Math.min(bounds.maxSeconds, Math.max(jittered, retryAfter, bounds.minSeconds)));
}

/** Parses `15m`, `2h`, `90s`, `1d`, `1h30m` or a number of seconds. */
export function parseEvery(value: string): number | null {
  const bare = /^\s*(\d+(?:\.\d+)?)\s*$/.exec(value);
  if (bare) return Math.round(Number(bare[1]));
  // One unit or several, largest first as formatEvery writes them ("1h30m").
  if (!/^\s*(?:\d+(?:\.\d+)?\s*[smhd]\s*)+$/i.test(value)) return null;
  let seconds = 0;
  for (const [, n, unit] of value.matchAll(/(\d+(?:\.\d+)?)\s*([smhd])/gi)) {
    seconds += Number(n) * { s: 1, m: 60, h: 3600, d: 86_400 }[unit!.toLowerCase() as 's' | 'm' | 'h' | 'd'];
  }
  return Math.round(seconds);
}

/** An interval in the units `parseEvery` reads, as a person says it: 900 -> "15m", 2025 -> "34m", 5400 -> "1h30m". */
export function formatEvery(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  if (minutes % 1440 === 0) return `${minutes / 1440}d`;
  const hours = Math.floor(minutes / 60);
  if (hours >= 24) return `${Math.floor(hours / 24)}d${hours % 24 > 0 ? `${hours % 24}h` : ''}`;
  return `${hours}h${minutes % 60 > 0 ? `${minutes % 60}m` : ''}`;
}

/**
 * The wait a server asked for (Retry-After on 429/503), in seconds: ingest/ reads the header once, into the
 * RateLimitedError it throws; any other failure asks for nothing.
 */
export function serverRetryAfter(error: unknown): number | null {
  return error instanceof RateLimitedError ? error.retryAfterSeconds : null;
}
