/** Finds the root element of an XML-ish text without parsing it, for sniffing and parser choice. */

/** How much of a body is scanned for its root element. */
const SCAN_CHARS = 8192;

/**
 * Returns the root element's qualified name (e.g. `rss`, `rdf:RDF`, `feed`), skipping the
 * prolog, comments, processing instructions and the doctype; null when the text does not
 * start with markup. Throws nothing.
 */
export function xmlRoot(text: string): string | null {
  const head = text.slice(0, SCAN_CHARS);
  let i = 0;
  for (;;) {
    while (i < head.length && /[\s\uFEFF]/.test(head.charAt(i))) i++;
    if (head.charAt(i) !== '<') return null;
    if (head.startsWith('<?', i)) {
      i = skipPast(head, '?>', i);
    } else if (head.startsWith('<!--', i)) {
      i = skipPast(head, '-->', i);
    } else if (/^<!doctype/i.test(head.slice(i, i + 9))) {
      i = skipDoctype(head, i);
    } else {
      const match = /^<([A-Za-z_][\w.:-]*)/.exec(head.slice(i, i + 200));
      return match?.[1] ?? null;
    }
    if (i < 0) return null;
  }
}

/** The local part of a qualified name, lower-cased: `rdf:RDF` → `rdf`. */
export function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return (colon === -1 ? qualified : qualified.slice(colon + 1)).toLowerCase();
}

function skipPast(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from);
  return at === -1 ? -1 : at + end.length;
}

/** A doctype may carry an internal subset in brackets, which can contain `>`. */
function skipDoctype(text: string, from: number): number {
  const bracket = text.indexOf('[', from);
  const close = text.indexOf('>', from);
  if (bracket !== -1 && bracket < close) {
    const subsetEnd = text.indexOf(']', bracket);
    return subsetEnd === -1 ? -1 : skipPast(text, '>', subsetEnd);
  }
  return close === -1 ? -1 : close + 1;
}
