/** Local files as documents: articles (.txt, .html), feeds and OPML, named by their file:// URL. */
import { readFile, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeBody, decodeWarning } from './decodeBody.ts';
import { LocalInputError } from './errors.ts';
import { sniffKind } from './sniffKind.ts';
import type { DocumentKind, RawDocument } from './types.ts';

/** Extensions whose kind is fixed by the name alone. */
const FIXED_KINDS: Readonly<Record<string, DocumentKind>> = {
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.opml': 'opml',
};

/** Extensions that hold either a feed or an OPML list, told apart by their content. */
const FEED_LIKE = new Set(['.xml', '.rss', '.atom', '.json']);

/** Every extension listInputFiles picks up. */
export const SUPPORTED_EXTENSIONS: ReadonlySet<string> = new Set([...Object.keys(FIXED_KINDS), ...FEED_LIKE]);

/**
 * Reads a local file as a RawDocument (url `file://` + absolute path, body decoded by its
 * BOM or declarations). Throws LocalInputError when the file is missing, a directory,
 * larger than maxBytes, unreadable, or of a kind claimdesk cannot ingest.
 */
export async function readLocalInput(path: string, options: { maxBytes: number }): Promise<RawDocument> {
  const absolute = resolve(path);
  let info: Stats;
  try {
    info = await stat(absolute);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new LocalInputError(path, 'missing', `${path}: no such file`, { cause });
    }
    throw new LocalInputError(path, 'unreadable', `${path}: cannot read (${errorCode(cause)})`, { cause });
  }
  if (info.isDirectory()) {
    throw new LocalInputError(path, 'directory', `${path}: is a directory; pass the files in it instead`);
  }
  if (!info.isFile()) throw new LocalInputError(path, 'unreadable', `${path}: not a regular file`);
  if (info.size > options.maxBytes) {
    throw new LocalInputError(
      path,
      'too-large',
      `${path}: ${info.size} bytes, more than the limit of ${options.maxBytes}`,
    );
  }

  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (cause) {
    throw new LocalInputError(path, 'unreadable', `${path}: cannot read (${errorCode(cause)})`, { cause });
  }
  // The file may have grown between stat and read.
  if (bytes.length > options.maxBytes) {
    throw new LocalInputError(path, 'too-large', `${path}: more than the limit of ${options.maxBytes} bytes`);
  }

  const url = pathToFileURL(absolute).href;
  const decoded = decodeBody(bytes, null);
  const body = decoded.text;
  const warning = decodeWarning(decoded);
  return {
    url, kind: kindOf(path, body, url), body, ...(warning ? { decodeWarning: warning } : {}), contentType: null, etag: null, lastModified: null,
  };
}

function kindOf(path: string, body: string, url: string): DocumentKind {
  const extension = extname(path).toLowerCase();
  const fixed = FIXED_KINDS[extension];
  if (fixed) return fixed;
  const sniffed = sniffKind(body, null, url);
  if (FEED_LIKE.has(extension)) {
    if (sniffed === 'feed' || sniffed === 'opml' || sniffed === 'sitemap') return sniffed;
    throw new LocalInputError(
      path,
      'unknown-kind',
      `${path}: neither a feed (RSS, Atom, JSON Feed), an OPML list nor a sitemap`,
    );
  }
  // NUL characters mean a binary file (an image, a PDF), which no stage can read.
  if (body.includes('\u0000')) {
    throw new LocalInputError(
      path,
      'unknown-kind',
      `${path}: a binary file; expected .txt, .html, a feed or OPML`,
    );
  }
  return sniffed;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
