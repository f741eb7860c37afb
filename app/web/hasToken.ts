import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Whether an Authorization header carries the token: `Bearer TOKEN` (API clients), or Basic with the
 * token as the password (what a browser's login prompt sends). Compared in constant time.
 */
export function hasToken(header: string | undefined, token: string): boolean {
  if (!header) return false;
  const [scheme = '', value = ''] = header.trim().split(/\s+/, 2);
  let given: string | null = null;
  if (scheme.toLowerCase() === 'bearer') given = value;
  if (scheme.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    given = decoded.slice(decoded.indexOf(':') + 1);
  }
  return given !== null && timingSafeEqual(digest(given), digest(token));
}
