/**
 * Whether a verb as printed ("tapped", "hired", "names") takes a direct object in its commonest senses, from WordNet's
 * sentence frames (../wordnet.ts): "Somebody ----s somebody", "Somebody ----s something PP", ...
 */
import { boundedMemo } from '../boundedMemo.ts';
import { synsetOffsets, verbFrames } from '../wordnet.ts';

/** WordNet's frames with a direct object (8-11, 14-21, 24, 25, 30, 31). */
const OBJECT_FRAMES = new Set([8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31]);
/** How many of a verb's senses count, most frequent first. */
const SENSES = 2;
const FORM_MEMO_LIMIT = 50_000;

/** The lemmas a regular inflected form may come from ("tapped" -> "tap", "hired" -> "hire", "carries" -> "carry"). */
function lemmas(form: string): string[] {
  const forms = [form];
  if (/ied$|ies$/.test(form)) forms.push(`${form.slice(0, -3)}y`);
  if (/ed$/.test(form)) forms.push(form.slice(0, -2), form.slice(0, -1));
  if (/([^aeiou])\1ed$/.test(form)) forms.push(form.slice(0, -3));
  if (/s$/.test(form)) forms.push(form.slice(0, -1));
  if (/es$/.test(form)) forms.push(form.slice(0, -2));
  return forms;
}

/** Whether a lower-case verb form's lemma has a frame with a direct object among its commonest senses. */
export const isTransitiveVerb = boundedMemo(FORM_MEMO_LIMIT, (form: string): boolean =>
  lemmas(form.toLowerCase()).some((lemma) =>
    synsetOffsets('verb', lemma)
      .slice(0, SENSES)
      .some((offset) => verbFrames(offset).some((f) => OBJECT_FRAMES.has(f))),
  ),
);
