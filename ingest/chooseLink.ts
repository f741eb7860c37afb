/** Which of an entry's links is the article's address, as common feed readers choose it. */
import { attributeOf, textOf } from './feedValues.ts';

const HTML_TYPES = new Set(['', 'text/html', 'application/xhtml+xml']);

/**
 * The address of the first `alternate` link (a link without `rel` is one), an HTML one before others
 * (`application/pdf`); never an enclosure (an mp3), `self`, `related` or `via` link. `nodes` are the xml2js nodes of
 * an entry's `<link>` elements; the address is `href`, or the text for Atom 0.3 and RSS. Null when no link fits.
 */
export function chooseLink(nodes: unknown): string | null {
  const links = (Array.isArray(nodes) ? nodes : nodes === undefined ? [] : [nodes]).map((node: unknown) => ({
    rel: (attributeOf(node, 'rel') ?? 'alternate').trim().toLowerCase(),
    type: (attributeOf(node, 'type') ?? '').trim().toLowerCase(),
    href: attributeOf(node, 'href') ?? textOf(node),
  }));
  const alternates = links.filter((l) => l.rel === 'alternate' && l.href !== null && l.href.trim() !== '');
  return (alternates.find((l) => HTML_TYPES.has(l.type)) ?? alternates[0])?.href ?? null;
}
