/** Proper names in a sentence: capitalised words and runs, the subject context of a claim. */

import { isCapitalised, isPossessive, stripPossessive, tokensIn } from './tokenize.ts';
import type { Token } from './tokenize.ts';
import type { SentenceSpan } from './splitSentences.ts';

const STOPWORDS = new Set([
  'the', 'a', 'an', 'i', 'in', 'on', 'at', 'it', 'he', 'she', 'they', 'we', 'you', 'this', 'that', 'these',
  'those', 'but', 'and', 'or', 'if', 'when', 'while', 'as', 'after', 'before', 'since', 'so', 'for', 'with',
  'from', 'by', 'to', 'of', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'there', 'here', 'some',
  'many', 'more', 'most', 'less', 'no', 'not', 'yes', 'mr', 'mrs', 'ms', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'today', 'yesterday', 'tomorrow', 'however', 'meanwhile', 'earlier', 'later', 'last', 'next', 'what',
  'who', 'why', 'how', 'where', 'which', 'all', 'one', 'two', 'three', 'now', 'then', 'also', 'still',
]);
// Nationality adjectives before a noun ("Russian users") are not names of anything.
const DEMONYM = /(?:ian|ean|ese|ish)$/;

/** Capitalised words seen away from a sentence start: names even when they open a sentence. */
export function collectKnownNames(text: string, textTokens: readonly Token[], sentences: readonly SentenceSpan[]): Set<string> {
  const known = new Set<string>();
  for (const sentence of sentences) {
    const tokens = tokensIn(textTokens, text, sentence.start, sentence.end).filter((t) => t.word);
    for (const token of tokens.slice(1)) {
      if (isCapitalised(token.text) && !STOPWORDS.has(token.text.toLowerCase())) known.add(stripPossessive(token.text));
    }
  }
  return known;
}

/**
 * Entities of one sentence, given as its tokens; `known` lets a sentence-initial word count when it is a name
 * elsewhere.
 */
export function findEntities(tokens: readonly Token[], known: ReadonlySet<string>): string[] {
  const firstWord = tokens.findIndex((t) => t.word);
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length > 0) out.push(run.join(' '));
    run = [];
  };
  for (const [k, token] of tokens.entries()) {
    // A sentence-initial word followed by more capitalised words opens a multi-word name.
    const next = tokens[k + 1];
    const opensRun = k === firstWord && next !== undefined && next.word && isCapitalised(next.text) && next.start - token.end === 1;
    if (!token.word || !isCapitalised(token.text) || !isNameWord(token, k === firstWord && !opensRun, known, next)) {
      flush();
      continue;
    }
    const previous = tokens[k - 1];
    if (run.length > 0 && previous && token.start - previous.end > 1) flush();
    run.push(stripPossessive(token.text).replace(/\.$/, ''));
    if (isPossessive(token.text)) flush();
  }
  flush();
  return [...new Set(out)];
}

function isNameWord(token: Token, atStart: boolean, known: ReadonlySet<string>, next: Token | undefined): boolean {
  const bare = stripPossessive(token.text);
  if (STOPWORDS.has(bare.toLowerCase()) || /^\p{N}/u.test(bare)) return false;
  if (DEMONYM.test(bare) && next !== undefined && /^\p{Ll}/u.test(next.text)) return false;
  // Mixed case ("WhatsApp") or capitals ("NATO") mark a name even at a sentence start.
  return !atStart || known.has(bare) || /\p{Ll}\p{Lu}/u.test(bare) || /^\p{Lu}{2,}$/u.test(bare);
}
