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
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).split(/\s+/);
  const words = line.filter((w) => /^[^\p{L}]*\p{L}{4,}/u.test(w));
  return line.length <= MAX_HEADLINE_WORDS && words.length >= 4 && words.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w));
}
