/** Author names from a byline as printed: no "By", no role, no date, no script text, no button label; several kept apart. */

// A part of a byline that names a job or a desk, not a person ("Senior Staff Technologist", "Foreign Editor").
const ROLE_WORD =
  /^(?:(?:staff|senior|chief|deputy|associate|assistant|managing|executive|contributing|special|foreign|political|editor|correspondent|reporter|writer|director|professor|president|manager|officer|producer|fellow|head|lead|desk|news|team|contributor|author|photographer|\p{L}+ist)s?)$/iu;
// The words of the buttons and links printed around a byline ("Follow Author", "More from", "View all posts").
const UI_WORD =
  /^(?:(?:un)?follow(?:ing)?|share|subscribe|more|from|view|see|all|posts?|articles?|stories|profile|bio|about|contact|e-?mail|twitter|facebook|linkedin|instagram|rss|the|our|this|me|us|by|written)$/i;
const PARTICLE = /^(?:de|del|della|da|di|do|dos|du|van|von|der|den|la|le|ter|ten|bin|al|el|y|e)$/;
const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?\s*\d/i;
const LEADING_BY = /^(?:(?:written|words|text|story|reported|posted)\s+)?(?:by|von|par|por|door|di|av|af|от|автор)\s*:?\s+/iu;
// A button's label before the name: "Follow Ann Lee", "More from Ann Lee", "View all posts by Ann Lee".
const LEADING_LABEL =
  /^(?:(?:un)?follow|more (?:from|by)|(?:(?:view|see) )?(?:all )?(?:posts|articles|stories)(?: by)?|about(?: the author)?)\s*:?\s+/i;
// What follows the author's name and is not it: a button ("Follow", "Share") or another contributor ("Edited by").
const TRAILING_LABEL =
  /\s(?:(?:un)?follow|share|subscribe|more from|view all|see all)\b|(?:^|\s)(?:edited|reviewed|fact-checked|illustrated|photographed|translated|updated|additional reporting|photos?|photographs?|illustrations?|graphics|video)\s+by\b/i;
const SCRIPT = /[{};]|=>|\bfunction\b|\bvar\s|\bwindow\.|\bdocument\./;

/**
 * The names in a byline ("By Ann Lee and Bo Kim, Staff Writers | May 5, 2024" gives ["Ann Lee", "Bo Kim"]); empty
 * when it holds nothing that reads as a name (a URL, script code, a button's label, a desk: "Our Foreign Staff").
 */
export function readAuthors(raw: string | null | undefined): string[] {
  if (raw === null || raw === undefined) return [];
  let text = raw.replace(/\s+/g, ' ').trim();
  if (text === '' || SCRIPT.test(text) || /^https?:\/\//i.test(text) || text.length > 200) return [];
  text = text.replace(LEADING_LABEL, '').replace(LEADING_BY, '');
  text = cutAtDate(text).replace(/[\s,;:|–—-]+$/, '').trim();
  if (text === '' || isLabel(text)) return [];
  const parts = splitNames(text);
  return parts.length > 0 ? parts : [text];
}

/**
 * Whether a byline-like element holds only a button's or a heading's label ("Follow Author", "Share", "Author"), or
 * nothing; a desk ("Our Foreign Staff") is a byline that names no one, not a label.
 */
export function isBylineLabel(raw: string): boolean {
  const words = raw.replace(/\s+/g, ' ').trim().split(' ').map(bare);
  return words.every((w) => w === '' || UI_WORD.test(w) || /^authors?$/i.test(w));
}

/** Several authors in one byline: ", " between them, "; " when a name holds a comma itself ("Jong, Michiel de"). */
export function joinAuthors(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  return names.join(names.some((name) => name.includes(',')) ? '; ' : ', ');
}

// Everything from the first date, button or other contributor on is not the name: "Nathan Willis March 25, 2015",
// "Ann Lee | 6:00 PM", "Ann Lee Follow", "Rob Ewaschuk Edited by Betsy Beyer"; nothing is left of "Edited by Bo Kim"
// or "May 5, 2024".
function cutAtDate(text: string): string {
  const label = TRAILING_LABEL.exec(text)?.index;
  if (label === 0 || MONTH.exec(text)?.index === 0 || /^\d/.test(text)) return '';
  const cuts = [MONTH.exec(text)?.index, /\d/.exec(text)?.index, / [|•·] /.exec(text)?.index, label].filter(
    (i): i is number => i !== undefined && i > 0,
  );
  return cuts.length === 0 ? text : text.slice(0, Math.min(...cuts));
}

// Only the words of buttons, jobs and desks: "Follow Author", "Author", "Our Foreign Staff", "Staff Writer".
function isLabel(text: string): boolean {
  return text
    .split(' ')
    .map(bare)
    .every((w) => w === '' || UI_WORD.test(w) || ROLE_WORD.test(w));
}

const bare = (word: string): string => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/**
 * Names separated by commas, "and" or "&", with role parts dropped; empty when the text does not split into
 * names ("Jong, Michiel de" and "Mac & i" are kept whole by the caller).
 */
function splitNames(text: string): string[] {
  const pieces = text.split(/\s*,\s*|\s+(?:and|und|et|y|e|&)\s+/u).filter((p) => p !== '');
  if (pieces.length < 2 || !isFullName(pieces[0] ?? '')) return [];
  const names: string[] = [];
  for (const piece of pieces) {
    if (isFullName(piece)) names.push(piece);
    else if (isRole(piece) || names.length > 0) break; // a role, a desk or an outlet ends the names
  }
  return names;
}

// Two to five words, each capitalised (or a particle, or an initial): "Daniel Kahn Gillmor", "J. R. Smith".
function isFullName(piece: string): boolean {
  const words = piece.split(' ');
  if (words.length < 2 || words.length > 5 || isRole(piece)) return false;
  return words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || PARTICLE.test(w));
}

function isRole(piece: string): boolean {
  return piece.split(' ').some((w) => ROLE_WORD.test(w));
}
