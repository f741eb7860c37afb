/** Repairs the two mistakes that most often make a real feed fail a strict XML parser. */
import { HTML_ENTITIES } from './htmlEntities.ts';

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** CDATA sections and comments are literal: nothing inside them may be rewritten. */
const LITERAL_SECTIONS = /(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->)/;

/**
 * Escapes a bare `&` (one not starting a valid reference) as `&amp;` and turns HTML named
 * entities such as `&eacute;` into numeric references; unknown names are escaped so their
 * text survives. CDATA sections and comments are left as they are. Throws nothing.
 */
export function cleanXml(xml: string): string {
  return xml
    .split(LITERAL_SECTIONS)
    .map((part, i) => (i % 2 === 1 ? part : cleanText(part)))
    .join('');
}

function cleanText(text: string): string {
  return text
    .replace(/&(?!#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)/g, '&amp;')
    .replace(/&([A-Za-z][A-Za-z0-9]*);/g, (whole, name: string) => {
      if (XML_ENTITIES.has(name)) return whole;
      const code = HTML_ENTITIES.get(name);
      return code === undefined ? `&amp;${name};` : `&#${code};`;
    });
}
