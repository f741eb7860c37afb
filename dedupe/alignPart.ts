import { isGuardToken } from './compareTexts.ts';
import { tokenize } from './normalizeText.ts';
import { isStopWord, stemWord } from './nlp.ts';

/** Stands for a cut in a printed part: an ellipsis or an editor's bracketed insertion ("[to Berlin]"). */
export const CUT = '\u0000';

/** An ellipsis ("…", "...", ". . .") or a bracketed insertion, each a place where the printed words leave the original. */
const CUTS = /\u2026|\.\s?\.\s?\.|\[[^\]]{0,80}\]/g;

/**
 * The words of a printed text with its cuts kept as CUT tokens ("we will … go [to Berlin] soon" -> we, will, CUT,
 * go, CUT, soon), none at either end and never two together: an editor's insertion stands for words it replaced.
 */
export function wordsWithCuts(text: string): string[] {
  const words: string[] = [];
  for (const piece of text.split(CUTS)) {
    const tokens = tokenize(piece);
    if (tokens.length === 0) continue;
    if (words.length > 0) words.push(CUT);
    words.push(...tokens);
  }
  return words;
}

/** Edits a part of this many words may differ by (a function word changed, dropped or added per eight). */
export const editBudget = (words: number) => Math.floor(words / 8);

const NEVER = Number.POSITIVE_INFINITY;

/**
 * One word printed in two forms that no stem joins ("although" / "though", "towards" / "toward"): a printing that
 * takes the other form changes nothing of what was said.
 */
const WORD_FORMS = new Map<string, string>([
  ['although', 'though'], ['whilst', 'while'], ['amongst', 'among'], ['towards', 'toward'], ['afterwards', 'afterward'],
  ['backwards', 'backward'], ['forwards', 'forward'], ['upwards', 'upward'], ['downwards', 'downward'], ['till', 'until'],
]);
const formOf = (word: string) => WORD_FORMS.get(word) ?? word;

/** What changing, dropping or adding a word costs: a function word 1, a word of substance, a figure or a negation never. */
const editCost = (word: string) => (isGuardToken(word) || !isStopWord(word) ? NEVER : 1);

/**
 * Where a printed part (wordsWithCuts) can sit inside a whole text's words: the token counts of the whole at
 * which some alignment of the part ends, allowing the part's cuts to skip any words of the whole, another form
 * of a word ("Fijian" for "Fiji": one stem; "though" for "although": WORD_FORMS), and at most `budget` other
 * edits, each a function word changed, dropped or added ("the troops" for "our troops"). A word of substance, a figure or a negation is never edited,
 * so a part that changes what is claimed ("10 million" for "100 million", a dropped "not", "group" for
 * "province") never fits.
 * Semi-global alignment: the whole's words before and after the part are free.
 */
export function partEnds(part: readonly string[], whole: readonly string[], budget: number): number[] {
  const m = whole.length;
  let previous: number[] = new Array<number>(m + 1).fill(0);
  for (const word of part) {
    const current = new Array<number>(m + 1);
    if (word === CUT) {
      current[0] = previous[0] ?? NEVER;
      for (let j = 1; j <= m; j++) current[j] = Math.min(current[j - 1] ?? NEVER, previous[j] ?? NEVER);
    } else {
      const dropped = editCost(word);
      const stem = stemWord(word);
      current[0] = (previous[0] ?? NEVER) + dropped;
      for (let j = 1; j <= m; j++) {
        const other = whole[j - 1] ?? '';
        const changed =
          other === word || (!isGuardToken(word) && (stemWord(other) === stem || formOf(other) === formOf(word))) ? 0 : Math.max(editCost(word), editCost(other));
        const added = editCost(other);
        current[j] = Math.min(
          (previous[j - 1] ?? NEVER) + changed,
          (previous[j] ?? NEVER) + dropped,
          (current[j - 1] ?? NEVER) + added,
        );
      }
    }
    previous = current;
  }
  const ends: number[] = [];
  for (let j = 1; j <= m; j++) if ((previous[j] ?? NEVER) <= budget) ends.push(j);
  return ends;
}
