/**
 * MinHash signatures over word shingles, and LSH band keys: documents whose shingle sets overlap much
 * share a band key, so near duplicates are found through an index instead of comparing every pair.
 */
import { hashKey } from './hashKey.ts';

export interface MinHashOptions {
  /** Words per shingle. */
  shingle: number;
  /** Hash functions; must equal bands * rows. */
  hashes: number;
  bands: number;
  rows: number;
}

/**
 * 128 hashes in 32 bands of 4 rows: two documents share a band with probability 1 - (1 - J^4)^32, which is
 * 0.96 at Jaccard 0.5 and 0.04 at 0.2; the estimate itself then decides.
 */
export const DEFAULT_MINHASH: MinHashOptions = Object.freeze({ shingle: 3, hashes: 128, bands: 32, rows: 4 });

/**
 * Estimated Jaccard similarity of word 3-shingles at which two articles count as copies of one text (wire
 * copy with a new headline, byline or small edits): a republished article keeps most of its shingles, while
 * two outlets' own reports of one event share few.
 */
export const NEAR_DUPLICATE_JACCARD = 0.5;

/** Mersenne prime 2^31 - 1: universal hashing (a * x + b) mod P stays exact in doubles for 31-bit values. */
const PRIME = 2147483647;

/** Deterministic hash-function parameters (a seeded LCG): signatures are comparable across processes. */
function parameters(count: number): Array<[number, number]> {
  let state = 0x2545f491;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % PRIME;
  };
  return Array.from({ length: count }, () => [(next() % (PRIME - 1)) + 1, next()]);
}

const PARAMETERS = new Map<number, Array<[number, number]>>();

/** (a * x) mod P without losing precision: split a into 16-bit halves. */
function mulMod(a: number, x: number): number {
  const high = ((a >>> 16) * x) % PRIME;
  return ((high * 65536) % PRIME + (a & 0xffff) * x) % PRIME;
}

/** Hashes of a token list's k-word shingles (the whole list when it is shorter than k), as 31-bit values. */
export function shingleHashes(tokens: readonly string[], k: number): Set<number> {
  const hashes = new Set<number>();
  if (tokens.length === 0) return hashes;
  if (tokens.length < k) {
    hashes.add(hashKey(tokens.join(' ')) & 0x7fffffff);
    return hashes;
  }
  for (let i = 0; i + k <= tokens.length; i++) hashes.add(hashKey(tokens.slice(i, i + k).join(' ')) & 0x7fffffff);
  return hashes;
}

/** The MinHash signature of a token list: for each hash function, the least hash of any shingle. */
export function minhashSignature(tokens: readonly string[], options: MinHashOptions = DEFAULT_MINHASH): number[] {
  let params = PARAMETERS.get(options.hashes);
  if (!params) {
    params = parameters(options.hashes);
    PARAMETERS.set(options.hashes, params);
  }
  const signature = new Array<number>(options.hashes).fill(PRIME);
  for (const x of shingleHashes(tokens, options.shingle)) {
    for (let i = 0; i < params.length; i++) {
      const [a, b] = params[i] as [number, number];
      const h = (mulMod(a, x) + b) % PRIME;
      if (h < (signature[i] as number)) signature[i] = h;
    }
  }
  return signature;
}

/** The share of hash functions on which two signatures agree: an estimate of the shingle sets' Jaccard. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i] && a[i] !== PRIME) same++;
  return same / a.length;
}

/** One integer key per band (the band number is hashed in, so bands never collide with each other). */
export function bandKeys(signature: readonly number[], options: MinHashOptions = DEFAULT_MINHASH): number[] {
  if (signature.every((h) => h === PRIME)) return [];
  const keys: number[] = [];
  for (let band = 0; band < options.bands; band++) {
    const rows = signature.slice(band * options.rows, (band + 1) * options.rows);
    keys.push(hashKey(`${band}|${rows.join(',')}`));
  }
  return keys;
}
