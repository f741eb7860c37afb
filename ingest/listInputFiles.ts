/** Expands a folder given to `claims ingest` into the files it can read. */
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { SUPPORTED_EXTENSIONS } from './readLocalInput.ts';

/**
 * Lists, recursively and sorted, the files under `dir` with a supported extension (.txt,
 * .html, .htm, .xml, .rss, .atom, .json, .opml), skipping dot-folders, dot-files and
 * node_modules. Throws the fs error (ENOENT, ENOTDIR) when `dir` cannot be read.
 */
export async function listInputFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  await walk(dir, found);
  return found.sort();
}

async function walk(dir: string, found: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      await walk(path, found);
    } else if (entry.isFile() && SUPPORTED_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
      found.push(path);
    }
  }
}
