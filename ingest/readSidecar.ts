/** The optional metadata file beside a local article: `NAME.json` beside `NAME.txt` (or `.html`, `.htm`). */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { LocalInputError } from './errors.ts';

/** What a sidecar may say about its article; every field optional. */
export interface Sidecar {
  outlet?: string;
  /** ISO 8601 (normalised from any date the sidecar gave). */
  published?: string;
  title?: string;
  /** The article's address on the web: the file and that URL are then one article. */
  url?: string;
}

/** The extensions of an article a sidecar can describe. */
const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm'];
const FIELDS = new Set(['outlet', 'published', 'title', 'url']);

/** The sidecar path of an article file, or null when the file is not of a kind that has one. */
export function sidecarPath(articlePath: string): string | null {
  const extension = extname(articlePath);
  return ARTICLE_EXTENSIONS.includes(extension.toLowerCase()) ? `${articlePath.slice(0, -extension.length)}.json` : null;
}

/** The article files a `.json` would be the sidecar of (whether they exist is for the caller to see). */
export function sidecarArticles(jsonPath: string): string[] {
  if (extname(jsonPath).toLowerCase() !== '.json') return [];
  const stem = jsonPath.slice(0, -'.json'.length);
  return ARTICLE_EXTENSIONS.map((extension) => `${stem}${extension}`);
}

/**
 * Reads the sidecar of `articlePath`, or null when there is none.
 * @throws LocalInputError naming the sidecar when it is not a JSON object of strings `outlet`, `published`
 * (a date), `title` and `url` (absolute http(s)), or names another field.
 */
export async function readSidecar(articlePath: string): Promise<Sidecar | null> {
  const path = sidecarPath(articlePath);
  if (path === null) return null;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new LocalInputError(path, 'unreadable', `cannot read the sidecar (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`, { cause });
  }
  const bad = (why: string) => new LocalInputError(path, 'unknown-kind', `sidecar of ${articlePath}: ${why}`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw bad('not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('not a JSON object');
  const sidecar: Sidecar = {};
  for (const [key, field] of Object.entries(value)) {
    if (!FIELDS.has(key)) throw bad(`unknown field "${key}" (known: outlet, published, title, url)`);
    if (field === null) continue;
    if (typeof field !== 'string' || field.trim() === '') throw bad(`"${key}" must be a non-empty string`);
    const given = field.trim();
    if (key === 'published') {
      const time = Date.parse(given);
      if (!/^\d{4}-\d{2}-\d{2}/.test(given) || Number.isNaN(time)) throw bad(`"published" must be a date such as 2026-02-12 or 2026-02-12T10:30:00Z, not ${JSON.stringify(given)}`);
      sidecar.published = new Date(time).toISOString();
    } else if (key === 'url') {
      if (!/^https?:\/\/[^/\s]+/i.test(given)) throw bad(`"url" must be an absolute http(s) URL, not ${JSON.stringify(given)}`);
      sidecar.url = given;
    } else {
      sidecar[key as 'outlet' | 'title'] = given;
    }
  }
  return sidecar;
}
