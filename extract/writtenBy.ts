/**
 * "... in an affidavit written by Marc Bujnowski, a detective ... . “...,” he wrote": the author a document was just
 * credited to is who "he wrote" means, not the last person the text was about. Pure.
 */
import type { KnownName, NameIndex } from './buildNameIndex.ts';
import { PRINTED_PERSON, personPrintedAs } from './buildNameIndex.ts';
import { sentencesBetween } from './resolveRole.ts';

/** "written by Ann Lee", "a letter signed by Dr. Ann Lee": a document's author after a passive participle. */
const WRITTEN_BY = new RegExp(
  String.raw`\b(?:written|authored|signed|penned|drafted)\s+by\s+(${PRINTED_PERSON})`,
  'gu',
);

/** The first pronoun and its verb at or after an event's offset, in its sentence (quotations masked). */
const PRONOUN_AFTER = /^[^.!?\n]*?(?:^|[^\p{L}])(?:he|she)\s+(\p{Ll}+)/iu;
/** A pronoun and its verb right before an event's offset ("he wrote: “...”"). */
const PRONOUN_BEFORE = /(?:^|\s)(?:he|she)\s+(\p{Ll}+)[,:]?\s*$/iu;
const WRITING = /^(?:wrote|writes)$/;

/**
 * The person printed in full (or by the surname of one printed in full) as the author of a document in the event's
 * sentence or the two before, when the event's cue is "he wrote" or "she writes"; the latest such author, else null.
 */
export function documentAuthor(masked: string, offset: number, index: NameIndex): KnownName | null {
  const verb =
    PRONOUN_BEFORE.exec(masked.slice(Math.max(0, offset - 30), offset))?.[1] ??
    PRONOUN_AFTER.exec(masked.slice(offset, offset + 600))?.[1];
  const writes = verb !== undefined && WRITING.test(verb);
  if (!writes) return null;
  const from = Math.max(0, offset - 1500);
  const authors = [...masked.slice(from, offset).matchAll(WRITTEN_BY)];
  const last = authors[authors.length - 1];
  if (last === undefined || sentencesBetween(masked, from + (last.index ?? 0), offset) > 2) return null;
  return personPrintedAs(index, last[1] ?? '');
}
