/**
 * The headline and summary deck of an archive's export of an article ("Mayor quits.\n\nABSTRACT.\n\nThe mayor
 * resigned after 12 years.\n\nFULL TEXT.\n\nThe mayor of ..."): every line before the "FULL TEXT" marker, when an
 * "ABSTRACT" marker within the first few lines comes before it. The deck sums up the story the full text then reports,
 * so its mentions would only repeat the body's, often cut short ("three background checks" with nobody's cue).
 */

/** A marker line of its own, in capitals, with or without its full stop. */
const ABSTRACT_MARKER = /^[ \t]*ABSTRACT\.?[ \t]*$/m;
const FULL_TEXT_MARKER = /^[ \t]*FULL TEXT\.?[ \t]*$/m;
/** The most lines (a headline and its second line) printed before the "ABSTRACT" marker. */
const MAX_HEADLINE_LINES = 3;
/**
 * The most lines of a deck between the markers (an archive's summary is a paragraph): a page that prints "ABSTRACT"
 * near its top and "FULL TEXT" far down has its body between them, which is kept.
 */
const MAX_DECK_LINES = 3;

const nonEmptyLines = (text: string): number => text.split('\n').filter((line) => line.trim() !== '').length;

/** Where the full text of an archive export starts (just after its "FULL TEXT" marker), else 0. */
export function archiveBodyStart(text: string): number {
  const abstract = ABSTRACT_MARKER.exec(text);
  if (abstract === null) return 0;
  if (nonEmptyLines(text.slice(0, abstract.index)) > MAX_HEADLINE_LINES) return 0;
  const after = abstract.index + abstract[0].length;
  const fullText = FULL_TEXT_MARKER.exec(text.slice(after));
  if (fullText === null || nonEmptyLines(text.slice(after, after + fullText.index)) > MAX_DECK_LINES) return 0;
  return after + fullText.index + fullText[0].length;
}
