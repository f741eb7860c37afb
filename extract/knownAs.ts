/**
 * "the base chief known as Bob", "a woman identified only as Maria": a person described, then named by a single word the
 * story gives in place of a full name. The name is that person's, wherever the text prints it again ("Bob said he
 * ..."), though one capitalised word alone would read as an organisation's.
 */

import { isPersonKind } from './wordnetNouns.ts';

/** A description's head noun, then "known as", "identified (only) as" or "who goes by", then the single name. */
const KNOWN_AS =
  /\b(\p{Ll}+)\s+(?:(?:who\s+is\s+|who\s+was\s+)?(?:known|identified)\s+(?:only\s+|simply\s+)?as|who\s+goes\s+by)\s+(\p{Lu}\p{Ll}+)\b(?![ \u00A0]+\p{Lu})/gu;

/** The single names the text introduces for a person described just before them. */
export function knownAsNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(KNOWN_AS)) {
    const [, head = '', name = ''] = match;
    if (isPersonKind(head)) names.add(name);
  }
  return names;
}

/**
 * Whether the word at `k` of `words` is the "as" (or "by") of "known as Bob" before a single capitalised name, so that a
 * speaker phrase read after its cue ("said the base chief known as Bob") runs on to the name.
 */
export function knownAsLinkAt(words: readonly string[], k: number): boolean {
  const link = words[k] ?? '';
  const before = (words[k - 1] ?? '').toLowerCase();
  const name = words[k + 1] ?? '';
  if (!/^\p{Lu}\p{Ll}+$/u.test(name) || /^\p{Lu}/u.test(words[k + 2] ?? '')) return false;
  if (link === 'as')
    return (
      before === 'known' ||
      before === 'identified' ||
      ((before === 'only' || before === 'simply') && /^(?:known|identified)$/i.test(words[k - 2] ?? ''))
    );
  return link === 'by' && before === 'goes' && (words[k - 2] ?? '').toLowerCase() === 'who';
}
