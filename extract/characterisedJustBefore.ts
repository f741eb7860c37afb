/**
 * A quote with no cue right after a sentence whose subject, a person the text names in full, characterises something
 * in words the sentence does not report: "Sen. Ana Ruiz (Ore.), who ..., identified the delays as one reason ... “...”",
 * or gives a statement of their own: "The tenants' lawyer, Ana Ruiz, had a shorter statement. “...”".
 */

import type { TextAnalysis } from './analyzeText.ts';
import { lookupName } from './buildNameIndex.ts';
import type { ResolvedSpeaker } from './resolveSpeakers.ts';

/**
 * The sentence right before the quote's opening mark, in its paragraph: an optional fronted phrase and its comma, a
 * name (a title allowed), an optional party tag in brackets and an optional relative or appositive set off by commas,
 * then a verb of characterising or judging, and its words to the sentence end.
 */
const CHARACTERISING =
  /(?:[.!?]["”’]?[ \t]+|\n)(?:[^.!?\n]{1,60}?,["”]?[ \t]+)?((?:(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms)\.[ \t]+)?(?:\p{Lu}[\p{L}’'.-]*[ \t]+){1,3}\p{Lu}[\p{L}’'-]*)(?:[ \t]+\([^()\n]{1,30}\))?(?:,[ \t]+(?:who|a|an|the)[ \t][^.!?\n"“”]{1,120}?,)?[ \t]+(?:identified|described|characterized|characterised|singled[ \t]+out|cited|praised|criticized|criticised|blasted|slammed|dismissed|mocked)[ \t][^.!?\n"“”]{1,300}[.!?][ \t]*["“]?$/u;

/**
 * The sentence right before the quote's opening mark: an optional fronted phrase or role and its comma, a name and an
 * optional comma, then a verb of giving and a noun of what was said ("had a more succinct statement after the
 * ruling", "issued a brief response", "offered a blunter assessment"), and its words to the sentence end.
 */
const GAVE_STATEMENT =
  /(?:[.!?]["”’]?[ \t]+|\n)(?:[^.!?\n]{1,60}?,["”]?[ \t]+)?((?:(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms)\.[ \t]+)?(?:\p{Lu}[\p{L}’'.-]*[ \t]+){1,3}\p{Lu}[\p{L}’'-]*),?[ \t]+(?:had|gave|issued|offered|released)[ \t]+(?:a|an|his|her|their)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,3}(?:statement|response|reaction|comment|assessment|answer|reply|message)[ \t,][^.!?\n"“”]{0,150}[.!?:][ \t]*["“]?$/u;

/**
 * "... Pence said.\nOn the radio, Sen. Ana Ruiz (Ore.), who chairs the committee, identified the delays as one reason
 * riders leave. “...”": the quote after that sentence is the person's, not the quote's before it; the name as the text
 * prints it in full. Null when the words between `from` and the quote at `open` are no such sentence, or the name is
 * no person's the text names in full.
 */
export function characterisedJustBefore(
  analysis: TextAnalysis,
  open: number,
  from: number,
): ResolvedSpeaker | null {
  const base = Math.max(0, open - 600);
  const before = analysis.text.slice(base, open);
  // "“...,” said Tom Roe.\n\nThe tenants' lawyer, Ana Ruiz, had a shorter statement. “...”": so does a sentence in which
  // a named person gives a statement, a response or a comment.
  const match = CHARACTERISING.exec(before) ?? GAVE_STATEMENT.exec(before);
  const printed = match?.[1];
  // The sentence must come after the quote before it, not run back over it.
  if (match === null || printed === undefined || base + match.index < from - 3) return null;
  const words = printed.split(/\s+/).filter((w) => !/\.$/.test(w));
  const full = lookupName(analysis.names, words[words.length - 1] ?? '');
  if (full === null || !full.person || !full.name.endsWith(words.join(' '))) return null;
  return { speaker: full.name, speakerType: 'person', role: full.role };
}
