/** Why a state-changing request was refused: the status and the stable error code of the answer. */
export interface WriteRefusal {
  status: 403 | 415;
  code: 'cross_origin' | 'unsupported_media_type';
  message: string;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a state-changing request (anything but GET, HEAD, OPTIONS) may run: a page on another origin
 * (another site, or another port of localhost, which browsers count as the same site) can send a form or
 * a `no-cors` fetch without reading the answer, so such requests are refused by what the browser says of
 * their origin (`Sec-Fetch-Site`, `Origin`), and a body must be JSON, which no form can send and which a
 * cross-origin script cannot send without a preflight we never grant. Programs that send neither header
 * (curl, scripts) are let through; the token guards them.
 * @param get reads a request header (lower-case name).
 * @returns null when the request may run.
 */
export function checkWrite(method: string, get: (name: string) => string | undefined): WriteRefusal | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const site = get('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') {
    return { status: 403, code: 'cross_origin', message: `refused a ${method} from another origin (Sec-Fetch-Site: ${site})` };
  }
  const origin = get('origin');
  if (origin !== undefined && !isOwnOrigin(origin, get('host'))) {
    return { status: 403, code: 'cross_origin', message: 'refused a request whose Origin is not this server' };
  }
  const length = get('content-length');
  const hasBody = get('transfer-encoding') !== undefined || (length !== undefined && length.trim() !== '0');
  const media = (get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (hasBody && media !== 'application/json') {
    return { status: 415, code: 'unsupported_media_type', message: 'a request body must be JSON (Content-Type: application/json)' };
  }
  return null;
}

/** Whether an Origin header names the host the request was sent to (over http or https). */
function isOwnOrigin(origin: string, host: string | undefined): boolean {
  if (host === undefined) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === host.trim().toLowerCase();
  } catch {
    return false; // "null" (sandboxed frames, file: pages) and garbage
  }
}
