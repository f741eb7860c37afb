/** RFC 5005 links of a feed: the pages that hold its older entries. */

/** Relations followed to older entries: archived feeds (`prev-archive`) and paged feeds (`next`). */
const ARCHIVE_RELS = new Set(['prev-archive', 'next']);

/**
 * The `prev-archive` and `next` links of a feed document (Atom `<link>` or `<atom:link>` inside RSS),
 * resolved against its URL, http(s) only, without repeats and never the feed itself. Item-level links
 * are not archive links, so only the part before the first entry is read.
 */
export function archiveLinks(body: string, feedUrl: string): string[] {
  const firstEntry = body.search(/<(?:\w+:)?(?:entry|item)\b/i);
  const head = firstEntry === -1 ? body.slice(0, 256 * 1024) : body.slice(0, firstEntry);
  const links: string[] = [];
  for (const match of head.matchAll(/<(?:\w+:)?link\b[^>]*>/gi)) {
    const tag = match[0];
    const rel = /\srel\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1]?.trim().toLowerCase();
    const href = /\shref\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1]?.replace(/&amp;/g, '&').trim();
    if (!rel || !href || !ARCHIVE_RELS.has(rel)) continue;
    let url: string;
    try {
      url = new URL(href, feedUrl).href;
    } catch {
      continue;
    }
    if (/^https?:/i.test(url) && url !== feedUrl && !links.includes(url)) links.push(url);
  }
  return links;
}
