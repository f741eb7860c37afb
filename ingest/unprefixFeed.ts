/** Feeds written with a namespace prefix on every element (<atom:feed>, <rss:item>), read as unprefixed. */

/**
 * When the root element carries a prefix other than rdf's (`<atom:feed xmlns:atom=...>`), drops that prefix from
 * every element and makes its namespace the default one, so that rss-parser, which matches element names
 * verbatim, recognises the feed. Other text is returned as it is. Throws nothing.
 */
export function unprefixFeed(xml: string, root: string): string {
  const colon = root.indexOf(':');
  if (colon === -1) return xml;
  const prefix = root.slice(0, colon);
  if (prefix.toLowerCase() === 'rdf') return xml;
  const escaped = prefix.replace(/[.-]/g, '\\$&');
  return xml
    .replace(new RegExp(`<(/?)${escaped}:`, 'g'), '<$1')
    .replace(new RegExp(`\\sxmlns:${escaped}=`, 'g'), ' xmlns=');
}
