/** A party and state tag set off by commas after a name ("Tom Brell, R-Ky., said"), as US copy prints it. */

import { CUE_WORDS, normaliseWord } from './cues.ts';
import type { Token } from './tokenize.ts';

/** "R-Ky", "D-N.Y", "I-Vt", "R-Texas": a party initial, a hyphen and a state (its closing full stop is a token of its own). */
const PARTY_TAG = /^[RDI]-\p{Lu}[\p{L}.]{0,12}$/u;

/**
 * The tokens without party and state tags set off by commas: "McConnell, R-Ky., said" reads "McConnell said", and
 * "Brell, D-Ore., the bill's sponsor, said" reads "Brell, the bill's sponsor, said". The tag tells which
 * senator, not who speaks, and its full stop ends no sentence or subject.
 */
export function withoutPartyTags(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k += 1) {
    const token = tokens[k];
    if (token === undefined) break;
    const tag = tokens[k + 1];
    if (token.text === ',' && tag !== undefined && PARTY_TAG.test(tag.text)) {
      let end = k + 2;
      if (tokens[end]?.text === '.') end += 1;
      if (tokens[end]?.text === ',') {
        // The comma after the tag stays before an appositive, and goes before the cue.
        const next = tokens[end + 1];
        k = next !== undefined && CUE_WORDS.has(normaliseWord(next.text)) ? end : end - 1;
        continue;
      }
    }
    out.push(token);
  }
  return out;
}
