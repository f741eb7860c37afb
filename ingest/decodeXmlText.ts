/** Decoding of XML character references in attribute values we read with a regex. */
import { HTML_ENTITIES } from './htmlEntities.ts';

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The first character reference in `text` that XML forbids (`&#x0;`, a control character other than tab and line
 * ends, a surrogate, or past U+10FFFF), as printed, or null. `decodeXmlText` leaves such a reference as it is.
 */
export function forbiddenCharRef(text: string): string | null {
  for (const match of text.matchAll(/&#(?:([0-9]+)|[xX]([0-9a-fA-F]+));/g)) {
    const code = match[1] !== undefined ? parseInt(match[1], 10) : parseInt(match[2] ?? '', 16);
    if (!isXmlChar(code)) return match[0];
  }
  return null;
}

/** XML 1.0's Char production. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Replaces `&amp;`, `&#233;`, `&#xE9;` and HTML named references by their characters. Throws nothing. */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named = XML_ENTITIES[ref] ?? HTML_ENTITIES.get(ref);
    return named === undefined ? whole : typeof named === 'string' ? named : String.fromCodePoint(named);
  });
}
