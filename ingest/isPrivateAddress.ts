/** Classifies IP literals as public or not, for the SSRF guard. Pure: no DNS. */
import { isIPv4, isIPv6 } from 'node:net';

/** IPv4 blocks that are not publicly routable, as [base address, prefix length]. */
const PRIVATE_V4: ReadonlyArray<readonly [string, number]> = [
  ['0.0.0.0', 8], // "this network", includes the unspecified address
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, where cloud metadata services live
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, includes broadcast
];

/**
 * True when `ip` is not a public unicast address: loopback, private, link-local, CGNAT,
 * multicast, unspecified, documentation or reserved, in IPv4 or IPv6 (including mapped,
 * NAT64 and 6to4 forms of such IPv4 addresses). Accepts legacy IPv4 spellings (127.1,
 * 2130706433, 0x7f000001, 0177.0.0.1) and bracketed or zoned IPv6. Anything that is not an
 * IP literal counts as private, so a caller that passes a hostname fails closed. Throws nothing.
 */
export function isPrivateAddress(ip: string): boolean {
  const text = bareAddress(ip);
  const v4 = parseIPv4(text);
  if (v4 !== null) return isPrivateV4(v4);
  if (isIPv6(text)) return isPrivateV6(parseIPv6(text));
  return true;
}

/**
 * Addresses that stay refused even when private networks are allowed: link-local (169.254.0.0/16, fe80::/10),
 * where AWS, GCP, Azure and OpenStack answer at 169.254.169.254 with credentials, and the other clouds' metadata
 * addresses (AWS's IPv6 fd00:ec2::254, Alibaba's 100.100.100.200, Oracle's 192.0.0.192).
 */
const METADATA_V4: ReadonlyArray<readonly [string, number]> = [
  ['169.254.0.0', 16],
  ['100.100.100.200', 32],
  ['192.0.0.192', 32],
];

/**
 * True when `ip` is link-local or a cloud metadata address, in IPv4 or IPv6 (including the mapped,
 * NAT64 and 6to4 forms), spelt as isPrivateAddress accepts. False for a name. Throws nothing.
 */
export function isLinkLocalOrMetadata(ip: string): boolean {
  const text = bareAddress(ip);
  const v4 = parseIPv4(text);
  if (v4 !== null) return inBlocks(v4, METADATA_V4);
  if (!isIPv6(text)) return false;
  const groups = parseIPv6(text);
  const embedded = embeddedV4Of(groups);
  if (embedded !== null) return inBlocks(embedded, METADATA_V4);
  const [a = 0] = groups;
  return (a & 0xffc0) === 0xfe80 || groups.join(':') === AWS_METADATA_V6;
}

const AWS_METADATA_V6 = [0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x254].join(':');

function bareAddress(ip: string): string {
  let text = ip.trim();
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  const zone = text.indexOf('%');
  return zone === -1 ? text : text.slice(0, zone);
}

function inBlocks(address: number, blocks: ReadonlyArray<readonly [string, number]>): boolean {
  return blocks.some(([base, bits]) => {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    return (address & mask) >>> 0 === ((parseIPv4(base) ?? 0) & mask) >>> 0;
  });
}

function isPrivateV4(address: number): boolean {
  return inBlocks(address, PRIVATE_V4);
}

/** The IPv4 address an IPv6 one reaches: mapped, compatible, NAT64 (64:ff9b::/96) or 6to4 (2002::/16); else null. */
function embeddedV4Of(h: number[]): number | null {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, last = 0] = h;
  const firstFiveZero = a === 0 && b === 0 && c === 0 && d === 0 && e === 0;
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (deprecated compatible); ::, ::1 and ::x land in 0.0.0.0/8.
  if (firstFiveZero && (f === 0xffff || f === 0)) return ((g << 16) | last) >>> 0;
  if (a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0) return ((g << 16) | last) >>> 0;
  if (a === 0x2002) return ((b << 16) | c) >>> 0;
  return null;
}

function isPrivateV6(h: number[]): boolean {
  const [a = 0, b = 0] = h;
  const embedded = embeddedV4Of(h);
  if (embedded !== null) return isPrivateV4(embedded);
  // Only 2000::/3 is global unicast; everything else (fc00::/7, fe80::/10, ff00::/8, ...) is not.
  if ((a & 0xe000) !== 0x2000) return true;
  if (a === 0x2001 && b < 0x200) return true; // 2001::/23 IETF protocol assignments, incl. Teredo
  if (a === 0x2001 && b === 0xdb8) return true; // documentation
  return false;
}

/** Parses dotted, shortened, decimal, octal and hex IPv4 forms the way inet_aton does; null if not IPv4. */
function parseIPv4(text: string): number | null {
  if (isIPv4(text)) {
    return text.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
  }
  if (!/^[0-9a-fx.]+$/i.test(text) || text.endsWith('.')) return null;
  const parts = text.split('.');
  if (parts.length > 4) return null;
  const numbers: number[] = [];
  for (const part of parts) {
    const value = parseLegacyNumber(part);
    if (value === null) return null;
    numbers.push(value);
  }
  const lastValue = numbers.pop() ?? 0;
  if (numbers.some((n) => n > 255)) return null;
  const lastBits = 8 * (4 - numbers.length);
  if (lastValue >= 2 ** lastBits) return null;
  const head = numbers.reduce((acc, n) => acc * 256 + n, 0);
  return head * 2 ** lastBits + lastValue;
}

function parseLegacyNumber(part: string): number | null {
  if (/^0x[0-9a-f]*$/i.test(part)) return part.length === 2 ? 0 : parseInt(part.slice(2), 16);
  if (/^0[0-7]+$/.test(part)) return parseInt(part.slice(1), 8);
  if (/^(0|[1-9][0-9]*)$/.test(part)) return Number(part);
  return null;
}

/** Expands a valid IPv6 literal (possibly with a dotted IPv4 tail) to eight 16-bit groups. */
function parseIPv6(text: string): number[] {
  let body = text.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(body);
  if (dotted?.[1]) {
    const v4 = parseIPv4(dotted[1]) ?? 0;
    body = body.slice(0, -dotted[1].length) + `${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head = '', tail] = body.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const fill = tail === undefined ? 0 : 8 - headGroups.length - tailGroups.length;
  return [...headGroups, ...Array<string>(fill).fill('0'), ...tailGroups].map((g) => parseInt(g, 16));
}
