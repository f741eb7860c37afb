/** Decides what a fetched or read body is, trusting the body over the label on it. */
import type { DocumentKind } from './types.ts';
import { localName, xmlRoot } from './xmlRoot.ts';

const FEED_ROOTS = new Set(['rss', 'rdf', 'feed', 'channel']);

/**
 * Classifies a decoded body as `feed` (RSS, RDF, Atom or JSON Feed), `opml`, `sitemap`, `html` or
 * `text`: by its root element or JSON Feed version first, then the Content-Type, then the
 * URL's extension. Throws nothing.
 */
export function sniffKind(body: string, contentType: string | null, url: string): DocumentKind {
  const start = body.replace(/^[\s\uFEFF]+/, '');
  if (start.startsWith('{')) return isJsonFeed(start.slice(0, 4096)) ? 'feed' : 'text';
  const root = xmlRoot(start);
  if (root !== null) {
    const name = localName(root);
    if (FEED_ROOTS.has(name)) return 'feed';
    if (name === 'opml') return 'opml';
    if (name === 'urlset' || name === 'sitemapindex') return 'sitemap';
    if (name === 'html' || name === 'head' || name === 'body') return 'html';
  }
  if (/^<!doctype\s+html/i.test(start)) return 'html';

  const mime = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
  if (/^application\/(rss|atom|rdf)\+xml$/.test(mime) || mime === 'application/feed+json') return 'feed';
  if (mime === 'text/x-opml' || mime === 'application/opml+xml') return 'opml';
  if (mime === 'text/plain') return 'text';

  const extension = extensionOf(url);
  if (extension === 'html' || extension === 'htm') return 'html';
  if (extension === 'opml') return 'opml';
  if (extension === 'rss' || extension === 'atom') return 'feed';
  // Fragments of markup without a root (a bare <p>...) are still pages for the extractor.
  if (root !== null && /<(p|div|article|body|title)\b/i.test(start.slice(0, 4096))) return 'html';
  return 'text';
}

/**
 * A JSON Feed declares its version as the spec's URL; feeds in the wild also write a bare number
 * (`"version": "1.0"`), which counts when the document has the `items` a feed has.
 */
function isJsonFeed(head: string): boolean {
  if (/"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head)) return true;
  return /"version"\s*:\s*"1(?:\.\d)?"/.test(head) && /"items"\s*:\s*\[/.test(head);
}

function extensionOf(url: string): string {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // Not a URL: treat the text as a path.
  }
  const dot = path.lastIndexOf('.');
  return dot === -1 || dot < path.lastIndexOf('/') ? '' : path.slice(dot + 1).toLowerCase();
}
