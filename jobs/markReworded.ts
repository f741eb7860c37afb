import { findReworded } from '../dedupe/findReworded.ts';
import type { ClaimRecord } from '../store/claimRecords.ts';

/**
 * A claim with each wording marked `reworded` (true when it reports the claim in other words, false when it
 * prints the words as said), for the claim page, `claims show` and the export, which keep the two apart.
 */
export function markReworded<C extends ClaimRecord>(claim: C): C {
  if (claim.kind === 'number' || claim.wordings.length < 2) return { ...claim, wordings: claim.wordings.map((w) => ({ ...w, reworded: false })) };
  const reworded = findReworded(claim.text, claim.wordings.map((w) => w.text));
  return { ...claim, wordings: claim.wordings.map((w) => ({ ...w, reworded: reworded.has(w.text) })) };
}
