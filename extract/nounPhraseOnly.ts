import { irregularLemmas } from '../irregularVerbs.ts';
import { synsetOffsets } from '../wordnet.ts';
import { tokenize } from './tokenize.ts';

/** Words that open a noun phrase or a circumstance, never a clause's subject and verb on their own. */
const PHRASE_OPENERS = /^(?:the|a|an|these|those|their|our|its|my|your|later|earlier|despite)$/i;
/** Words that may be a clause's verb: an auxiliary, a modal, a form of "be", a negation, a past in "-ed". */
const VERB_FORMS =
  /^(?:is|are|was|were|be|been|will|would|has|have|had|can|could|should|may|might|must|did|does|do|shall)$|n['’]t$|\p{Ll}ed$/iu;
/** Words in "-s" that are no verb. */
const NOT_VERBS_IN_S = /^(?:this|his|its|us|yes|thus|always|perhaps|sometimes|as)$/;
/** At most this many words make a phrase too short to carry a verb unseen. */
const MAX_PHRASE_WORDS = 4;

/** Whether a word may be the verb of a clause: a form above, an irregular form ("rose"), a word WordNet has only as a verb ("exist"). */
function mayBeVerb(word: string, at: number): boolean {
  const lower = word.toLowerCase();
  if (VERB_FORMS.test(word) || irregularLemmas(lower).length > 0) return true;
  // "her position remains firm": a lower-case word in "-s" after the phrase's first noun may be its verb.
  if (at >= 2 && /^\p{Ll}+s$/u.test(word) && !NOT_VERBS_IN_S.test(word)) return true;
  return (
    /^\p{Ll}/u.test(word) &&
    synsetOffsets('verb', lower).length > 0 &&
    synsetOffsets('noun', lower).length === 0 &&
    synsetOffsets('adj', lower).length === 0
  );
}

/**
 * "reported Wednesday that the air quality" (a page cut off), "Later in the piece", "The “wise Latina”": a statement of
 * a few words that opens on a determiner or a word of time and has no verb is a noun phrase or a circumstance: a
 * topic or a clause cut off, which says nothing.
 */
export function isNounPhraseOnly(text: string): boolean {
  // "There was, Ann Lee said, “an implicit bargain.”": quoted words that end a clause cut by its cue stay.
  if (/^\s*[“"‘']/u.test(text)) return false;
  const words = tokenize(text)
    .filter((t) => t.word)
    .map((t) => t.text);
  if (words.length === 0 || words.length > MAX_PHRASE_WORDS || !PHRASE_OPENERS.test(words[0] ?? ''))
    return false;
  return !words.some((w, j) => j > 0 && mayBeVerb(w, j));
}
