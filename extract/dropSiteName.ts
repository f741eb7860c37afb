/** A page title without the site's name around it ("Bridge to close – BBC News" gives "Bridge to close"). */

const SEPARATOR = /\s+[|\-–—·•:»/\\]{1,2}\s+/g;

/**
 * Drops a last (or first) segment of `title` that is one of the site's known names (its og:site_name, its
 * publisher, its host; the author on a personal site); the title is left whole when no segment is a known name
 * or when too little would remain.
 */
export function dropSiteName(title: string, knownNames: readonly (string | null)[]): string {
  const names = knownNames.map((n) => (n === null ? '' : fold(n))).filter((n) => n.length >= 2);
  if (names.length === 0) return title;
  const separators = [...title.matchAll(SEPARATOR)];
  const last = separators.at(-1);
  if (last?.index !== undefined) {
    const rest = title.slice(0, last.index);
    if (isSiteName(title.slice(last.index + last[0].length), names) && longEnough(rest, names)) return dropSiteName(rest, knownNames);
  }
  const first = separators[0];
  if (first?.index !== undefined) {
    const rest = title.slice(first.index + first[0].length);
    if (isSiteName(title.slice(0, first.index), names) && longEnough(rest, names)) return rest;
  }
  return title;
}

// A site's segment is short; it may be the name itself, or hold it ("BBC News" for bbc.co.uk), or be held by a
// longer name ("Aktuálně.cz" in "Aktuálně.cz - Víte, co se právě děje").
function isSiteName(segment: string, names: readonly string[]): boolean {
  const folded = fold(segment);
  if (folded === '' || segment.trim().split(/\s+/).length > 5) return false;
  return names.some((name) => folded === name || containsWord(folded, name) || containsWord(name, folded));
}

function containsWord(text: string, word: string): boolean {
  return word.length >= 3 && ` ${text} `.includes(` ${word} `);
}

function longEnough(rest: string, names: readonly string[]): boolean {
  return (rest.trim().split(/\s+/).length >= 2 || rest.trim().length >= 12) && !isSiteName(rest, names);
}

// Letters and digits only, lower-cased, words separated by one space: "Aktuálně.cz" and "aktuálně cz" agree.
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/^@/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
