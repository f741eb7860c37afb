import { isGuardToken, isNegation } from './compareTexts.ts';
import { isStopWord, stemWord } from './nlp.ts';
import { tokenize } from './normalizeText.ts';

/**
 * Share of the shorter report's words of substance (stemmed) the other must print, and how many at least, for
 * two reports by one named speaker to be one statement in other words. Set on the labelled cross-outlet pairs
 * (npm run eval -- pairs, tune side): at 0.5 and 4 words, 9 of 56 paraphrases join and none of 80 different
 * pairs; at 3 words two different pairs join ("Gigante had a history of heart disease" / "Gigante died ... of
 * apparent heart disease").
 */
const SHARED_SHARE = 0.5;
const SHARED_WORDS = 4;

/** Stems of a report's words of substance: no function words, figures or negations. */
function substance(tokens: readonly string[]): Set<string> {
  return new Set(tokens.filter((t) => t.length > 2 && !isStopWord(t) && !isGuardToken(t)).map(stemWord));
}

/** Names as printed inside a sentence (a capital after a lower-case word): "the Meta corporation" gives "meta". */
function namesIn(text: string): Set<string> {
  return new Set([...text.matchAll(/(?<=[\p{Ll},;]\s+)\p{Lu}[\p{L}'’-]+/gu)].map((m) => m[0].toLowerCase()));
}

/**
 * Whether two reports of one speaker say the same in other words ("if Meta engages in dialogue and aligns with
 * local laws, an agreement could be possible" / "there was a possibility of reaching an agreement if Meta
 * entered into dialogue"): they share most of the shorter one's words of substance (stems), and the shorter one
 * adds no figure, no name and no negation the other lacks. The caller decides that the speaker is one named
 * person or organisation: the words alone never make two speakers' reports one.
 */
export function isParaphrase(a: string, b: string): boolean {
  const [tokensA, tokensB] = [tokenize(a), tokenize(b)];
  const [wordsA, wordsB] = [substance(tokensA), substance(tokensB)];
  const [shorter, longer] = wordsA.size <= wordsB.size ? [wordsA, wordsB] : [wordsB, wordsA];
  const shared = [...shorter].filter((w) => longer.has(w)).length;
  if (shared < SHARED_WORDS || shared < SHARED_SHARE * shorter.size) return false;
  const figures = (tokens: readonly string[]) => new Set(tokens.filter((t) => /\d/.test(t)));
  const [figuresA, figuresB] = [figures(tokensA), figures(tokensB)];
  const [fewerFigures, moreFigures] = wordsA.size <= wordsB.size ? [figuresA, figuresB] : [figuresB, figuresA];
  if (![...fewerFigures].every((f) => moreFigures.has(f))) return false;
  const negations = (tokens: readonly string[]) => tokens.filter(isNegation).length % 2;
  if (negations(tokensA) !== negations(tokensB)) return false;
  const [namesShort, textLong] = wordsA.size <= wordsB.size ? [namesIn(a), b] : [namesIn(b), a];
  const longWords = new Set([...tokenize(textLong)].map(stemWord));
  return [...namesShort].every((name) => longWords.has(stemWord(name)) || namesIn(textLong).has(name));
}
