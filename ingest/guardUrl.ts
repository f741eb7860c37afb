/** The SSRF guard: which URLs claimdesk may fetch, checked before each hop and again at connect time. */
// The module object, not named bindings: resolution is looked up at call time, so tests can stub it.
import dns from 'node:dns';
import type { LookupAddress, LookupAllOptions, LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import { FetchError, UnsafeUrlError } from './errors.ts';
import { isPrivateAddress } from './isPrivateAddress.ts';

export interface GuardOptions {
  allowPrivateNetworks: boolean;
  /**
   * Exact `ip:port` hosts (as `URL.host` spells them, e.g. `127.0.0.1:8080`) exempt from the private
   * check, for a local server a test or setup trusts; every other address, port and name on the same
   * machine stays refused. Names are never exempt: only an IP literal connects without a lookup.
   */
  allowedPrivateHosts?: readonly string[];
}

const PRIVATE_HINT = 'set CLAIMS_ALLOW_PRIVATE_NETWORKS=1 to allow it';

/**
 * Parses `url` and checks that it is http(s) and that its host, literal or resolved (every
 * address DNS returns), is public. Returns the parsed URL.
 * Throws UnsafeUrlError for another scheme or a private/loopback/reserved address, and
 * FetchError when the URL is invalid or the name does not resolve.
 */
export async function assertFetchableUrl(url: string, options: GuardOptions): Promise<URL> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new FetchError(`${url}: not a valid URL`, { url, status: null, permanent: true, cause });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UnsafeUrlError(url, `only http and https URLs are fetched, not ${parsed.protocol}`);
  }
  if (options.allowPrivateNetworks) return parsed;

  // WHATWG parsing has already turned 127.1, 2130706433 and 0x7f000001 into 127.0.0.1.
  const host = stripBrackets(parsed.hostname);
  if (isIP(host) !== 0) {
    if (isPrivateAddress(host) && !options.allowedPrivateHosts?.includes(parsed.host)) {
      throw new UnsafeUrlError(url, `${host} is a private, loopback or reserved address; ${PRIVATE_HINT}`);
    }
    return parsed;
  }
  if (isLocalName(host)) {
    throw new UnsafeUrlError(url, `${host} is a loopback name, a private address; ${PRIVATE_HINT}`);
  }

  let addresses: LookupAddress[];
  try {
    addresses = await dns.promises.lookup(host, { all: true, verbatim: true });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new FetchError(`${url}: cannot resolve ${host} (${code ?? 'dns error'})`, {
      url,
      status: null,
      // A name that does not exist stays so; a resolver hiccup (EAI_AGAIN) may pass.
      permanent: code === 'ENOTFOUND',
      cause,
    });
  }
  const bad = addresses.find((a) => isPrivateAddress(a.address));
  if (bad) {
    throw new UnsafeUrlError(
      url,
      `${host} resolves to ${bad.address}, a private, loopback or reserved address; ${PRIVATE_HINT}`,
    );
  }
  return parsed;
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for net/tls connect options that refuses private addresses at connect time, so
 * a name that resolved to a public address for the guard cannot rebind to a private one.
 * Passes UnsafeUrlError to the callback for a private address.
 */
export function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  const all: LookupAllOptions = { ...options, all: true };
  dns.lookup(hostname, all, (err, addresses) => {
    if (err) {
      callback(err, []);
      return;
    }
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    if (bad || addresses.length === 0) {
      const reason = bad
        ? `${hostname} resolved to ${bad.address} at connect time, a private, loopback or reserved address; ${PRIVATE_HINT}`
        : `${hostname} resolved to no address`;
      callback(new UnsafeUrlError(hostname, reason) as unknown as NodeJS.ErrnoException, []);
      return;
    }
    if (options.all) {
      callback(null, addresses);
      return;
    }
    const first = addresses[0] as LookupAddress;
    callback(null, first.address, first.family);
  });
}

function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/** Names that resolve to loopback without DNS on most systems (RFC 6761). */
function isLocalName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost') || name === 'localhost.localdomain';
}
