import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Corpus } from './generateCorpus.ts';

export interface CorpusServer {
  baseUrl: string;
  /** Requests answered so far, by path. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/** Listens on a free loopback port; the corpus is attached later (its URLs need the port). */
export async function listenForCorpus(): Promise<CorpusServer & { serve(corpus: Corpus): void }> {
  const pages = new Map<string, { type: string; body: string }>();
  const hits = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const page = pages.get(path);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // A little latency, as real sites have, so that jobs overlap and a kill finds work in flight.
    setTimeout(() => res.writeHead(200, { 'content-type': page.type }).end(page.body), 5 + (hits.size % 20));
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    hits,
    serve(corpus) {
      for (const a of corpus.articles) pages.set(a.path, { type: 'text/html; charset=utf-8', body: a.html });
      for (const f of corpus.feeds) pages.set(f.path, { type: 'application/rss+xml; charset=utf-8', body: f.xml });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
