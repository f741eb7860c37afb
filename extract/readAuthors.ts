/** Author names from a byline as printed: no "By", no role, no date, no script text; several kept apart. */

// A part of a byline that names a job or a desk, not a person ("Senior Staff Technologist", "Foreign Editor").
const ROLE_WORD =
  /^(?:(?:staff|senior|chief|deputy|associate|assistant|managing|executive|contributing|special|foreign|political|editor|correspondent|reporter|writer|director|professor|president|manager|officer|producer|fellow|head|lead|desk|news|team|contributor|author|photographer|\p{L}+ist)s?)$/iu;
const PARTICLE = /^(?:de|del|della|da|di|do|dos|du|van|von|der|den|la|le|ter|ten|bin|al|el|y|e)$/;
const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?\s*\d/i;
const LEADING_BY = /^(?:by|von|par|por|door|di|av|af|от|автор)\s*:?\s+/iu;
const SCRIPT = /[{};]|=>|\bfunction\b|\bvar\s|\bwindow\.|\bdocument\./;

/**
 * The names in a byline ("By Ann Lee and Bo Kim, Staff Writers | May 5, 2024" gives ["Ann Lee", "Bo Kim"]); empty
 * when it holds nothing that reads as a name (a URL, script code).
 */
export function readAuthors(raw: string | null | undefined): string[] {
  if (raw === null || raw === undefined) return [];
  let text = raw.replace(/\s+/g, ' ').trim();
  if (text === '' || SCRIPT.test(text) || /^https?:\/\//i.test(text) || text.length > 200) return [];
  text = cutAtDate(text.replace(LEADING_BY, '')).replace(/[\s,;:|–—-]+$/, '').trim();
  if (text === '') return [];
  const parts = splitNames(text);
  return parts.length > 0 ? parts : [text];
}

// Everything from the first date on is not the name: "Nathan Willis March 25, 2015", "Ann Lee | 6:00 PM".
function cutAtDate(text: string): string {
  const cuts = [MONTH.exec(text)?.index, /\d/.exec(text)?.index, / [|•·] /.exec(text)?.index].filter(
    (i): i is number => i !== undefined && i > 0,
  );
  return cuts.length === 0 ? text : text.slice(0, Math.min(...cuts));
}

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
