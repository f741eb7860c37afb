/** Bytes to text, honouring the charset the way browsers and feed readers find it. */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** How far into the body a prolog or <meta> declaration is looked for. */
const SNIFF_BYTES = 4096;

/**
 * Decodes `bytes` using, in order: a BOM, the charset of `contentType`, an XML prolog
 * `encoding=`, an HTML `<meta charset>` or http-equiv in the first 4 KB; unknown or absent
 * charsets fall back to UTF-8. A header claiming UTF-8 for bytes that are not UTF-8 loses to
 * the document's own declaration (servers often default the header). The BOM is stripped. Throws nothing.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = charsetFromBom(buffer);
  const declared = () => usable(charsetFromWideProlog(buffer)) ?? usable(charsetFromDeclarations(buffer));
  let charset = bom ?? usable(charsetFromContentType(contentType)) ?? declared() ?? 'utf-8';
  if (bom === null && isUtf8Label(charset) && !isUtf8(buffer)) {
    const own = declared();
    if (own !== null && !isUtf8Label(own)) charset = own;
  }
  const text = iconv.decode(buffer, charset, { stripBOM: true });
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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
