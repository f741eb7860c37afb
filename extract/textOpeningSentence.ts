/**
 * "The paper notes that ..., and it says ...", "The charter makes no mention of arms, although it does say that ...":
 * a written text the sentence opens on is what a later clause's "it" means, not the body last named before it.
 */

import { DOCUMENT_NOUNS, MEDIUM_NOUNS, STATING_TEXTS } from './cues.ts';
import { parseSpeakerPhrase } from './parseSpeakerPhrase.ts';
import type { SpeakerPhrase } from './parseSpeakerPhrase.ts';
import { sentenceEnds } from './resolveRole.ts';

/** Texts that carry words of their own besides those the lists of cues.ts name ("the paper", "the study", "the poll"). */
const OTHER_TEXTS = /^(?:paper|study|survey|poll|article|book|video|ad|advert|commercial|platform|manifesto|charter|transcript)$/;

/**
 * The sentence's opening subject (after at most a fronted phrase and its comma): "the" and up to three words before a
 * lower-case head noun ("For instance, the white paper notes"), then the rest of the sentence up to the event.
 */
const OPENING_THE = /^(?:[^,;:§“”"]{1,60},\s+)?([Tt]he(?:\s+[\p{L}-]+){1,4})\s+(\p{Ll}+\b[^;:§“”"]*)$/u;

/**
 * "it" opening a clause coordinated or subordinated after a comma or "and"/"but", then its cue and at most a few words
 * of what it reports before the event ("although it does say that Japan agrees to “...”").
 */
const CLAUSE_IT = /(?:,\s+(?:(?:and|but|although|though|while|whereas)\s+)?|\s(?:and|but)\s+)it\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+(?:\s+[\p{L}\d’'-]+){0,6}\s*$/u;

/** Words that put a noun after them in a phrase of its own. */
const FUNCTION_WORDS = /^(?:of|for|in|on|to|with|by|and|or|at|from|about|that|which|who)$/i;

const isText = (noun: string): boolean => DOCUMENT_NOUNS.has(noun) || STATING_TEXTS.test(noun) || MEDIUM_NOUNS.test(noun) || OTHER_TEXTS.test(noun);

/**
 * The written text the sentence holding `offset` opens on, when the event at `offset` is the "it" of a later clause
 * of that sentence (the pronoun, or the words its cue opens) and no sentence ends between; else null. `masked` blanks
 * quotations.
 */
export function textOpeningSentence(masked: string, offset: number): SpeakerPhrase | null {
  const reach = Math.max(0, offset - 400);
  const from = Math.max(reach + (sentenceEnds(masked.slice(reach, offset)).pop() ?? 0), masked.lastIndexOf('\n', offset - 1) + 1);
  const upTo = masked.slice(from, offset);
  const opening = OPENING_THE.exec(upTo);
  if (opening === null || !CLAUSE_IT.test(opening[2] ?? '')) return null;
  // The head is the first word of a text's kind, the words after it up to the rest the verb's ("the old charter bans dogs").
  const words = (opening[1] ?? '').split(/\s+/);
  const head = words.findIndex((w, k) => k > 0 && isText(w));
  // "The leader of the party ...", "the text of the bill ...": a text after or before "of" is no subject's head.
  const after = words[head + 1] ?? opening[2]?.split(/\s+/)[0] ?? '';
  if (head < 0 || words.slice(1, head).some((w) => FUNCTION_WORDS.test(w)) || FUNCTION_WORDS.test(after)) return null;
  const phrase = parseSpeakerPhrase(words.slice(0, head + 1).join(' '));
  return phrase !== null && phrase.type === 'organisation' && phrase.refersTo !== 'organisation' ? phrase : null;
}
