/**
 * Whether two printings of one speaker report one assertion in other words: "Within a moment or
 * two, the entire roof was engulfed in flame" and "In the next minute or two, the entire roof was in flames".
 * Words of substance are matched as stems or WordNet senses (synonyms.ts: "difficult" and "hard"); figures,
 * negations and names are guards, since a paraphrase keeps them while a sibling statement changes them.
 */
import { isGuardToken } from './compareTexts.ts';
import { isStopWord, stemWord } from './nlp.ts';
import { tokenize } from './normalizeText.ts';
import { sensesOf, shareSense } from './synonyms.ts';

/** Fewest words of substance two printings must share (as stems or senses) to be one assertion. */
const SHARED_WORDS = 3;
/** Share of the shorter printing's words of substance the longer must hold. */
const COVER = 0.6;
/** Below this many shared words, the shorter printing must be covered by FEW_COVER of its words of substance. */
const FEW_SHARED = 5;
const FEW_COVER = 0.75;
/** Share of both printings' words of substance that match (Dice): a short report inside a long speech is not one assertion. */
const OVERLAP = 0.45;

/** A word whose change turns an assertion into its opposite ("no", "not", "n't", "never"). */
const isNegation = (t: string) =>
  (isGuardToken(t) &&
    !/\d/.test(t) &&
    /^(?:no|not|never|none|nobody|nothing|neither|nor|nowhere|without|cannot|.*n't|не|нет|ни|никогда|ничего)$/.test(
      t,
    )) ||
  t === "n't";
/** A figure as printed: digits (word numbers are too often idiom: "one of", "a moment or two"). */
const isFigure = (t: string) => /\d/.test(t);

/** Words of substance: no function word, figure or negation, and at least one letter. */
const substance = (tokens: readonly string[]) =>
  tokens.filter((t) => !isGuardToken(t) && !isStopWord(t) && t.length > 1 && /\p{L}/u.test(t));

/** Honorifics and pronouns that a capital does not make a name. */
const NOT_NAMES = new Set(['i', 'mr', 'mrs', 'ms', 'dr', 'sir']);

/** The names a printing holds: capitalised words that do not open a sentence, lower case. */
function namesOf(text: string): string[] {
  const names: string[] = [];
  for (const sentence of text.split(/[.!?:;"“”]\s+/)) {
    const words = sentence.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w !== '');
    for (const word of words.slice(1)) {
      const lower = word.toLowerCase().replace(/['’]s$/, '');
      if (/^\p{Lu}/u.test(word) && !NOT_NAMES.has(lower) && !isStopWord(lower)) names.push(lower);
    }
  }
  return names;
}

/**
 * Whether each printing names someone or something the other does not ("Telegram has wide support" and "WhatsApp
 * has wide support"): a name swapped for another. A name one of them adds ("Promises Treatment Center" and
 * "Malibu Promises Treatment Center") is detail, not another subject.
 */
function swappedNames(a: string, b: string): boolean {
  const [lowerA, lowerB] = [a.toLowerCase(), b.toLowerCase()];
  return (
    namesOf(a).some((name) => !lowerB.includes(name)) && namesOf(b).some((name) => !lowerA.includes(name))
  );
}

/** How many of `few`'s words find a match of their own in `many`: the same stem, else a shared sense. */
function matchedWords(
  few: readonly string[],
  many: readonly string[],
): { matched: number; unmatched: string[] } {
  const used = new Array<boolean>(many.length).fill(false);
  let matched = 0;
  const unmatched: string[] = [];
  const take = (pick: (other: string) => boolean) => {
    const j = many.findIndex((other, k) => !used[k] && pick(other));
    if (j < 0) return false;
    used[j] = true;
    return true;
  };
  for (const word of few) {
    const stem = stemWord(word);
    if (take((other) => stemWord(other) === stem) || take((other) => shareSense(word, other))) matched += 1;
    else unmatched.push(word);
  }
  return { matched, unmatched };
}

/**
 * The sentences of a printing, each as tokens (a paraphrase may report one sentence of a longer quote): a
 * sentence ends after a word of two letters or more ("U.S." does not end one) and before a capital.
 */
const sentencesOf = (text: string) =>
  text.split(/(?<=\p{Ll}{2}[.!?]["”’]?)\s+(?=["“]?\p{Lu})/u).filter((t) => tokenize(t).length > 0);

/** A printing as compared: its text and tokens, and its words of substance. */
interface Printing {
  text: string;
  tokens: readonly string[];
  words: readonly string[];
}

const printing = (text: string, tokens: readonly string[] = tokenize(text)): Printing => ({
  text,
  tokens,
  words: substance(tokens),
});

/**
 * Whether `short` says what `long` says: enough words of substance shared (SHARED_WORDS, COVER of the shorter's
 * and OVERLAP of both), and every word of the shorter's that WordNet lacks among them; the figures of the one
 * with fewer among the other's; as many negations, odd or even
 * ("not" and "no chance" agree, "a chance" and "no chance" do not); no name swapped for another.
 */
function sameAssertion(short: Printing, long: Printing): boolean {
  if (short.words.length < SHARED_WORDS) return false;
  const [figuresA, figuresB] = [short.tokens.filter(isFigure), long.tokens.filter(isFigure)];
  const [fewer, more] =
    figuresA.length <= figuresB.length ? [figuresA, new Set(figuresB)] : [figuresB, new Set(figuresA)];
  if (!fewer.every((f) => more.has(f))) return false;
  if (short.tokens.filter(isNegation).length % 2 !== long.tokens.filter(isNegation).length % 2) return false;
  if (swappedNames(short.text, long.text)) return false;
  const { matched, unmatched } = matchedWords(short.words, long.words);
  // A word WordNet lacks is a name or a term of art ("rcmp", "q10"): a rewording keeps it, a sibling swaps it.
  if (unmatched.some((word) => sensesOf(word).length === 0)) return false;
  // A few shared words ("wide support among voters") make a frame, not an assertion: the shorter must then be all but whole in the longer.
  const cover = matched < FEW_SHARED ? FEW_COVER : COVER;
  return (
    matched >= SHARED_WORDS &&
    matched >= cover * short.words.length &&
    (2 * matched) / (short.words.length + long.words.length) >= OVERLAP
  );
}

/**
 * Whether two printings (by one speaker: the caller's to know) are one assertion reworded
 * (sameAssertion): the shorter (fewer words of substance) and the longer, or one of the longer's sentences,
 * since a report may reword one sentence of a longer quote.
 */
export function rewordedAssertion(a: string, b: string): boolean {
  const [printingA, printingB] = [printing(a), printing(b)];
  if (printingA.words.length === printingB.words.length)
    return reports(printingA, printingB) || reports(printingB, printingA);
  return printingA.words.length < printingB.words.length
    ? reports(printingA, printingB)
    : reports(printingB, printingA);
}

/** Whether `short`'s words are a run of `long`'s: a part, which compareQuotes judges (it must end a clause), not a rewording. */
const isRunOf = (short: Printing, long: Printing) =>
  ` ${long.tokens.join(' ')} `.includes(` ${short.tokens.join(' ')} `);

/** Whether `short` says what `long` or one of its sentences says (sameAssertion), in words of its own. */
function reports(short: Printing, long: Printing): boolean {
  if (isRunOf(short, long)) return false;
  if (sameAssertion(short, long)) return true;
  const sentences = sentencesOf(long.text);
  return sentences.length > 1 && sentences.some((sentence) => sameAssertion(short, printing(sentence)));
}
