import { printSameWords } from './decideMerge.ts';

/**
 * The wordings of a claim that report it in other words: those that print none of the words of the claim's own
 * text, directly or through another wording that does (a quote, the statement carrying it, a part of it). The
 * rest print the words as said. Order-free: it reads the claim's wordings as they are, not how they arrived.
 */
export function findReworded(claimText: string, wordings: readonly string[]): Set<string> {
  const reached = new Set<string>([claimText]);
  const queue = [claimText];
  const open = new Set(wordings.filter((w) => w !== claimText));
  while (queue.length > 0) {
    const from = queue.shift() as string;
    for (const wording of [...open]) {
      if (!printSameWords(from, wording)) continue;
      open.delete(wording);
      reached.add(wording);
      queue.push(wording);
    }
  }
  return open;
}
