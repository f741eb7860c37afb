import { estimateJaccard } from './minhash.ts';

/**
 * Estimated Jaccard similarity of word 3-shingles from which two articles are copies of one text: a
 * republished wire story with a new headline, byline, boilerplate or small edits keeps well over half of its
 * shingles, while two outlets' own reports of one event share few.
 */
export const NEAR_DUPLICATE_JACCARD = 0.5;

/** An article sharing a MinHash band key with the one being grouped: its signature and the group it is in. */
export interface BandCandidate {
  id: string;
  signature: readonly number[];
  /** The least id of its near-duplicate group (its own id when it has no copy yet). */
  groupId: string;
}

/** Whether two MinHash signatures are of copies of one text. */
export function isNearDuplicate(a: readonly number[], b: readonly number[], threshold = NEAR_DUPLICATE_JACCARD): boolean {
  return estimateJaccard(a, b) >= threshold;
}

/**
 * The candidates (articles sharing a band key, found through the index) that are near duplicates of an
 * article with this signature: the article joins their groups.
 */
export function findNearDuplicates<C extends BandCandidate>(
  signature: readonly number[],
  candidates: readonly C[],
  threshold = NEAR_DUPLICATE_JACCARD,
): C[] {
  return candidates.filter((c) => isNearDuplicate(signature, c.signature, threshold));
}
