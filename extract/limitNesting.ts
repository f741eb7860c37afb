/** Bounds how deeply a page nests before it is parsed: DOM queries slow down with the square of the depth. */

const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
]);
// Tags that carry the text and metadata extraction reads; every other tag may go when a page nests absurdly.
const KEPT = new Set([
  'html', 'head', 'body', 'title', 'meta', 'link', 'script', 'style', 'article', 'main', 'p', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'br', 'time',
]);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/g;

/** The deepest nesting of elements in an HTML string, by a linear scan of its tags. */
export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const match of html.matchAll(TAG)) {
    const name = (match[2] ?? '').toLowerCase();
    if (VOID.has(name) || match[3] === '/') continue;
    if (match[1] === '/') depth = Math.max(0, depth - 1);
    else max = Math.max(max, ++depth);
  }
  return max;
}

/**
 * Returns the page unchanged unless it nests deeper than maxDepth; then every tag but the text-bearing
 * blocks and metadata is dropped, so that a hostile or broken page is parsed in linear time.
 */
export function limitNesting(html: string, maxDepth = 512): string {
  if (nestingDepth(html) <= maxDepth) return html;
  return html.replace(TAG, (tag, _close: string, name: string) => (KEPT.has(name.toLowerCase()) ? tag : ' '));
}
