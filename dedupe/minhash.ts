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

/** Mersenne prime 2^31 - 1: universal hashing (a * x + b) mod P over 31-bit shingle hashes. */
const PRIME = 2147483647;
/** 2^-31: multiplying by it is exact, so the quotient below needs no division. */
const INVERSE_2_31 = 1 / 2147483648;

/**
 * One hash-function family's parameters in typed arrays: a, (a * 2^16) mod P and b. With x split into 16-bit
 * halves, a * x + b = (a * 2^16) * xHigh + a * xLow + b (mod P), and that sum stays below 2^48: exact in doubles.
 */
interface Parameters {
  a: Float64Array;
  aShifted: Float64Array;
  b: Float64Array;
}

/** Deterministic hash-function parameters (a seeded LCG): signatures are comparable across processes. */
function parameters(count: number): Parameters {
  let state = 0x2545f491;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % PRIME;
  };
  const result: Parameters = {
    a: new Float64Array(count),
    aShifted: new Float64Array(count),
    b: new Float64Array(count),
  };
  for (let i = 0; i < count; i++) {
    const a = (next() % (PRIME - 1)) + 1;
    result.a[i] = a;
    // a * 2^16 = (a >>> 15) * 2^31 + (a & 0x7fff) * 2^16, and 2^31 = 1 (mod P).
    const shifted = (a >>> 15) + (a & 0x7fff) * 65536;
    result.aShifted[i] = shifted >= PRIME ? shifted - PRIME : shifted;
    result.b[i] = next();
  }
  return result;
}

const PARAMETERS = new Map<number, Parameters>();

/**
 * FNV-1a (as hashKey) of tokens[start .. start + k) joined by single spaces, as a 31-bit value: the same
 * number as hashKey(tokens.slice(start, start + k).join(' ')) & 0x7fffffff, without building the string.
 */
function shingleHash(tokens: readonly string[], start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let t = start; t < end; t++) {
    if (t > start) hash = Math.imul(hash ^ 32, 0x01000193);
    const token = tokens[t] as string;
    for (let i = 0; i < token.length; i++) hash = Math.imul(hash ^ token.charCodeAt(i), 0x01000193);
  }
  return hash & 0x7fffffff;
}

/** The hashes of every k-word shingle (the whole list when it is shorter than k), repeats included. */
function allShingleHashes(tokens: readonly string[], k: number): Uint32Array {
  if (tokens.length === 0) return new Uint32Array(0);
  if (tokens.length < k) return Uint32Array.of(shingleHash(tokens, 0, tokens.length));
  const hashes = new Uint32Array(tokens.length - k + 1);
  for (let i = 0; i < hashes.length; i++) hashes[i] = shingleHash(tokens, i, i + k);
  return hashes;
}

/** Hashes of a token list's k-word shingles (the whole list when it is shorter than k), as 31-bit values. */
export function shingleHashes(tokens: readonly string[], k: number): Set<number> {
  return new Set(allShingleHashes(tokens, k));
}

/**
 * The MinHash signature of a token list: for each hash function, the least hash of any shingle. Repeated
 * shingles are not removed: they cannot change a minimum, and the sort would cost more than they do.
 */
export function minhashSignature(tokens: readonly string[], options: MinHashOptions = DEFAULT_MINHASH): number[] {
  let params = PARAMETERS.get(options.hashes);
  if (!params) {
    params = parameters(options.hashes);
    PARAMETERS.set(options.hashes, params);
  }
  const shingles = allShingleHashes(tokens, options.shingle);
  const high = new Float64Array(shingles.length);
  const low = new Float64Array(shingles.length);
  for (let j = 0; j < shingles.length; j++) {
    const x = shingles[j] as number;
    high[j] = x >>> 16;
    low[j] = x & 0xffff;
  }
  const signature = new Array<number>(options.hashes);
  const { a: as, aShifted, b: bs } = params;
  // One hash function at a time over all shingles: its parameters and running minimum stay in registers.
  for (let i = 0; i < options.hashes; i++) {
    const a = as[i] as number;
    const shifted = aShifted[i] as number;
    const b = bs[i] as number;
    let least = PRIME;
    for (let j = 0; j < high.length; j++) {
      const sum = shifted * (high[j] as number) + a * (low[j] as number) + b;
      // sum - q * (2^31 - 1) = (sum mod 2^31) + q, below 2^31 + 2^17: at most one more P to take away.
      let h = sum - Math.floor(sum * INVERSE_2_31) * PRIME;
      if (h >= PRIME) h -= PRIME;
      if (h < least) least = h;
    }
    signature[i] = least;
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
