/**
 * "..., according to an email from the president of the Teachers Federation obtained by the Ledger. In his email,
 * Mark Dalton told members ...": a writing from a person the text describes but does not name is that person's, and
 * the sentence right after it names the writer when it opens on "In his (her, their) email," and a full name. The
 * writer's name, else null.
 */
import type { SpeakerPhrase } from './parseSpeakerPhrase.ts';

/** Writings one person sends ("an email from", "a letter from"), in lower case, before a described sender. */
const SENT_WRITING =
  /^(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(e-?mail|letter|memo|note|message)\s+from\s+(?:the|an?)\s+\p{Ll}/u;

/** How far past the writing the next sentence may open, in characters. */
const MAX_REACH = 400;

/** A full name of two to four capitalised words, the first no article ("In his email, Mark Dalton told"). */
const FULL_NAME = /^((?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Lu}[\p{L}’'-]*)(?=[\s,])/u;

export function senderNamedNext(phrase: SpeakerPhrase, offset: number, masked: string): string | null {
  const writing = SENT_WRITING.exec(phrase.raw)?.[1];
  if (writing === undefined) return null;
  const after = masked.slice(offset, offset + MAX_REACH);
  // The writing's sentence ends at its full stop; the next one opens on the same writing, owned by a pronoun.
  const stop = /[.!?]["”’]?\s+/.exec(after);
  if (stop === null) return null;
  const next = after.slice(stop.index + stop[0].length);
  const noun = writing.replace(/^e-?mail$/, 'e-?mail');
  const opening = new RegExp(`^In (?:his|her|their) (?:[\\p{Ll}-]+ )?${noun}s?, `, 'u').exec(next);
  if (opening === null) return null;
  const name = FULL_NAME.exec(next.slice(opening[0].length))?.[1];
  return name === undefined || /^(?:The|A|An|This|That)\s/.test(name) ? null : name;
}
