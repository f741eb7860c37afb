/**
 * "Prior to the Globe, he reported for the Pasadena Independent, ...", "She wrote for The Atlantic and ...": a writing
 * cue before "for" and a capitalised name tells whom a writer worked for (an author's biography), not what was said.
 * "wrote for The Informer that ..." reports its clause.
 */
import type { ExtractedMention } from './types.ts';

/** Cues of a writer's trade, which take "for" and the outlet written for. */
const WRITING_CUES = /^(?:reported|reports|reporting|wrote|writes|writing|covered|covers)$/i;

/** The cue, "for", a name in capitals, and no "that" after it in the rest of the sentence. */
const FOR_OUTLET = /^\s+(\p{L}+)\s+for\s+(?:the\s+)?\p{Lu}/u;

/** Whether the statement's cue, right after its speaker, is a writer's trade done for a named outlet. */
export function writesForOutlet(mention: ExtractedMention, text: string): boolean {
  if (mention.kind !== 'statement' || mention.speakerEnd === null || mention.cue === null) return false;
  if (!WRITING_CUES.test(mention.cue.trim())) return false;
  const after = text.slice(mention.speakerEnd, mention.speakerEnd + 200);
  const cue = FOR_OUTLET.exec(after);
  if (cue === null || (cue[1] ?? '').toLowerCase() !== mention.cue.trim().toLowerCase()) return false;
  const rest = after.slice(cue[0].length).split(/[.!?](?:\s|$)/)[0] ?? '';
  return !/\bthat\b/i.test(rest);
}
