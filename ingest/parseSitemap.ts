/** Reads sitemaps (urlset or sitemap index, news sitemaps included) into the URLs they list. */

export interface ParsedSitemap {
  /** `index` lists further sitemaps; `urlset` lists pages. */
  kind: 'index' | 'urlset';
  entries: SitemapEntry[];
}

export interface SitemapEntry {
  url: string;
  /** `<lastmod>` or a news sitemap's `<news:publication_date>`, as written. */
  date: string | null;
  /** A news sitemap's `<news:title>`. */
  title: string | null;
}

/** True when an XML body's root is a sitemap `urlset` or `sitemapindex`. */
export function isSitemap(body: string): boolean {
  return /^\s*(?:\uFEFF)?(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:\w+:)?(?:urlset|sitemapindex)\b/.test(body);
}

/** The entries of a sitemap, resolved against its URL; entries without a usable http(s) `<loc>` are skipped. */
export function parseSitemap(body: string, sitemapUrl: string): ParsedSitemap {
  const kind = /<(?:\w+:)?sitemapindex\b/.test(body) ? 'index' : 'urlset';
  const element = kind === 'index' ? 'sitemap' : 'url';
  const entries: SitemapEntry[] = [];
  const re = new RegExp(`<(?:\\w+:)?${element}\\b[^>]*>([\\s\\S]*?)</(?:\\w+:)?${element}>`, 'g');
  for (const match of body.matchAll(re)) {
    const inner = match[1] ?? '';
    const loc = text(inner, 'loc');
    if (!loc) continue;
    let url: string;
    try {
      url = new URL(loc, sitemapUrl).href;
    } catch {
      continue;
    }
    if (!/^https?:/i.test(url)) continue;
    entries.push({ url, date: text(inner, 'publication_date') ?? text(inner, 'lastmod'), title: text(inner, 'title') });
  }
  return { kind, entries };
}

function text(xml: string, name: string): string | null {
  const m = new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>([\\s\\S]*?)</(?:\\w+:)?${name}>`).exec(xml);
  if (!m) return null;
  const value = (m[1] ?? '')
    .replace(/^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/, '$1')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
    .trim();
  return value === '' ? null : value;
}
