/**
 * A description printed as the speaker whose name the text gives right after it ("Even the organiser of the vigil
 * said ... . “...,” said Nora Vance, organiser of a residents' group"; "a retired admiral who argued that ... . Adm.
 * Paul Reyes, a retired admiral, ..."): the one person the rest of its sentence or the next one (for a spokesman, the
 * next two) prints with the description's head as a role, in an appositive after the name or as a title before it.
 */

import { normaliseWord } from './cues.ts';
import { PREPOSITIONS, RELATIVE_PRONOUNS } from './parseSpeakerPhrase.ts';
import type { SpeakerPhrase } from './parseSpeakerPhrase.ts';
import { escape, headOfRole, sameGender, samePeople, sentenceEnds } from './resolveRole.ts';
import type { RoleContext, RoleHolder } from './resolveRole.ts';
import { synsetOffsets } from '../wordnet.ts';

/** Words that make a description one more of several people, not the one named next ("another analyst"). */
const ONE_OF_SEVERAL = new Set([
  'another',
  'other',
  'one',
  'some',
  'several',
  'many',
  'two',
  'three',
  'second',
  'third',
]);

export function namedRightAfter(
  phrase: SpeakerPhrase,
  offset: number,
  context: RoleContext,
): RoleHolder | null {
  const words = (phrase.name ?? '')
    .split(/\s+/)
    .map(normaliseWord)
    .filter((w) => w !== '');
  const first = normaliseWord(phrase.raw.split(/\s+/)[0] ?? '');
  if (
    phrase.type !== 'person' ||
    words.length === 0 ||
    ONE_OF_SEVERAL.has(first) ||
    ONE_OF_SEVERAL.has(words[0] ?? '')
  )
    return null;
  const head = nounHead(words);
  if (head === '') return null;
  const owners = ownersBefore(phrase.name ?? '', head);
  // The rest of the description's sentence and the next one, past the description itself (so that "a spokesman for
  // Mayor Ann Holt" never names the mayor).
  const printedAt = printedFor(context.masked, phrase.raw, offset);
  if (printedAt === null) return null;
  const from = printedAt + phrase.raw.length;
  const ends = sentenceEnds(context.masked.slice(from));
  // A spokesman is often named only with his next quote, a sentence further on ("A spokesman for the port said ... .
  // After ..., police said, ... . “...,” said Officer Tom Vale, a port spokesman").
  const reach = /^spokes(?:man|woman|person)$/.test(head) ? 2 : 1;
  const window = context.masked.slice(from, from + (ends[reach] ?? context.masked.length - from));
  const holders = new Map<string, RoleHolder>();
  for (const entry of [...context.index.values()].flat()) {
    // A person's name for sure: a title or role, or a first name ("San Diego", "Trump National Doral" are places).
    if (
      !entry.person ||
      entry.words.length < 2 ||
      !(entry.strongPerson || context.genderOf(entry.name, entry.role) !== null)
    )
      continue;
    for (const match of window.matchAll(new RegExp(`(?<![\\p{L}])${escape(entry.name)}(?![\\p{L}])`, 'gu'))) {
      const at = match.index ?? 0;
      const role = [
        titleBefore(window.slice(0, at), head),
        appositiveAfter(window.slice(at + entry.name.length), head),
      ].find((r) => r !== null);
      if (role === undefined || !printsOwners(owners, role)) continue;
      const holder: RoleHolder = { speaker: entry.name, speakerType: 'person', role };
      if (sameGender(phrase, holder, context)) holders.set(entry.name, holder);
    }
  }
  const people = samePeople(holders);
  return people.length === 1 ? (people[0] ?? null) : null;
}

/** The noun a description is about: before its first preposition or relative clause ("organiser" of "organiser of the vigil"). */
function nounHead(words: readonly string[]): string {
  const cut = words.findIndex((w, i) => i > 0 && (PREPOSITIONS.has(w) || RELATIVE_PRONOUNS.has(w)));
  return (cut > 0 ? words[cut - 1] : words[words.length - 1]) ?? '';
}

/**
 * The words before a description's head that say whose it is: a capitalised word ("a Pentagon official") or a noun
 * more than an adjective in WordNet ("a union official", "a company spokesman"; not "senior", "former").
 */
function ownersBefore(name: string, head: string): string[] {
  const printed = name.split(/\s+/);
  const at = printed.findIndex((w) => normaliseWord(w) === head);
  return printed
    .slice(0, Math.max(at, 0))
    .filter((w) => /^\p{Lu}/u.test(w) || synsetOffsets('noun', normaliseWord(w)).length > synsetOffsets('adj', normaliseWord(w)).length)
    .map(normaliseWord);
}

/** Whether a role found for a name prints every word that says whose the description is ("union" of "a union official"). */
function printsOwners(owners: readonly string[], role: string): boolean {
  const words = new Set(role.split(/[^\p{L}'’-]+/u).map(normaliseWord));
  return owners.every((w) => words.has(w));
}

/**
 * A title or role right before a name, in its clause, ending on the head or on capitalised words after it ("Adm.",
 * "retired Adm.", "Rear Admiral"); "aide to Senator" names the senator, not the aide.
 */
function titleBefore(before: string, head: string): string | null {
  // A quote ends the clause too: its masked words, printed against the title with no space ("...,”Mayor Ann
  // Holt said"), would otherwise open the title.
  const clause = before.slice(
    Math.max(
      before.lastIndexOf('§') + 1,
      before.lastIndexOf(',') + 1,
      before.lastIndexOf(';') + 1,
      before.lastIndexOf(':') + 1,
      sentenceEnds(before).pop() ?? 0,
    ),
  );
  const words = clause.trim().split(/\s+/).slice(-4);
  const at = words.findLastIndex((w) => headOfRole(w, head));
  return at >= 0 && words.slice(at + 1).every((w) => /^\p{Lu}/u.test(w)) ? words.slice(at).join(' ') : null;
}

/** An appositive set off after a name whose words before any preposition hold the head ("organiser of a group"). */
function appositiveAfter(after: string, head: string): string | null {
  const appositive = /^,\s+([^,;.§]+)/u.exec(after)?.[1]?.trim() ?? '';
  const words = appositive.split(/\s+/);
  if (appositive === '' || RELATIVE_PRONOUNS.has(normaliseWord(words[0] ?? ''))) return null;
  const cut = words.findIndex((w) => PREPOSITIONS.has(normaliseWord(w)));
  return headOfRole(words.slice(0, cut < 0 ? words.length : cut).join(' '), head) ? appositive : null;
}

/**
 * Where `raw` is printed for the event at `offset`: the last time at or before it (a subject before its clause), else
 * the first time after it (a cue after its quote).
 */
function printedFor(masked: string, raw: string, offset: number): number | null {
  const before = masked.lastIndexOf(raw, offset);
  if (before >= 0 && offset - before <= 600) return before;
  const after = masked.indexOf(raw, offset);
  return after >= 0 && after - offset <= 600 ? after : null;
}
