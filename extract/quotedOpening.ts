/**
 * "The plan, she said, “is a disaster”": the first word inside a quotation masked as one token, so that a clause
 * around a parenthetical cue can be read on though its second part opens with a quote mark. Pure.
 */
import type { Token } from './tokenize.ts';

/** The first word printed inside a masked quotation token ("§..."), else null. */
export function quotedOpening(token: Token | undefined, text: string): string | null {
  if (token === undefined || !token.text.startsWith('§')) return null;
  return /^[\s"'“‘”’«»]*(\p{L}+(?:[’']\p{L}+)?)/u.exec(text.slice(token.start, token.end))?.[1] ?? null;
}
