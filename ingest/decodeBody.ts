/** Bytes to text, honouring the charset the way browsers and feed readers find it. */
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';

/** How far into the body a prolog or <meta> declaration is looked for. */
const SNIFF_BYTES = 4096;
/** How much of an undeclared body the detector reads: enough text for its statistics, bounded time. */
const DETECT_BYTES = 64 * 1024;

/** Where the charset a body was read with came from. */
export type CharsetSource = 'bom' | 'content-type' | 'document' | 'mostly-utf-8' | 'detected' | 'default';

export interface DecodedBody {
  text: string;
  /** The charset it was read with (an iconv-lite name). */
  charset: string;
  source: CharsetSource;
  /** Replacement characters (U+FFFD) made by decoding: bytes that did not decode, so words of it are lost. */
  replaced: number;
  /**
   * U+FFFD the document itself holds as a character (encoded as such in its charset): characters lost before
   * it reached us (a page broken at its source), counted apart so that no one looks for a charset at fault.
   */
  inherited: number;
}

/**
 * Decodes `bytes` using, in order: a BOM, the charset of `contentType`, an XML prolog
 * `encoding=`, an HTML `<meta charset>` or http-equiv in the first 4 KB. A header claiming UTF-8 for
 * bytes that are not UTF-8 loses to the document's own declaration (servers often default the header).
 * When nothing declares a charset, bytes that are valid UTF-8 are UTF-8 (ASCII included), and others
 * are read with the charset a detector (chardet: byte and n-gram statistics) finds likeliest, so an
 * undeclared windows-1251 or KOI8-R page is not silently turned into replacement characters; but bytes
 * that are UTF-8 but for a few broken bytes (most of their non-ASCII sequences valid UTF-8) stay UTF-8,
 * the broken bytes as U+FFFD, rather than turning every accent and curly quote into mojibake. The BOM is
 * stripped. Throws nothing.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): DecodedBody {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { charset, source } = chooseCharset(buffer, contentType);
  let text = iconv.decode(buffer, charset, { stripBOM: true });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let total = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) total++;
  const inherited = total === 0 ? 0 : Math.min(total, countEncoded(buffer, charset));
  return { text, charset, source, replaced: total - inherited, inherited };
}

/** How many times U+FFFD itself is encoded in `buffer` (read as `charset`). */
function countEncoded(buffer: Buffer, charset: string): number {
  let encoded: Buffer;
  try {
    encoded = iconv.encode('\uFFFD', charset, { addBOM: false });
  } catch {
    return 0;
  }
  // A charset without U+FFFD encodes it as a substitute byte (`?`), which is no U+FFFD of the document.
  if (encoded.length === 0 || iconv.decode(encoded, charset) !== '\uFFFD') return 0;
  let count = 0;
  for (let i = buffer.indexOf(encoded); i >= 0; i = buffer.indexOf(encoded, i + encoded.length)) count++;
  return count;
}

const SOURCE_WORDS: Record<CharsetSource, string> = {
  bom: 'its byte order mark',
  'content-type': 'the Content-Type header',
  document: 'its own declaration',
  'mostly-utf-8': 'its bytes, UTF-8 but for these, nothing declared one',
  detected: 'detection, nothing declared one',
  default: 'the default, nothing declared one',
};

/** What a user should be told about a decoded body, or null when every byte decoded and it holds no U+FFFD. */
export function decodeWarning(decoded: Pick<DecodedBody, 'charset' | 'source' | 'replaced'> & { inherited?: number }): string | null {
  const parts: string[] = [];
  const { replaced, inherited = 0 } = decoded;
  if (replaced > 0) {
    parts.push(`${replaced} character${replaced === 1 ? '' : 's'} could not be decoded as ${decoded.charset} ` +
      `(charset from ${SOURCE_WORDS[decoded.source]}) and stand as U+FFFD`);
  }
  if (inherited > 0) {
    parts.push(`${inherited} character${inherited === 1 ? ' was' : 's were'} already U+FFFD in the document as published ` +
      `(lost at its source, not by decoding)`);
  }
  return parts.length > 0 ? parts.join('; ') : null;
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
  if (mostlyUtf8(buffer)) return { charset: 'utf-8', source: 'mostly-utf-8' };
  // A wide charset without a BOM or a `<` to show it would have been found above; on other bytes it is noise.
  const detected = usable(chardet.detect(proseBytes(buffer))?.replace(/^utf-(16|32).*$/i, '') ?? null);
  return detected ? { charset: detected, source: 'detected' } : { charset: 'utf-8', source: 'default' };
}

/**
 * Whether bytes that are not valid UTF-8 are still UTF-8 with a few broken bytes: at least 3 valid multi-byte
 * sequences, and more of them than bytes that start no valid sequence. Text in a single-byte charset (Latin or
 * Cyrillic) makes valid multi-byte sequences only by chance (a letter from 0xC2-0xF4 followed by exactly the
 * right number of bytes from 0x80-0xBF), so it has far more invalid bytes than valid sequences.
 */
function mostlyUtf8(buffer: Buffer): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < buffer.length; ) {
    const length = utf8SequenceAt(buffer, i);
    if (length === 1) i++;
    else if (length > 1) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return valid >= 3 && valid > invalid;
}

/** The length of the valid UTF-8 sequence starting at `i` (1 for ASCII), or 0 when none starts there. */
function utf8SequenceAt(buffer: Buffer, i: number): number {
  const lead = buffer[i]!;
  if (lead < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return 0;
  if (i + length > buffer.length) return 0;
  const second = buffer[i + 1]!;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) {
    const next = buffer[i + k]!;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
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
