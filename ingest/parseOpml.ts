/** The feed list of an OPML subscription export. */
import { decodeXmlText } from './decodeXmlText.ts';

export interface OpmlFeed {
  url: string;
  title: string | null;
}

/**
 * Lists the `xmlUrl` of every `<outline>` (nested ones too), in document order without
 * duplicates, titled by `title` or else `text`. Outlines without xmlUrl (folders) are skipped.
 * Throws nothing: a document with no feeds gives an empty list.
 */
export function parseOpml(xml: string): OpmlFeed[] {
  // Commented-out subscriptions are not subscriptions.
  const live = xml.replace(/<!--[\s\S]*?-->/g, '');
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  for (const match of live.matchAll(/<outline\b([^>]*)>/gi)) {
    const attributes = readAttributes(match[1] ?? '');
    const url = attributes.get('xmlurl')?.trim();
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const title = attributes.get('title')?.trim() || attributes.get('text')?.trim() || null;
    feeds.push({ url, title });
  }
  return feeds;
}

/** Attribute names lower-cased, since exporters write xmlUrl, xmlurl and XMLURL. */
function readAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = (match[1] ?? '').toLowerCase();
    attributes.set(name, decodeXmlText(match[2] ?? match[3] ?? ''));
  }
  return attributes;
}
