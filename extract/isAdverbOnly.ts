/**
 * Whether a word is an adverb and never a noun in WordNet, its adverb senses as many as its adjective ones
 * ("regardless", "nonetheless", "likewise"): a word that opens a sentence before a comma and names nobody.
 * "Long" and "Early" (adjectives first) and "Young" or "Best" (nouns too) may be surnames.
 */
import { boundedMemo } from '../boundedMemo.ts';
import { synsetOffsets } from '../wordnet.ts';

/** Beyond this many words asked about the memo starts again, so that a long-lived worker's memory stays flat. */
const WORD_MEMO_LIMIT = 10_000;

export const isAdverbOnly = boundedMemo(WORD_MEMO_LIMIT, (word: string): boolean => {
  const lemma = word.toLowerCase();
  if (!/^\p{Ll}+$/u.test(lemma)) return false;
  const adverb = synsetOffsets('adv', lemma).length;
  return (
    adverb > 0 && synsetOffsets('noun', lemma).length === 0 && adverb >= synsetOffsets('adj', lemma).length
  );
});
