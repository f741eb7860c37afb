/** The feed list of an OPML subscription export. */
import { decodeXmlText, forbiddenCharRef } from './decodeXmlText.ts';

export interface OpmlFeed {
  url: string;
  title: string | null;
  /** Why the listed URL is no address to fetch (it holds a character reference XML forbids, such as `&#x0;`). */
  problem?: string;
}

/**
 * Lists the `xmlUrl` of every `<outline>` (nested ones too), in document order without
 * duplicates, titled by `title` or else `text`. Outlines without xmlUrl (folders) are skipped.
 * A URL holding a character reference XML forbids is listed with its `problem`. Throws nothing: a document with
 * no feeds gives an empty list.
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
    // Left as printed, "&#x0;" would be read as a fragment ("#x0;") and the address fetched cut short.
    const forbidden = forbiddenCharRef(url);
    feeds.push(forbidden ? { url, title, problem: `the listed URL holds ${forbidden}, a character XML forbids: not an address to fetch` } : { url, title });
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
