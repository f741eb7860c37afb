/**
 * A summary deck printed on the text's first line and run into the lede without its stop ("Boston looks to sign the
 * slugger for eight years Though the Red Sox keep quiet, ..."): a capitalised opener of a sentence right after a
 * lower-case word, inside the first sentence. In running prose the opener would be in lower case, so the words before
 * it are a line of its own that lost its stop when the page was flattened: the deck (or a headline) over the story,
 * which sums up what the lede then reports. The story starts at the opener.
 */

/** Words that open a sentence and are in lower case inside one (articles, conjunctions, subordinators, a few plurals). */
const OPENERS =
  'The|An|A|Though|Although|While|When|As|But|And|Police|Officials|Authorities|Millions|Thousands|Hundreds|Dozens';
/** A lower-case word, a space, an opener and a lower-case word: "... for eight years Though the Red Sox ...". */
const GLUED = new RegExp(String.raw`(?<=(?:^|[^\p{L}])(\p{Ll}+)) +(?=(?:${OPENERS}) \p{Ll})`, 'u');
/** Words that label by a letter, after which "A" is no opener ("vitamin A deficiency", "plan A was"). */
const LETTER_LABELS =
  /^(?:vitamin|type|plan|grade|class|group|category|section|part|exhibit|level|tier|option|model|size)$/;
/** The fewest words of a deck before its opener: one or two are a label or a kicker. */
const MIN_WORDS = 4;
/** The end of the first sentence: a stop, or a line break. */
const SENTENCE_END = /[.!?…]["'”’)]?\s|\n/u;

/** Where the story starts after a deck run into the lede on the text's first line, else 0. */
export function gluedDeckEnd(text: string): number {
  const lead = /^\s*/u.exec(text)?.[0].length ?? 0;
  const rest = text.slice(lead);
  const stop = SENTENCE_END.exec(rest);
  const first = stop === null ? rest : rest.slice(0, stop.index);
  const glued = GLUED.exec(first);
  if (glued === null) return 0;
  const at = glued.index + glued[0].length;
  if (first.startsWith('A ', at) && LETTER_LABELS.test(glued[1] ?? '')) return 0;
  if (
    first
      .slice(0, glued.index)
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w)).length < MIN_WORDS
  )
    return 0;
  return lead + at;
}
