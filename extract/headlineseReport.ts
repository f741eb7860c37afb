/**
 * Headlinese glued to the story: "Filmmaker says he cannot commit to the schedule Director Ann Lee will not ...". A
 * headline drops the article a body sentence needs before a singular role noun ("The filmmaker says", "Filmmaker Ann
 * Lee says"); when it opens the text or a line it is the page's headline, run on into the lead by the copy, and
 * claims nothing of its own (LABELLING.md: headlines are no claims): its cue reports nothing, and the lead keeps its own.
 */
import type { Attribution } from './findAttribution.ts';
import { isPersonKind } from './wordnetNouns.ts';

/** A capitalised word, and an age set off after it ("Showrunner, 51,"). */
const BARE_ROLE = /^(\p{Lu}\p{Ll}+)(?:, \d{1,3},?)?$/u;

/**
 * Whether a cue in the present ("says", "warns") has for its subject one capitalised noun of a kind of person with no
 * article, opening the text or a line: "Filmmaker says ...". A surname spelled like a role ("King says", where the
 * text names "Stephen King") is a name, and stays.
 */
export function headlineseReport(text: string, attribution: Attribution): boolean {
  const subject = attribution.subject;
  if (subject === null || attribution.position !== 'before' || !/^\p{Ll}+s$/u.test(attribution.cue ?? '')) return false;
  if (text.slice(text.lastIndexOf('\n', subject.start) + 1, subject.start).trim() !== '') return false;
  const word = BARE_ROLE.exec(subject.text)?.[1];
  if (word === undefined || !isPersonKind(word)) return false;
  return !new RegExp(String.raw`\p{Lu}[\p{L}.'’-]*\s+${word}(?![\p{L}\p{N}])`, 'u').test(text);
}
