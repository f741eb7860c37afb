// A local HTTP server of feeds, pages and sitemaps for the feed integration tests; routes are set per test.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface FeedsServer {
  base: string;
  routes: Map<string, Route>;
  /** Requests seen, as `METHOD path status`. */
  log: Array<{ path: string; status: number; ifNoneMatch: string | null }>;
  close(): Promise<void>;
}

export async function startFeedsServer(): Promise<FeedsServer> {
  const routes = new Map<string, Route>();
  const log: FeedsServer['log'] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    res.on('finish', () =>
      log.push({ path, status: res.statusCode, ifNoneMatch: (req.headers['if-none-match'] as string | undefined) ?? null }),
    );
    const route = routes.get(path.split('?')[0] ?? path);
    if (route) return route(req, res);
    res.statusCode = 404;
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    routes,
    log,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Serves a body with a content type, an ETag, and 304 to a matching If-None-Match. */
export const serve = (body: string, type: string, etag = `"${body.length}"`): Route => (req, res) => {
  if (req.headers['if-none-match'] === etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.setHeader('content-type', type);
  res.setHeader('etag', etag);
  res.end(body);
};

export interface TestEntry {
  title: string;
  link: string;
  guid: string;
  date: Date;
  content?: string;
}

export function rss(title: string, entries: readonly TestEntry[], head = ''): string {
  const items = entries
    .map(
      (e) => `<item><title>${e.title}</title><link>${e.link.replace(/&/g, '&amp;')}</link><guid isPermaLink="false">${e.guid}</guid>` +
        `<pubDate>${e.date.toUTCString()}</pubDate>` +
        (e.content ? `<content:encoded><![CDATA[${e.content}]]></content:encoded>` : '') +
        '</item>',
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>${title}</title><link>http://example.org/</link>${head}
${items}
</channel></rss>`;
}

/** An article page long enough to be an article. */
export function page(title: string, sentence: string, canonical?: string): string {
  const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>${sentence} Paragraph ${i} adds detail on the talks and what comes next for the region.</p>`);
  return `<!doctype html><html><head><title>${title}</title>${canonical ? `<link rel="canonical" href="${canonical}">` : ''}</head>
<body><article><h1>${title}</h1>${paragraphs.join('\n')}</article></body></html>`;
}
