/**
 * "From THE LONG ROAD by Ann Lee. Copyright © 2015 by Ann Lee.", a byline line "By Ann Lee": the one person a
 * first-person text credits as its writer, whom its "I said" and "“...,” I told her" mean. Pure.
 */
import type { KnownName, NameIndex } from './buildNameIndex.ts';
import { PRINTED_PERSON, personPrintedAs } from './buildNameIndex.ts';

/** Credit lines that name a text's writer: a book's copyright notice, an excerpt's source line, a byline line. */
const CREDITS = [
  new RegExp(String.raw`\bCopyright\s+(?:©\s*)?(?:\d{4}\s+)?by\s+(${PRINTED_PERSON})`, 'gu'),
  new RegExp(String.raw`(?:^|\n)[^\S\n]*From\s+[^\n]{1,120}?\s+by\s+(${PRINTED_PERSON})\.`, 'gu'),
  new RegExp(String.raw`(?:^|\n)[^\S\n]*By\s+(${PRINTED_PERSON})[^\S\n]*(?=\n|$)`, 'gu'),
];

/**
 * The person named in full whom the text's credit lines all name, else null: none, two different writers ("By Ann
 * Lee and Bo Kim" credits no one alone), or a name the text never prints in full.
 */
export function creditedAuthor(masked: string, index: NameIndex): KnownName | null {
  const named = new Map<string, KnownName>();
  for (const credit of CREDITS) {
    for (const match of masked.matchAll(credit)) {
      // A name's words may hold a full stop ("J. Lee"): one before a space and another word ends the sentence.
      const person = personPrintedAs(index, (match[1] ?? '').replace(/\.\s[\s\S]*$/u, ''));
      if (person === null) return null;
      named.set(person.name, person);
    }
  }
  return named.size === 1 ? ([...named.values()][0] ?? null) : null;
}
