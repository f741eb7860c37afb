/**
 * "A woman who has sued the council said Monday that ... . Ada Brandt, who says the council owes her ..., spoke on a
 * radio show.": an indefinite description of one person with a relative clause, opening a sentence as its speaker, is
 * the person the next sentence (or the one after a sentence on "she" or "he") opens on, named there for the first time and set off by a comma (a relative clause, an
 * age or an appositive after the name), when nothing tells another gender.
 */

import type { SpeakerPhrase } from './parseSpeakerPhrase.ts';
import { escape, sentenceEnds } from './resolveRole.ts';
import type { RoleContext, RoleHolder } from './resolveRole.ts';
import { roleGender } from './personGender.ts';

export function namedNextSentence(
  phrase: SpeakerPhrase,
  offset: number,
  context: RoleContext,
): RoleHolder | null {
  if (
    phrase.type !== 'person' ||
    phrase.refersTo !== null ||
    phrase.head === null ||
    !/^an?\s+\p{Ll}+$/iu.test(phrase.raw)
  )
    return null;
  const { masked, index } = context;
  // The description opens its sentence (or a line) and a relative clause follows it ("A woman who has accused ...").
  const opener = [
    ...masked
      .slice(0, offset + 1)
      .matchAll(new RegExp(String.raw`(?:^|\n|[.!?§]["”’'§»]*\s+)(${escape(phrase.raw)})\s+who\s`, 'gu')),
  ]
    .filter((m) => m.index <= offset)
    .at(-1);
  if (opener === undefined) return null;
  const start = opener.index + opener[0].indexOf(phrase.raw);
  const ends = sentenceEnds(masked.slice(start));
  const ownEnd = ends[0];
  if (ownEnd === undefined) return null;
  // The next sentence, or the one after it when the next goes on about the description ("She also described ...").
  const [next, after] = [0, 1].map((k) =>
    masked.slice(start + (ends[k] ?? masked.length), start + (ends[k + 1] ?? masked.length)),
  );
  const opening = (sentence: string | undefined) =>
    /^((?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Lu}[\p{L}’'-]+),\s+(?:who\s|\d{1,3},|an?\s|the\s)/u.exec(
      sentence ?? '',
    )?.[1];
  const name = opening(next) ?? (/^(?:She|He)\s/u.test(next ?? '') ? opening(after) : undefined);
  if (name === undefined) return null;
  const entry = [...index.values()].flat().find((known) => known.name === name);
  // Named there for the first time: no one the text had already written about.
  if (entry === undefined || !entry.person || entry.words.length < 2 || entry.first < start + ownEnd)
    return null;
  const wanted = roleGender(phrase.head);
  const gender = context.genderOf(name, entry.role);
  if (wanted !== null && gender !== null && gender !== wanted) return null;
  return { speaker: name, speakerType: 'person', role: phrase.name };
}
