/** Decoding of XML character references in attribute values we read with a regex. */
import { HTML_ENTITIES } from './htmlEntities.ts';

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

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
