/** Expands a folder given to `claims ingest` into the files it can read. */
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { SUPPORTED_EXTENSIONS } from './readLocalInput.ts';
import { sidecarArticles } from './readSidecar.ts';

/**
 * Lists, recursively and sorted, the files under `dir` with a supported extension (.txt,
 * .html, .htm, .xml, .rss, .atom, .json, .opml), skipping dot-folders, dot-files,
 * node_modules and sidecars (NAME.json beside NAME.txt, NAME.html or NAME.htm). Throws the fs error (ENOENT, ENOTDIR) when `dir` cannot be read.
 */
export async function listInputFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  await walk(dir, found);
  return found.sort();
}

async function walk(dir: string, found: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      await walk(path, found);
    } else if (entry.isFile() && SUPPORTED_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
      // A sidecar (NAME.json beside NAME.txt) is read with its article, not as an input of its own.
      if (sidecarArticles(entry.name).some((name) => files.has(name))) continue;
      found.push(path);
    }
  }
}
