/**
 * Photo captions left in an article's text by flattened copy: the paragraph after a photo credit ("Jemal Countess via
 * Getty Images.", "AP Photo/Evan Vucci") that describes the picture in the present tense ("Hillary Clinton
 * introduces ...", "Two powerful ladies having a powerful conversation."), with no quote and no verb in the past,
 * which the article's own sentences after a credit have ("Paul then interjected, ..."). One in the past ("Some of the
 * office space the campaign had been paying $35,000 a month for.") gives no figure when it is short and quotes or
 * reports no one; what it reports is kept, as an article sentence's would be.
 * And the crosshead or caption printed over a picture whose credit stands alone below it ("He said he'd build a
 * wall." then "Getty."): one short sentence of its own, which no article paragraph before a picture is.
 */

import { CUE_WORDS } from './cues.ts';

/** A paragraph that credits a photograph. */
const CREDIT =
  /(?:\bvia Getty Images|\/Getty Images|\bAP Photo\b|^\(?(?:Photo|Photograph|Credit)\s*:)[^\n]{0,40}$/i;
/** A paragraph that is only the credit of a picture: an agency or a source, alone or joined by slashes ("Getty.", "Handout/Reuters."). */
const LONE_CREDIT =
  /^(?:[\p{L}.]+ ?\/ ?)*(?:Getty(?: Images)?|Reuters|AP|AFP|EPA|Shutterstock|Instagram)(?: ?\/ ?[\p{L}.]+)*\.?$/u;
/** The longest lone credit: a longer paragraph is the article's, and is not tested against `LONE_CREDIT` (whose repeats are slow on long text). */
const MAX_CREDIT_CHARS = 60;
/** The most words a crosshead or caption over a lone credit has: a paragraph of the article's runs longer. */
const MAX_HEADING_WORDS = 25;
/** What an article's own sentence has and a caption in the present has not: quote marks, a verb in the past. */
const NARRATION = /["“”‘’]|\b\p{Ll}{2,}ed\b|\b(?:said|told|says|was|were|had|did|went|came|took|made)\b/u;
/** What an article's own sentence after a credit has and a caption in the past has not: a quote mark (an apostrophe is none). */
const QUOTE_MARK = /["“”«»]|(?<![\p{L}\p{N}])[‘’']|[‘’'](?![\p{L}\p{N}])/u;

/** A paragraph whose last sentence is "Credit" and a name in capitals ("Credit Jane Roe/Agence France-Presse — Getty Images"). */
const ENDS_ON_CREDIT = /[.!?]["”’]?\s+Credit\s+\p{Lu}[^.!?\n]{0,120}$/u;

/** The most words of a caption: a paragraph after a credit that runs longer is the article's. */
const MAX_CAPTION_WORDS = 50;

/** Whether a paragraph after a credit is the article's: it quotes someone, reports what they said, or runs long. */
function articleParagraph(paragraph: string): boolean {
  const words = paragraph.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return QUOTE_MARK.test(paragraph) || words.length > MAX_CAPTION_WORDS || words.some((word) => CUE_WORDS.has(word));
}

/** A caption's stretch (a paragraph); `figuresOnly` when only its figures are no claim (a caption in the past). */
export interface Caption {
  start: number;
  end: number;
  figuresOnly?: boolean;
}

/** The captions of `text`: the stretches (paragraphs) that no claim is taken from. */
export function findCaptions(text: string): Caption[] {
  const captions: Caption[] = [];
  const paragraphs = [...text.matchAll(/[^\n]+/g)].filter((p) => p[0].trim() !== '');
  for (let i = 1; i < paragraphs.length; i += 1) {
    const [credit, caption] = [paragraphs[i - 1], paragraphs[i]];
    if (!credit || !caption || !CREDIT.test(credit[0].trim()) || articleParagraph(caption[0])) continue;
    const start = caption.index ?? 0;
    captions.push({ start, end: start + caption[0].length, ...(NARRATION.test(caption[0]) ? { figuresOnly: true } : {}) });
  }
  // "Peacekeepers at a camp on Monday. ... Credit Jane Roe/Agency": a caption that ends on its own credit, as flattened
  // New York Times pages print it, is the picture's, whatever it reports.
  for (const paragraph of paragraphs) {
    if (!ENDS_ON_CREDIT.test(paragraph[0].trim())) continue;
    const start = paragraph.index ?? 0;
    captions.push({ start, end: start + paragraph[0].length });
  }
  // The last paragraph is not a picture's credit but the agency's sign-off under the article ("Reuters").
  for (let i = 1; i < paragraphs.length - 1; i += 1) {
    const [heading, credit] = [paragraphs[i - 1], paragraphs[i]];
    if (!heading || !credit || !isLoneCredit(credit[0].trim()) || !isHeading(heading[0].trim())) continue;
    const start = heading.index ?? 0;
    captions.push({ start, end: start + heading[0].length });
  }
  return captions;
}

/** Whether a paragraph is only a picture's credit. */
function isLoneCredit(paragraph: string): boolean {
  return paragraph.length <= MAX_CREDIT_CHARS && LONE_CREDIT.test(paragraph);
}

/**
 * Whether a paragraph reads as a crosshead or a caption: one sentence of a few words, not opened by a quote (a
 * quoted reaction over its speaker's picture is what they said). Quoted words inside are a crosshead's too ("He
 * said “The Hispanics” love him.").
 */
function isHeading(paragraph: string): boolean {
  const words = paragraph.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const sentences = paragraph.replace(/[.!?]["“”’]?$/u, '').split(/[.!?]["“”’]?\s+(?=["“‘]?\p{Lu})/u);
  return words.length <= MAX_HEADING_WORDS && sentences.length === 1 && !/^["“‘]/u.test(paragraph);
}
