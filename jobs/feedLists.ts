/** Feed lists the doors read and write: OPML subscription lists, the form feed readers import and export. */
import fs from 'node:fs/promises';
import { formatOpml } from '../ingest/formatOpml.ts';
import { parseOpml } from '../ingest/parseOpml.ts';
import type { OpmlFeed } from '../ingest/parseOpml.ts';
import type { Queryable } from '../store/db.ts';
import * as store from '../store/index.ts';

/** The feeds an OPML file lists, in its order (none when it is not OPML). @throws the file system's error when it cannot be read. */
export async function readFeedList(file: string): Promise<OpmlFeed[]> {
  return parseOpml(await fs.readFile(file, 'utf8'));
}

/** The subscribed feeds as an OPML document. */
export async function exportFeedList(db: Queryable): Promise<string> {
  const feeds = await store.feeds.listSubscribed(db);
  return formatOpml(feeds.map((f) => ({ url: f.url, title: f.title })));
}
