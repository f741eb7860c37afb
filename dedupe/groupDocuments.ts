/**
 * Near-duplicate (wire-copy) groups of documents: MinHash band keys find the candidates, the signatures'
 * Jaccard estimate decides, and union-find joins the pairs into groups named after their smallest member.
 */
import { isNearDuplicate, NEAR_DUPLICATE_JACCARD } from './findNearDuplicates.ts';
import { bandKeys, DEFAULT_MINHASH, minhashSignature } from './minhash.ts';
import { tokenize } from './normalizeText.ts';

export interface DocumentText {
  id: string;
  text: string;
}

/** Disjoint sets of ids; each set is named after its smallest id, so the names do not depend on join order. */
export class UnionFind {
  readonly #parent = new Map<string, string>();

  /** The set's representative, adding the id as a set of its own when new. */
  find(id: string): string {
    let root = id;
    for (let up = this.#parent.get(root); up !== undefined && up !== root; up = this.#parent.get(root)) root = up;
    if (!this.#parent.has(id)) this.#parent.set(id, id);
    // Path compression: point every id on the way straight at the root.
    for (let node = id; node !== root; ) {
      const up = this.#parent.get(node) as string;
      this.#parent.set(node, root);
      node = up;
    }
    return root;
  }

  /** Joins the two ids' sets; the smaller root becomes the root, so a set's root is its smallest id. */
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.#parent.set(rb, ra);
    else this.#parent.set(ra, rb);
  }

  /** Every id added so far, mapped to its set's smallest id. */
  groups(): Map<string, string> {
    const result = new Map<string, string>();
    for (const id of this.#parent.keys()) result.set(id, this.find(id));
    return result;
  }
}

/**
 * Groups a set of documents, in memory, into near-duplicate groups: every id maps to its group's smallest id
 * (itself when it has no copy). Cost is about linear: only documents sharing a MinHash band key are compared.
 * (The pipeline groups one article at a time against the stored ones: findNearDuplicates.)
 */
export function groupDocuments(
  docs: readonly DocumentText[],
  threshold: number = NEAR_DUPLICATE_JACCARD,
): Map<string, string> {
  const groups = new UnionFind();
  const signatures = new Map<string, number[]>();
  const buckets = new Map<number, string[]>();
  for (const doc of docs) {
    groups.find(doc.id);
    const signature = minhashSignature(tokenize(doc.text), DEFAULT_MINHASH);
    signatures.set(doc.id, signature);
    for (const key of bandKeys(signature, DEFAULT_MINHASH)) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(doc.id);
      else buckets.set(key, [doc.id]);
    }
  }
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i] as string;
        const b = bucket[j] as string;
        // Copies already joined are not compared again: a story carried by N outlets costs about N checks.
        if (groups.find(a) === groups.find(b)) continue;
        if (isNearDuplicate(signatures.get(a) as number[], signatures.get(b) as number[], threshold)) groups.union(a, b);
      }
    }
  }
  return groups.groups();
}
