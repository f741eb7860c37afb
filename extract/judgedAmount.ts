/**
 * An amount a sentence opens with only to judge it ("Eight years is a very long time in baseball", "Five seasons seems
 * like a reasonable length for a player his age", "$40 million sounds like a lot"): a generic number, which nobody
 * reports as a fact, so no figure claim (labels README: generic or hypothetical numbers are not claims). English only.
 */

/** Where a clause may open before the amount: the text's start, a sentence's end, a quote mark, "But" or "And". */
const OPENS_CLAUSE = /(?:^|[.!?;:]\s*|["“‘']\s*|(?:^|[.!?]\s+|["“‘']\s*)(?:but|and|yet)\s+)$/i;
/**
 * A verb of being or seeming, then a judgement of size or fairness ("is a very long time", "seems like a reasonable
 * length", "sounds like a lot", "is too much", "feels fair"), not a value or a name ("is the offer on the table").
 */
const JUDGED_AFTER =
  /^\s+(?:is|was|seems|seemed|sounds|sounded|feels|felt|looks|looked)\s+(?:like\s+)?(?:(?:a|an)\s+)?(?:(?:very|really|pretty|fairly|quite|awfully|rather|so|too|way|extremely|incredibly)\s+)*(?:long|short|reasonable|fair|lot|much|many|little|few|enough|plenty|excessive|eternity|lifetime|huge|modest|generous|steep|cheap|expensive)\b/i;

/** Whether the amount printed at [start, end) opens its clause and is then judged (JUDGED_AFTER), not reported. */
export function isJudgedAmount(text: string, start: number, end: number): boolean {
  return OPENS_CLAUSE.test(text.slice(Math.max(0, start - 40), start)) && JUDGED_AFTER.test(text.slice(end, end + 80));
}
