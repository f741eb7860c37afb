import { CLAUSE_WORDS, STATEMENT_CUES, normaliseWord } from './cues.ts';
import type { Token } from './tokenize.ts';

/**
 * "Security experts and officials said", "Cyber security experts and U.S. officials say": one to three words with no
 * determiner that end on a plural noun of people are one conjunct of a joint subject, as "the governor" is. No verb
 * stands among them ("Prices rose", "hired analysts"), nor a preposition of `breakers`, nor an opening determiner (those
 * conjuncts are read elsewhere). `describesPeople` is the subject reader's test of a description of people, passed in
 * so that this file imports nothing of the reader's.
 */
export function isDescribedConjunct(
  words: readonly Token[],
  describesPeople: (words: readonly Token[]) => boolean,
  breakers: ReadonlySet<string>,
): boolean {
  if (words.length === 0 || words.length > 3 || !words.every((t) => t.word)) return false;
  if (/^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your)$/i.test(words[0]?.text ?? ''))
    return false;
  const verbLike = words.some((t) => {
    const word = normaliseWord(t.text);
    return (
      CLAUSE_WORDS.has(word) ||
      breakers.has(word) ||
      STATEMENT_CUES.has(word) ||
      /^\p{Ll}+(?:ed|ing)$/u.test(t.text)
    );
  });
  return !verbLike && /^\p{Ll}+s$/u.test(words[words.length - 1]?.text ?? '') && describesPeople(words);
}
