/**
 * The MinHash signature as it was before issue 7 (string shingles, `%` reductions), verbatim but for names.
 * Signatures stored in databases were made by it, so the fast one must give the very same numbers: this is
 * the oracle of its test and the baseline of bench/minhash.ts.
 */
import { hashKey } from '../dedupe/hashKey.ts';
import { DEFAULT_MINHASH } from '../dedupe/minhash.ts';
import type { MinHashOptions } from '../dedupe/minhash.ts';
const REFERENCE_PRIME = 2147483647;

function referenceParameters(count: number): Array<[number, number]> {
  let state = 0x2545f491;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % REFERENCE_PRIME;
  };
  return Array.from({ length: count }, () => [(next() % (REFERENCE_PRIME - 1)) + 1, next()]);
}

const REFERENCE_PARAMETERS = new Map<number, Array<[number, number]>>();

function referenceMulMod(a: number, x: number): number {
  const high = ((a >>> 16) * x) % REFERENCE_PRIME;
  return (((high * 65536) % REFERENCE_PRIME) + (a & 0xffff) * x) % REFERENCE_PRIME;
}

export function referenceShingleHashes(tokens: readonly string[], k: number): Set<number> {
  const hashes = new Set<number>();
  if (tokens.length === 0) return hashes;
  if (tokens.length < k) {
    hashes.add(hashKey(tokens.join(' ')) & 0x7fffffff);
    return hashes;
  }
  for (let i = 0; i + k <= tokens.length; i++)
    hashes.add(hashKey(tokens.slice(i, i + k).join(' ')) & 0x7fffffff);
  return hashes;
}

export function referenceSignature(tokens: readonly string[], options: MinHashOptions = DEFAULT_MINHASH): number[] {
  let params = REFERENCE_PARAMETERS.get(options.hashes);
  if (!params) {
    params = referenceParameters(options.hashes);
    REFERENCE_PARAMETERS.set(options.hashes, params);
  }
  const signature = new Array<number>(options.hashes).fill(REFERENCE_PRIME);
  for (const x of referenceShingleHashes(tokens, options.shingle)) {
    for (let i = 0; i < params.length; i++) {
      const [a, b] = params[i] as [number, number];
      const h = (referenceMulMod(a, x) + b) % REFERENCE_PRIME;
      if (h < (signature[i] as number)) signature[i] = h;
    }
  }
  return signature;
}
