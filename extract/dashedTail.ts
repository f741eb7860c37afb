import { normaliseWord } from './cues.ts';
import type { Token } from './tokenize.ts';

/** Words that open the writer's own contrast or aside after a dash: "— though ...", "— but ...", "— while ...". */
const CONTRAST_OPENERS = /^(?:though|although|but|while|whereas)$/;

/** Where a dash stands at `k`: 1 for "—" or "–", 2 for a double hyphen "--", 0 for none. */
function dashAt(tokens: readonly Token[], k: number): number {
  const text = tokens[k]?.text ?? '';
  if (text === '—' || text === '–') return 1;
  return text === '-' && tokens[k + 1]?.text === '-' && tokens[k + 1]?.start === tokens[k]?.end ? 2 : 0;
}

/**
 * "Lee said the plant would stay open — though the board has not voted", "She said the talks went well — but she
 * left early": a single dash (no second one closes an aside) before a contrast with words of its own sets the
 * writer's narration after the report, which ends before the dash. A "that" after the contrast ("— but that it could
 * fail") is still reported. `tokens` are the clause's and what follows it; the end offset, `end` when there is none.
 */
export function dashedTailEnd(tokens: readonly Token[], start: number, end: number): number {
  for (let k = 1; k < tokens.length - 2; k += 1) {
    const token = tokens[k];
    if (token === undefined || token.start <= start || token.end > end) continue;
    const width = dashAt(tokens, k);
    if (width === 0) continue;
    // "— and later walked back —": a dash that another closes sets off an aside inside the report.
    const closed = tokens.some((t, j) => j >= k + width && t.start < end && dashAt(tokens, j) > 0);
    // A quote in the tail (masked as §) is read with its own clause; the report keeps it rather than leave it alone.
    const quoted = tokens.some((t, j) => j > k && t.start < end && t.text.startsWith('§'));
    if (closed || quoted) return end;
    const next = normaliseWord(tokens[k + width]?.text ?? '');
    const after = tokens[k + width + 1];
    if (after === undefined || !after.word) return end;
    const contrast = CONTRAST_OPENERS.test(next) && normaliseWord(after.text) !== 'that';
    return contrast ? (tokens[k - 1]?.end ?? end) : end;
  }
  return end;
}
