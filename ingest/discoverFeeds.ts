/** Finds the feeds a web page announces, so that adding a site's home page subscribes to its feed. */

const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/rdf+xml']);

/** Paths tried, in order, when a page announces no feed. */
export const COMMON_FEED_PATHS = Object.freeze(['/feed', '/rss', '/rss.xml', '/atom.xml', '/feed.xml', '/index.xml']);

export interface DiscoveredFeed {
  url: string;
  title: string | null;
  type: string;
}

/** The `<link rel="alternate">` feed links of an HTML page, resolved against its URL (and `<base>`), without repeats. */
export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  const head = html.slice(0, 512 * 1024);
  const baseHref = /<base\b[^>]*>/i.exec(head)?.[0];
  const base = (baseHref && attribute(baseHref, 'href')) || pageUrl;
  const found: DiscoveredFeed[] = [];
  const seen = new Set<string>();
  for (const match of head.matchAll(/<link\b[^>]*>/gi)) {
    const tag = match[0];
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const type = (attribute(tag, 'type') ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
    const href = attribute(tag, 'href');
    if (!rel.includes('alternate') || !FEED_TYPES.has(type) || !href) continue;
    let url: string;
    try {
      url = new URL(href, new URL(base, pageUrl)).href;
    } catch {
      continue;
    }
    if (!/^https?:/i.test(url) || seen.has(url)) continue;
    seen.add(url);
    found.push({ url, title: attribute(tag, 'title'), type });
  }
  return found;
}

/** The value of one attribute of a start tag, entity-light (only &amp; matters in URLs). */
function attribute(tag: string, name: string): string | null {
  const re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i');
  const m = re.exec(tag);
  if (!m) return null;
  const value = (m[1] ?? m[2] ?? m[3] ?? '').replace(/&amp;/g, '&').trim();
  return value === '' ? null : value;
}
