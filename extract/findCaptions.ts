/**
 * Photo captions left in an article's text by flattened copy: the paragraph after a photo credit ("Jemal Countess via
 * Getty Images.", "AP Photo/Evan Vucci") that describes the picture in the present tense ("Hillary Clinton
 * introduces ...", "Two powerful ladies having a powerful conversation."), with no quote and no verb in the past,
 * which the article's own sentences after a credit have ("Paul then interjected, ...").
 */

/** A paragraph that credits a photograph. */
const CREDIT =
  /(?:\bvia Getty Images|\/Getty Images|\bAP Photo\b|^\(?(?:Photo|Photograph|Credit)\s*:)[^\n]{0,40}$/i;
/** What an article's own sentence has and a caption has not: quote marks, a verb in the past. */
const NARRATION = /["“”‘’]|\b\p{Ll}{2,}ed\b|\b(?:said|told|says|was|were|had|did|went|came|took|made)\b/u;

/** The captions of `text`: the stretches (paragraphs) that no claim is taken from. */
export function findCaptions(text: string): Array<{ start: number; end: number }> {
  const captions: Array<{ start: number; end: number }> = [];
  const paragraphs = [...text.matchAll(/[^\n]+/g)].filter((p) => p[0].trim() !== '');
  for (let i = 1; i < paragraphs.length; i += 1) {
    const [credit, caption] = [paragraphs[i - 1], paragraphs[i]];
    if (!credit || !caption || !CREDIT.test(credit[0].trim()) || NARRATION.test(caption[0])) continue;
    const start = caption.index ?? 0;
    captions.push({ start, end: start + caption[0].length });
  }
  return captions;
}
