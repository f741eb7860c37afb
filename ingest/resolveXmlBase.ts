/** xml:base (XML Base, as Atom and some RSS use it) applied to a feed's links before parsing. */

/** CDATA sections and comments are literal: no tag inside them is real. */
const LITERAL = /(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->)/;
// Attributes up to the next `<` or `>`, so that the scan stays linear on broken markup (a quote never closed).
const TAG = /<(\/?)([A-Za-z_][\w.:-]*)([^<>]*?)(\/?)>/g;
const LINK_ELEMENT = /^(?:[\w-]+:)?link$/i;

/**
 * Rewrites relative link addresses (`href` of any element, the text of `<link>`) to absolute ones, resolved
 * against the nearest `xml:base` in scope, itself resolved against the enclosing one and finally `documentUrl`.
 * Text without xml:base comes back unchanged. Throws nothing.
 */
export function resolveXmlBase(xml: string, documentUrl: string): string {
  if (!xml.includes('xml:base')) return xml;
  const bases: string[] = [documentUrl];
  let inLink = false;
  return xml
    .split(LITERAL)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      let out = '';
      let last = 0;
      for (const match of part.matchAll(TAG)) {
        const at = match.index;
        const [whole, closing = '', name = '', attributes = '', selfClosing = ''] = match;
        const text = part.slice(last, at);
        // A <link> whose address is its text (RSS, Atom 0.3): resolve that text.
        out += inLink && closing === '/' && LINK_ELEMENT.test(name) ? resolveText(text, bases.at(-1)) : text;
        last = at + whole.length;
        if (closing === '/') {
          if (bases.length > 1) bases.pop();
          inLink = false;
          out += whole;
          continue;
        }
        const parent = bases.at(-1) ?? documentUrl;
        const declared = /\sxml:base\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attributes);
        const base = declared ? (resolve(declared[1] ?? declared[2] ?? '', parent) ?? parent) : parent;
        out += `<${name}${resolveHref(attributes, base)}${selfClosing}>`;
        if (selfClosing !== '/') {
          bases.push(base);
          inLink = LINK_ELEMENT.test(name);
        }
      }
      return out + part.slice(last);
    })
    .join('');
}

function resolveHref(attributes: string, base: string): string {
  return attributes.replace(/(\shref\s*=\s*)(["'])([^"']*)\2/g, (whole, lead: string, quote: string, href: string) => {
    const absolute = resolve(decodeAmp(href), base);
    return absolute === null ? whole : `${lead}${quote}${encodeAmp(absolute)}${quote}`;
  });
}

function resolveText(text: string, base: string | undefined): string {
  const trimmed = text.trim();
  if (base === undefined || trimmed === '' || trimmed.includes('<')) return text;
  const absolute = resolve(decodeAmp(trimmed), base);
  return absolute === null ? text : encodeAmp(absolute);
}

function resolve(href: string, base: string): string | null {
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return null;
  }
}

const decodeAmp = (s: string): string => s.replace(/&amp;/g, '&');
const encodeAmp = (s: string): string => s.replace(/&/g, '&amp;');
