/** The SSRF guard: which URLs claimdesk may fetch, checked before each hop and again at connect time. */
// The module object, not named bindings: resolution is looked up at call time, so tests can stub it.
import dns from 'node:dns';
import type { LookupAddress, LookupAllOptions, LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import { FetchError, UnsafeUrlError } from './errors.ts';
import { isLinkLocalOrMetadata, isPrivateAddress } from './isPrivateAddress.ts';

export interface GuardOptions {
  /** Lets private and loopback addresses through; link-local and cloud metadata addresses stay refused. */
  allowPrivateNetworks: boolean;
  /**
   * Exact `ip:port` hosts (as `URL.host` spells them, e.g. `127.0.0.1:8080`) exempt from the private
   * check, for a local server a test or setup trusts; every other address, port and name on the same
   * machine stays refused. Names are never exempt: only an IP literal connects without a lookup.
   */
  allowedPrivateHosts?: readonly string[];
}

const PRIVATE_HINT = 'set CLAIMS_ALLOW_PRIVATE_NETWORKS=1 to allow it';
const METADATA_REFUSAL =
  'a link-local or cloud metadata address, refused even where private networks are allowed';

/**
 * Cloud metadata services' names (GCP's, AWS's): refused by name, since on the cloud they resolve to
 * link-local and off it a refusal is the clearer answer.
 */
const METADATA_NAMES = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'instance-data',
  'instance-data.ec2.internal',
]);

/** Why `address` (an IP literal) may not be fetched under `allowPrivateNetworks`, or null when it may. */
function refusalOf(address: string, allowPrivateNetworks: boolean): string | null {
  if (isLinkLocalOrMetadata(address)) return METADATA_REFUSAL;
  if (!allowPrivateNetworks && isPrivateAddress(address)) {
    return `a private, loopback or reserved address; ${PRIVATE_HINT}`;
  }
  return null;
}

/**
 * Parses `url` and checks that it is http(s) and that its host, literal or resolved (every
 * address DNS returns), is public; with private networks allowed, only link-local and cloud
 * metadata addresses and names are refused here (a name's answers are checked at connect time,
 * by lookupGuard). Returns the parsed URL.
 * Throws UnsafeUrlError for another scheme or a refused address or name, and
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

  // WHATWG parsing has already turned 127.1, 2130706433 and 0x7f000001 into 127.0.0.1.
  const host = stripBrackets(parsed.hostname);
  if (isIP(host) !== 0) {
    const exempt =
      options.allowPrivateNetworks || options.allowedPrivateHosts?.includes(parsed.host) === true;
    const reason = refusalOf(host, exempt);
    if (reason !== null) throw new UnsafeUrlError(url, `${host} is ${reason}`);
    return parsed;
  }
  if (METADATA_NAMES.has(host.toLowerCase().replace(/\.$/, ''))) {
    throw new UnsafeUrlError(url, `${host} is the name of ${METADATA_REFUSAL}`);
  }
  if (options.allowPrivateNetworks) return parsed;
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
  for (const { address } of addresses) {
    const reason = refusalOf(address, false);
    if (reason !== null) throw new UnsafeUrlError(url, `${host} resolves to ${address}, ${reason}`);
  }
  return parsed;
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for net/tls connect options that refuses, at connect time, the addresses the guard refuses
 * (any private one unless `allowPrivateNetworks`; link-local and cloud metadata ones always), so that a
 * name that passed the guard cannot rebind to one. Passes UnsafeUrlError to the callback for such an address.
 */
export function lookupGuard(
  allowPrivateNetworks: boolean,
): (hostname: string, options: LookupOptions, callback: LookupCallback) => void {
  return (hostname, options, callback) => {
    const all: LookupAllOptions = { ...options, all: true };
    dns.lookup(hostname, all, (err, addresses) => {
      if (err) {
        callback(err, []);
        return;
      }
      const refused = addresses.find((a) => refusalOf(a.address, allowPrivateNetworks) !== null);
      const reason = refused
        ? `${hostname} resolved to ${refused.address} at connect time, ${refusalOf(refused.address, allowPrivateNetworks)}`
        : addresses.length === 0
          ? `${hostname} resolved to no address`
          : null;
      if (reason !== null) {
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
  };
}

/** lookupGuard for a fetch that allows no private address. */
export const guardedLookup = lookupGuard(false);

function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/** Names that resolve to loopback without DNS on most systems (RFC 6761). */
function isLocalName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost') || name === 'localhost.localdomain';
}
