/** People named or described as being at a body whose name runs on through "of" ("researchers at the University of Leeds"). */

import { ORG_MARKERS, PERSON_NOUNS, TITLES, normaliseWord } from './cues.ts';
import { organisationName } from './organisationName.ts';
import { isFirstName } from './personGender.ts';
import { isCapitalised } from './tokenize.ts';
import { isPersonKind, isPersonPlural } from './wordnetNouns.ts';

/** The people before the body: `named` when they are names ("Ann Lee and Tom Roe"), else a description ("researchers"). */
export interface PeopleAtBody {
  people: string[];
  named: boolean;
}

const LINK = /^(?:at|of|from|with)$/;

/**
 * "Researchers at the University of Leeds", "an economist at the Bank of England", "Ann Lee and Tom Roe of the
 * University of Texas": a phrase that ends on a body's whole name after "at", "of", "from" or "with" is said by the
 * people before it, never by the place that ends the body's name ("Leeds", "Texas"). Named people are those names;
 * unnamed ones (a plural of persons, or one person after "a", "an" or "one") are described by the whole phrase.
 * Null when the phrase is no such thing, or the people are one person described with "the" (a role that may point
 * back at someone named before).
 */
export function peopleAtBody(input: readonly string[], words: readonly string[]): PeopleAtBody | null {
  for (let at = 1; at < words.length - 2; at += 1) {
    if (!LINK.test(words[at] ?? '')) continue;
    const body = words.slice(at + 1);
    const name = organisationName(body);
    // The body's name must end the phrase ("the University of Leeds", not "the University of Leeds's dean").
    if (name === null || !body.join(' ').endsWith(name) || !name.includes(' ')) continue;
    const people = words.slice(0, at);
    // "Ann Lee and Tom Roe", "nuclear experts Ann Lee and Tom Roe": the names that end the people's words; not a title
    // ("Secretary of State for Transport Jane Doe" is the title's holder, "Chief Economist" a role).
    if (isCapitalised(people[people.length - 1] ?? '') && !isKindOfPerson(people) && endsOnName(people))
      return { people, named: true };
    const head = normaliseWord(people[people.length - 1] ?? '');
    const plural = isPersonPlural(head);
    const one = /^(?:a|an|one)$/i.test(input[0] ?? '') && (PERSON_NOUNS.has(head) || isPersonKind(head));
    return plural || one ? { people, named: false } : null;
  }
  return null;
}

/**
 * A surname ends the words, not a title, a body's word ("Ministry") or a kind of person, unless a first name is before
 * it ("Ann Baker").
 */
function endsOnName(people: readonly string[]): boolean {
  const last = normaliseWord(people[people.length - 1] ?? '');
  // "the Ministry of Fisheries and Forest Office": a body's own word before "of" opens the body's name, no person's.
  return (
    !PERSON_NOUNS.has(last) &&
    !TITLES.has(last) &&
    !ORG_MARKERS.has(last) &&
    (!isPersonKind(last) || isFirstName(people[people.length - 2] ?? ''))
  );
}

/** "Researchers", "Senior Economists": capitalised words (a sentence's first) that end on a plural of persons. */
function isKindOfPerson(people: readonly string[]): boolean {
  return isPersonPlural(normaliseWord(people[people.length - 1] ?? ''));
}

/**
 * "Ann Lee of the University of California, Berkeley": one or two capitalised words after a comma that follows a
 * body named for a place are the campus or city of that body, part of where the speaker is, not a second name.
 */
export function isCampusAfterBody(first: readonly string[], second: readonly string[]): boolean {
  if (second.length === 0 || second.length > 2 || !second.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)))
    return false;
  const of = first.lastIndexOf('of');
  if (of < 1) return false;
  const link = first.slice(0, of).findLastIndex((w) => LINK.test(w));
  const body = first.slice(link + 1);
  const name = organisationName(body);
  return name !== null && body.join(' ').endsWith(name);
}
