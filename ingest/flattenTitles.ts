/** Feed titles as text: base64 (Atom 0.3 `mode="base64"`) decoded, inline markup reduced to its words. */

const LITERAL = /(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->)/;
const TEXT_ELEMENT = /<((?:[\w-]+:)?(?:title|subtitle|tagline|summary|content|info))(\s[^<>]*?)>([^<]*)<\/\1>/g;
const TITLE_OPEN = /<((?:[\w-]+:)?title)(\s[^<>]*)?>/g;
// Inline HTML that may wrap a title's words; an unknown tag name (`<blink>` in "History of the <blink> tag") is
// text that was escaped on purpose and stays.
const INLINE_TAG = /<\/?(?:a|abbr|b|big|br|cite|code|del|dfn|div|em|font|i|ins|kbd|mark|p|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var)\b[^>]*>/gi;

/**
 * Rewrites the XML before parsing: base64 content is decoded (and escaped, `mode` dropped), and a title whose
 * content is markup (xhtml `<div>`, naked `<b>`) keeps only its text. Throws nothing.
 */
export function flattenTitles(xml: string): string {
  if (!/mode\s*=\s*["']base64|type\s*=\s*["']application\/|<(?:[\w-]+:)?title[^<>]*>[^<]*<[A-Za-z]/.test(xml)) return xml;
  return xml
    .split(LITERAL)
    .map((part, i) => (i % 2 === 1 ? part : flattenMarkupTitles(part.replace(TEXT_ELEMENT, decodeElement))))
    .join('');
}

/**
 * A title's text from what the parser gave: HTML tags of inline elements dropped, their words kept
 * ("Example <a href=x>test</a>" gives "Example test"); null stays null.
 */
export function titleText(title: string | null): string | null {
  if (title === null || !title.includes('<')) return title;
  const stripped = title.replace(INLINE_TAG, ' ');
  if (stripped === title) return title;
  // Markup was HTML, so its escapes are HTML's too: "&lt;blink&gt;" inside a <p> is the text "<blink>".
  const text = decodeBasicEntities(stripped).replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/**
 * Base64 is declared by Atom 0.3's `mode="base64"`, or in Atom 1.0 by a media type that is neither text nor
 * XML (`type="application/octet-stream"`).
 */
function isBase64(attributes: string): boolean {
  if (/\bmode\s*=\s*["']base64["']/i.test(attributes)) return true;
  const type = /\btype\s*=\s*["']([^"']*)["']/i.exec(attributes)?.[1]?.trim().toLowerCase();
  return type !== undefined && type.includes('/') && !type.startsWith('text/') && !/[/+]xml$/.test(type) && !/xhtml/.test(type);
}

function decodeElement(whole: string, name: string, attributes: string, encoded: string): string {
  if (!isBase64(attributes)) return whole;
  const compact = encoded.replace(/\s+/g, '');
  if (compact === '' || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return whole;
  const decoded = Buffer.from(compact, 'base64').toString('utf8');
  const rest = attributes.replace(/\s(?:mode|type)\s*=\s*(["'])[^"']*\1/g, '');
  return `<${name}${rest} type="html">${escapeXml(decoded)}</${name}>`;
}

/** Each title whose content holds elements, flattened; one pass with indexOf, linear even when titles are left open. */
function flattenMarkupTitles(part: string): string {
  let out = '';
  let last = 0;
  const open = new RegExp(TITLE_OPEN.source, 'g');
  for (let match = open.exec(part); match !== null; match = open.exec(part)) {
    const [opening, name = 'title', attributes] = match;
    const start = match.index + opening.length;
    const close = `</${name}>`;
    const end = part.indexOf(close, start);
    if (end === -1) break; // no title closes after this one: nothing more to flatten
    const inner = part.slice(start, end);
    if (!/<[A-Za-z]/.test(inner)) continue;
    out += part.slice(last, match.index) + flattenElement(name, attributes, inner);
    last = end + close.length;
    open.lastIndex = last;
  }
  return out + part.slice(last);
}

function flattenElement(name: string, attributes: string | undefined, inner: string): string {
  // Elements, not escaped text: their words are the title; entities stay escaped for the parser.
  const text = inner
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const rest = (attributes ?? '').replace(/\s(?:mode|type)\s*=\s*(["'])[^"']*\1/g, '');
  return `<${name}${rest}>${text}</${name}>`;
}

function decodeBasicEntities(text: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(lt|gt|quot|apos|amp));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return String.fromCodePoint(Number(dec));
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    return named[(name ?? '').toLowerCase()] ?? whole;
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
