/** Local files as documents: articles (.txt, .html), feeds and OPML, named by their file:// URL. */
import { readFile, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeBody, decodeWarning } from './decodeBody.ts';
import { describeBinary } from './describeBinary.ts';
import { LocalInputError, sizeLimitText } from './errors.ts';
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

/** What a refused file is told it could have been. */
const READABLE = 'claims ingest reads .txt and .html articles, feeds (.xml, .rss, .atom, .json) and .opml lists';

/** Every extension listInputFiles picks up. */
export const SUPPORTED_EXTENSIONS: ReadonlySet<string> = new Set([...Object.keys(FIXED_KINDS), ...FEED_LIKE]);

/**
 * Reads a local file as a RawDocument (url `file://` + absolute path, body decoded by its
 * BOM or declarations). Throws LocalInputError when the file is missing, a directory,
 * larger than maxBytes, unreadable, not text (sniffed from its bytes, whatever its name), or of a
 * kind claimdesk cannot ingest (an extension it does not read, even on text).
 */
export async function readLocalInput(path: string, options: { maxBytes: number }): Promise<RawDocument> {
  const absolute = resolve(path);
  let info: Stats;
  try {
    info = await stat(absolute);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new LocalInputError(path, 'missing', 'no such file', { cause });
    }
    throw new LocalInputError(path, 'unreadable', `cannot read (${errorCode(cause)})`, { cause });
  }
  if (info.isDirectory()) {
    throw new LocalInputError(path, 'directory', 'is a directory; pass the files in it instead');
  }
  if (!info.isFile()) throw new LocalInputError(path, 'unreadable', 'not a regular file');
  if (info.size > options.maxBytes) {
    throw new LocalInputError(
      path,
      'too-large',
      `${info.size} bytes, more than ${sizeLimitText(options.maxBytes)}`,
    );
  }

  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (cause) {
    throw new LocalInputError(path, 'unreadable', `cannot read (${errorCode(cause)})`, { cause });
  }
  // The file may have grown between stat and read.
  if (bytes.length > options.maxBytes) {
    throw new LocalInputError(path, 'too-large', `more than ${sizeLimitText(options.maxBytes)}`);
  }

  const url = pathToFileURL(absolute).href;
  const decoded = decodeBody(bytes, null);
  const binary = describeBinary(bytes, decoded.text);
  if (binary) throw new LocalInputError(path, 'not-text', `not text but ${binary}; ${READABLE}`);
  // A stray NUL past the sample describeBinary judges: PostgreSQL stores no NUL in text.
  const body = decoded.text.replaceAll('\u0000', '\ufffd');
  // An empty file (or one of blanks only) is a mistake to name, not an article with no words: stored, it would count as new.
  if (body.trim() === '') throw new LocalInputError(path, 'empty', 'the file is empty: nothing to ingest');
  const warning = decodeWarning(decoded);
  return {
    url, kind: kindOf(path, body, url), body, ...(warning ? { decodeWarning: warning } : {}), contentType: null, etag: null, lastModified: null,
  };
}

function kindOf(path: string, body: string, url: string): DocumentKind {
  const extension = extname(path).toLowerCase();
  const fixed = FIXED_KINDS[extension];
  if (fixed) return fixed;
  // A named kind we do not read (.docx, .pdf, .md) is refused even when its bytes are text: whatever
  // it holds was not written as a plain article, and reading it as one would store its markup as prose.
  if (extension !== '' && !FEED_LIKE.has(extension)) {
    throw new LocalInputError(path, 'unknown-kind', `a ${extension} file; ${READABLE}`);
  }
  const sniffed = sniffKind(body, null, url);
  if (FEED_LIKE.has(extension)) {
    if (sniffed === 'feed' || sniffed === 'opml' || sniffed === 'sitemap') return sniffed;
    throw new LocalInputError(
      path,
      'unknown-kind',
      'neither a feed (RSS, Atom, JSON Feed), an OPML list nor a sitemap',
    );
  }
  return sniffed;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
