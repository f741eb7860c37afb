/** One spelling per article URL, so the same page reached from two feeds is stored once. */
import { InputError } from '../errors.ts';

/** Query parameters that only track the click, never select content. */
const TRACKING_PARAMS = new Set(['fbclid', 'gclid', 'mc_cid', 'mc_eid', 'igshid']);

/**
 * Lower-cases the host, drops the default port, the fragment and tracking parameters
 * (utm_*, fbclid, gclid, mc_cid, mc_eid, igshid) and sorts the remaining query parameters;
 * the path keeps its case.
 * @throws InputError when `url` is not an absolute URL.
 */
export function canonicalizeUrl(url: string): string {
  // WHATWG URL already lower-cases the host and drops the scheme's default port.
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(`not an absolute URL: ${JSON.stringify(url.length > 200 ? `${url.slice(0, 200)}...` : url)}`);
  }
  parsed.hash = '';
  if (parsed.search !== '') {
    const kept = [...parsed.searchParams].filter(([name]) => !isTrackingParam(name));
    // A stable sort keeps repeated names (a=2&a=1) in their original, meaningful order.
    kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    parsed.search = kept.length === 0 ? '' : new URLSearchParams(kept).toString();
  }
  return parsed.href;
}

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}
