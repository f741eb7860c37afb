/** What claimdesk reads from response headers: freshness, back-off, and single values. */
import type { Dispatcher } from 'undici';

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

/** The first value of a response header, or null. */
export function header(headers: Dispatcher.ResponseData['headers'], name: string): string | null {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? null : first;
}
