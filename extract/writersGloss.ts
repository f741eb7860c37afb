import { normaliseWord } from './cues.ts';
import { isCapitalised } from './tokenize.ts';
import type { Token } from './tokenize.ts';

/** Words that count the things a relative "of which" or "of whom" picks out ("both of which", "none of whom"). */
const QUANTIFIERS = /^(?:both|neither|all|each|none|some|one|many|most)$/;
/** What opens a verbless gloss after "the latter" or "the former": a noun phrase or a participle of naming. */
const GLOSS_OPENERS = /^(?:a|an|the|meaning|referring|being)$/;

/**
 * "Many of the closures have involved semiprivate courses, the latter a reference to clubs that ...", "any efforts to
 * oust him could backfire, angering his supporters, both of which Ms. Lee praised on Tuesday": after a comma, a
 * verbless gloss on "the latter" or "the former", or a relative on a count of what was just named whose subject is
 * someone the text names (capitalised), is the writer's aside; the report ends before the comma. "..., all of which
 * he said would help" (the speaker's own pronoun) goes on. `tokens` are the clause's and what follows it; the end
 * offset, `end` when there is no such aside.
 */
export function writersGlossEnd(tokens: readonly Token[], start: number, end: number): number {
  for (let k = 1; k < tokens.length - 3; k += 1) {
    const comma = tokens[k];
    if (comma === undefined || comma.text !== ',' || comma.start <= start || comma.end > end) continue;
    const [a, b, c, d] = [1, 2, 3, 4].map((j) => normaliseWord(tokens[k + j]?.text ?? ''));
    const gloss = a === 'the' && /^(?:latter|former)$/.test(b ?? '') && GLOSS_OPENERS.test(c ?? '');
    const next = tokens[k + 4];
    const countedRelative = QUANTIFIERS.test(a ?? '') && b === 'of' && /^(?:which|whom)$/.test(c ?? '') && next !== undefined && next.word && isCapitalised(next.text) && d !== 'i';
    if (gloss || countedRelative) return tokens[k - 1]?.end ?? end;
  }
  return end;
}
