/**
 * A cue whose object is a thing named by a noun with a relative clause of its own, no clause of what was said: "notes
 * the awkward problem that would arise with two pilots", "recalled the storm that had closed the port". The relative
 * clause tells of the thing; what the speaker said of it is not given. A noun with a "that" clause of its content ("noted
 * the fact that the ferry failed", "the risk that it would fail") reports it: its "that" opens a clause with a subject.
 */

import type { Token } from './tokenize.ts';
import { normaliseWord } from './cues.ts';

/** Cues that take a thing as their object as often as a clause (not a recipient: "warned the crew that ..."). */
export const THING_OBJECT_CUES =
  /^(?:note|notes|noted|noting|explain|explains|explained|explaining|recall|recalls|recalled|recalling|stress|stresses|stressed|stressing|acknowledge|acknowledges|acknowledged|acknowledging)$/;
/** Determiners and possessives that open the object's noun phrase. */
const OPENERS = /^(?:the|a|an|his|her|their|its|our|this|these|those)$/;
/** The most words between the determiner and the relative pronoun ("the awkward problem"). */
const MAX_NOUN_WORDS = 4;
/** Words that make the word after "that" a verb of a relative clause: an auxiliary or a modal. */
const RELATIVE_VERB =
  /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|does|did)$/;

const verbLike = (text: string): boolean =>
  RELATIVE_VERB.test(normaliseWord(text)) || /^\p{Ll}+ed$/u.test(text);

/**
 * Whether a verb of the main clause follows the relative clause's verbs from `from` before the next stop: "the ferry
 * that was late had failed twice" is a clause whose subject holds the relative clause.
 */
function mainVerbAfter(tokens: readonly Token[], from: number): boolean {
  let ended = false;
  for (let j = from; j < tokens.length && !/^[,;:.!?]$/.test(tokens[j]?.text ?? ''); j += 1) {
    const verb = verbLike(tokens[j]?.text ?? '');
    if (verb && ended) return true;
    if (!verb) ended = true;
  }
  return false;
}

/** Whether the words at `start` are a determiner, a noun phrase of a few words and a relative clause opened by a verb. */
export function nounWithRelativeClause(tokens: readonly Token[], start: number): boolean {
  if (!OPENERS.test(normaliseWord(tokens[start]?.text ?? ''))) return false;
  for (let j = start + 1; j <= start + MAX_NOUN_WORDS + 1; j += 1) {
    const token = tokens[j];
    if (token === undefined || !token.word) return false;
    const word = normaliseWord(token.text);
    if (/^(?:that|which)$/.test(word))
      return (
        j > start + 1 &&
        RELATIVE_VERB.test(normaliseWord(tokens[j + 1]?.text ?? '')) &&
        !mainVerbAfter(tokens, j + 1)
      );
    if (RELATIVE_VERB.test(word) || /^\p{Ll}+ed$/u.test(token.text)) return false;
  }
  return false;
}

/** Nouns of a name written under: "under the pseudonym", "under a pen name", "under the byline". */
const NAMES_WRITTEN_UNDER = /^(?:pseudonyms?|names?|alias|aliases|bylines?|handles?|initials|nom)$/;

/**
 * "wrote under the pseudonym “Carlos Danger,” but ...", "writes under a pen name for the paper": the name a writer uses,
 * an act of writing, no words of theirs ("wrote under oath that ..." reports its clause).
 */
export function writesUnderName(words: readonly Token[]): boolean {
  if (normaliseWord(words[0]?.text ?? '') !== 'under') return false;
  return words.slice(1, 5).some((t) => NAMES_WRITTEN_UNDER.test(normaliseWord(t.text)));
}

/** A noun of a name right before a quote ("the pseudonym “Carlos Danger,”", "a pen name, “Sea Dog”"). */
const NAME_BEFORE_QUOTE =
  /\b(?:pseudonym|pen[ -]name|nickname|alias|nom de plume|screen name|user ?name|handle)\s*,?\s*$/i;

/** Whether the text before a quote's opening mark ends on a noun of a name: the quote is that name, not words said. */
export function quotesNameAfterNoun(before: string): boolean {
  return NAME_BEFORE_QUOTE.test(before);
}

/** Words that a clause of the news's own would hold: an auxiliary, a modal, a form of "be", "that", a negation. */
const CLAUSE_MARKERS =
  /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|shall|does|did|that|which|who)$|n['’]t$/;
/** Words that may stand between "the" and "news" ("the sad news", "this latest news"). */
const MAX_WORDS_BEFORE_NEWS = 2;

/**
 * "DeGeneres announced the news in a tweet", "the airline confirmed the news about the passenger to the Star": an object
 * that only names the news, with a preposition or nothing after it, gives none of its words ("confirmed the news that
 * the plant will close" spells it out; "said the news was a shock" and "announced the news reports were wrong" report
 * a clause of their own).
 */
export function namesOnlyTheNews(words: readonly Token[]): boolean {
  if (!/^(?:the|this|that)$/.test(normaliseWord(words[0]?.text ?? ''))) return false;
  const at = words.slice(1, 2 + MAX_WORDS_BEFORE_NEWS).findIndex((t) => normaliseWord(t.text) === 'news') + 1;
  if (at === 0) return false;
  const next = words[at + 1];
  if (next !== undefined && !/^(?:in|on|at|of|about|to|via|through|with|from|during|after|before|by|for)$/.test(normaliseWord(next.text))) return false;
  return !words.slice(at + 1).some((t) => t.text.startsWith('§') || (/^\p{Ll}/u.test(t.text) && CLAUSE_MARKERS.test(normaliseWord(t.text))));
}

/** The most words from "neither" to a cue it negates ("Neither the mayor nor the harbour board has said"). */
const MAX_NEITHER_REACH = 10;

/**
 * "Neither RIM nor T-Mobile has announced U.S. pricing", "Neither candidate said ...": a subject opened by "neither"
 * negates the cue at `k` as "not" would; what neither said is no claim. A comma, a colon or a "that" between them ends
 * the subject ("Tom, who backed neither, said ...").
 */
export function neitherSubject(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - MAX_NEITHER_REACH); j -= 1) {
    const word = normaliseWord(tokens[j]?.text ?? '');
    if (/^[,;:]$/.test(tokens[j]?.text ?? '') || word === 'that') return false;
    if (word === 'neither') return true;
  }
  return false;
}

/** Words of how something was put, after "it": "said it best", "put it bluntly", "said it another way". */
const HOW_PUT =
  /^it\s+(?:best|better|well|bluntly|succinctly|simply|plainly|perfectly|nicely|aptly|clearly|differently|another\s+way|this\s+way|that\s+way)(?![\p{L}\p{N}])/iu;

/**
 * "Ed Roe may have said it best when he blogged", "Tom Lee said it well in his column": a cue whose object is "it" and
 * the manner it was said in points at words printed elsewhere (the quote that follows); the statement says nothing.
 * "said it was late" reports its clause.
 */
export const saysOnlyHowPut = (text: string): boolean => HOW_PUT.test(text.trim());
