/** Whether a position stands in a headline-like line: every long word capitalised ("Salma Hayek Described Her Experience."). */

const MAX_HEADLINE_WORDS = 25;

/**
 * "31 Latinos Share Their Most Honest Thoughts On Donald Trump.", "ELEVEN POLICE KILLED, DOZENS WOUNDED ...": a line
 * whose every word of four letters or more is capitalised, four of them at least, is a headline (a sentence full
 * of names, "Ted Cruz has 370 delegates", has its lower-case words; a body set in capitals runs longer).
 */
export function inTitleCaseLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lineEnd = text.indexOf('\n', at);
  if (!fewWhitespaceRuns(text, lineStart, lineEnd === -1 ? text.length : lineEnd, MAX_HEADLINE_WORDS - 1)) return false;
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).split(/\s+/);
  const words = line.filter((w) => /^[^\p{L}]*\p{L}{4,}/u.test(w));
  return line.length <= MAX_HEADLINE_WORDS && words.length >= 4 && words.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w));
}

/**
 * Whether text[from, to) holds at most `most` runs of white space, read no further than the run past that: a page
 * printed as one long line asks this of every sentence, and must not split the whole line each time.
 */
function fewWhitespaceRuns(text: string, from: number, to: number, most: number): boolean {
  const space = /\s+/g;
  space.lastIndex = from;
  let runs = 0;
  for (let match = space.exec(text); match !== null && match.index < to; match = space.exec(text)) {
    runs += 1;
    if (runs > most) return false;
  }
  return true;
}

/** The most words a heading printed in sentence case has ("Amazon discounts laptops from $700"): a paragraph runs longer. */
const MAX_HEADING_WORDS = 12;

/**
 * "Amazon discounts laptops from $700", then a paragraph that tells the deal: a short line in sentence case that
 * ends with no sentence's punctuation and stands over more text heads what follows (a deal's or a section's
 * heading, as a headline does) and claims nothing itself; the paragraph under it says the same as a claim. A line
 * that closes a quote or a bracket, or the text's last line, is not one.
 */
export function inUnpunctuatedHeading(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lineEnd = text.indexOf('\n', at);
  if (lineEnd === -1 || !/\S/.test(text.slice(lineEnd))) return false;
  // White space at either end of the line is trimmed below: it adds at most two runs.
  if (!fewWhitespaceRuns(text, lineStart, lineEnd, MAX_HEADING_WORDS + 1)) return false;
  const line = text.slice(lineStart, lineEnd).trim();
  const words = line.split(/\s+/);
  return words.length >= 3 && words.length <= MAX_HEADING_WORDS && /[\p{L}\p{N}%$]$/u.test(line);
}
