/** Bytes to text, honouring the charset the way browsers and feed readers find it. */
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';

/** How far into the body a prolog or <meta> declaration is looked for. */
const SNIFF_BYTES = 4096;
/** How much of an undeclared body the detector reads: enough text for its statistics, bounded time. */
const DETECT_BYTES = 64 * 1024;

/** Where the charset a body was read with came from. */
export type CharsetSource = 'bom' | 'content-type' | 'document' | 'detected' | 'default';

export interface DecodedBody {
  text: string;
  /** The charset it was read with (an iconv-lite name). */
  charset: string;
  source: CharsetSource;
  /** Replacement characters (U+FFFD) in the text: bytes that did not decode, so words of it are lost. */
  replaced: number;
}

/**
 * Decodes `bytes` using, in order: a BOM, the charset of `contentType`, an XML prolog
 * `encoding=`, an HTML `<meta charset>` or http-equiv in the first 4 KB. A header claiming UTF-8 for
 * bytes that are not UTF-8 loses to the document's own declaration (servers often default the header).
 * When nothing declares a charset, bytes that are valid UTF-8 are UTF-8 (ASCII included), and others
 * are read with the charset a detector (chardet: byte and n-gram statistics) finds likeliest, so an
 * undeclared windows-1251 or KOI8-R page is not silently turned into replacement characters. The BOM is
 * stripped. Throws nothing.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): DecodedBody {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { charset, source } = chooseCharset(buffer, contentType);
  let text = iconv.decode(buffer, charset, { stripBOM: true });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  return { text, charset, source, replaced };
}

const SOURCE_WORDS: Record<CharsetSource, string> = {
  bom: 'its byte order mark',
  'content-type': 'the Content-Type header',
  document: 'its own declaration',
  detected: 'detection, nothing declared one',
  default: 'the default, nothing declared one',
};

/** What a user should be told about a decoded body, or null when every byte decoded. */
export function decodeWarning(decoded: DecodedBody): string | null {
  if (decoded.replaced === 0) return null;
  return `${decoded.replaced} character${decoded.replaced === 1 ? '' : 's'} could not be decoded as ${decoded.charset} ` +
    `(charset from ${SOURCE_WORDS[decoded.source]}) and stand as U+FFFD`;
}

function chooseCharset(buffer: Buffer, contentType: string | null): { charset: string; source: CharsetSource } {
  const bom = charsetFromBom(buffer);
  if (bom) return { charset: bom, source: 'bom' };
  const own = usable(charsetFromWideProlog(buffer)) ?? usable(charsetFromDeclarations(buffer));
  const header = usable(charsetFromContentType(contentType));
  if (header) {
    if (isUtf8Label(header) && own !== null && !isUtf8Label(own) && !isUtf8(buffer)) return { charset: own, source: 'document' };
    return { charset: header, source: 'content-type' };
  }
  if (own) return { charset: own, source: 'document' };
  if (isUtf8(buffer)) return { charset: 'utf-8', source: 'default' };
  // A wide charset without a BOM or a `<` to show it would have been found above; on other bytes it is noise.
  const detected = usable(chardet.detect(proseBytes(buffer))?.replace(/^utf-(16|32).*$/i, '') ?? null);
  return detected ? { charset: detected, source: 'detected' } : { charset: 'utf-8', source: 'default' };
}

/**
 * The bytes of a document's text without its markup, for the detector: tags, entities and CDATA
 * brackets are ASCII in every charset it may be in, and on a short page they outweigh the words (a KOI8-R
 * feed entry read whole looks like Latin-1, its words alone like KOI8-R).
 */
function proseBytes(buffer: Buffer): Buffer {
  const head = buffer.subarray(0, DETECT_BYTES * 4).toString('latin1');
  const prose = head.replace(/<!\[CDATA\[|\]\]>/g, ' ').replace(/<[^<>]*>/g, ' ').replace(/&#?\w+;/g, ' ').replace(/\s+/g, ' ');
  return Buffer.from(prose.slice(0, DETECT_BYTES), 'latin1');
}

function isUtf8Label(charset: string): boolean {
  return /^utf-?8$/i.test(charset);
}

function charsetFromBom(buffer: Buffer): string | null {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return 'utf-8';
  // FF FE 00 00 is UTF-32LE, so it must be tested before the UTF-16LE BOM it starts with.
  if (buffer[0] === 0xff && buffer[1] === 0xfe && buffer[2] === 0x00 && buffer[3] === 0x00) return 'utf-32le';
  if (buffer[0] === 0x00 && buffer[1] === 0x00 && buffer[2] === 0xfe && buffer[3] === 0xff) return 'utf-32be';
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return 'utf-16le';
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return 'utf-16be';
  return null;
}

/** Extracts the charset parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string | null): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? match[3] ?? null) : null;
}

/** A BOM-less UTF-16 or UTF-32 document still starts with `<` and NULs around it. */
function charsetFromWideProlog(buffer: Buffer): string | null {
  if (buffer[0] === 0x3c && buffer[1] === 0x00 && buffer[2] === 0x00 && buffer[3] === 0x00) return 'utf-32le';
  if (buffer[0] === 0x00 && buffer[1] === 0x00 && buffer[2] === 0x00 && buffer[3] === 0x3c) return 'utf-32be';
  if (buffer[0] === 0x3c && buffer[1] === 0x00 && buffer[2] !== 0x00) return 'utf-16le';
  if (buffer[0] === 0x00 && buffer[1] === 0x3c && buffer[3] !== 0x00) return 'utf-16be';
  return null;
}

function charsetFromDeclarations(buffer: Buffer): string | null {
  // latin1 maps bytes one to one, so ASCII declarations read the same in any ASCII-compatible charset.
  const head = buffer.subarray(0, SNIFF_BYTES).toString('latin1');
  const prolog = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (prolog?.[1]) return prolog[1];
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([^\s"'/>;]+)/i.exec(head);
  if (meta?.[1]) return meta[1];
  return null;
}

/** Maps a declared label to one iconv-lite knows, or null so the next source is tried. */
function usable(label: string | null): string | null {
  if (!label) return null;
  const name = label.trim().toLowerCase();
  // Browsers read these labels as windows-1252, and real pages rely on it (curly quotes in "latin-1").
  if (['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'us-ascii', 'ascii', 'l1'].includes(name)) {
    return 'windows-1252';
  }
  // A declared utf-16 in a prolog we could read as ASCII is a lie the bytes already disproved.
  if (['utf-16', 'utf16', 'utf-32', 'utf32'].includes(name)) return null;
  return iconv.encodingExists(name) ? name : null;
}
