/**
 * Whether two printings of one speaker report one assertion in other words: "Within a moment or
 * two, the entire roof was engulfed in flame" and "In the next minute or two, the entire roof was in flames".
 * Words of substance are matched as stems, WordNet senses (synonyms.ts: "difficult" and "hard"), a noun and a kind
 * of it ("buildings" and "structure") or a name printed two ways ("Bireuen" and "Bireun"); figures,
 * negations, names, antonyms and sister terms in one slot (contraryWords.ts) are guards, since a paraphrase keeps
 * them while a sibling statement changes them; past the
 * guards and enough shared words, a logistic regression learnt on labelled sentence pairs decides
 * (rewordingWeights.ts, learnt by test/eval/learnRewording.ts).
 */
import { boundedMemo, boundedPairCache } from '../boundedMemo.ts';
import { isGuardToken, negatesAt, withoutInsertedWords, wordSimilarity } from './compareTexts.ts';
import { contraryCount, swapsSister } from './contraryWords.ts';
import { editDistance, isStopWord, stemWord } from './nlp.ts';
import { CLAUSE_BREAK, tokenize } from './normalizeText.ts';
import { printFiguresOneWay } from './numberWords.ts';
import { REWORDING_MODEL } from './rewordingWeights.ts';
import { mayNameOnePerson, rolesOfTwoHolders, speakerKey } from './speakerKey.ts';
import { derivedFromEachOther, kindOfEachOther, sensesOf, shareSense, swapsKind } from './synonyms.ts';
import { MONTHS, WEEKDAY_NAMES } from './calendarWords.ts';

/** Fewest words of substance the shorter printing must have, and share with the longer (as stems or senses), to be one assertion. */
const SHARED_WORDS = 3;
/**
 * Share of the shorter printing's words of substance the longer must hold for the learnt decision to be asked: a
 * report that shares half its words with another statement of one speaker on one topic ("will close the old ferry
 * terminal" and "asked what should replace the old ferry terminal") is another statement. Sentence pairs such as
 * MRPC's, which the decision learns on, were picked for sharing many words, so below this it would guess.
 */
const COVER = 0.6;
/**
 * Below this many shared words, the shorter printing must be covered by FEW_COVER of its words of substance: a few
 * shared words ("wide support among voters") make a frame, not an assertion ("the rail strike" and "the new budget"
 * have it). Sentence pairs such as MRPC's, which the decision learns on, seldom share a frame only, so it stays a rule.
 */
const FEW_SHARED = 5;
const FEW_COVER = 0.75;

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

/**
 * Reflexive pronouns, which the function-word list only partly holds ("herself" is missing): "checked herself into"
 * and "entered" say the same, and WordNet lacking the word must not read it as a name (asked).
 */
const REFLEXIVES = new Set(['myself', 'yourself', 'himself', 'herself', 'itself', 'oneself', 'ourselves', 'yourselves', 'themselves', 'themself']);

/**
 * Indefinite pronouns that WordNet lacks and the function-word list leaves out ("everything", "anyone"): they name
 * no one thing, and WordNet lacking them must not read them as names ("enough of everything" / "enough for a
 * lifetime of everything" printed as "ofeverything").
 */
const INDEFINITES = new Set(['everything', 'anything', 'something', 'everyone', 'anyone', 'everybody', 'anybody', 'whoever', 'whenever', 'whichever']);

/**
 * Prefixes the tokenizer splits off a hyphenated word ("pre-registration" -> "pre", "registration") that leave its
 * sense ("registration" still): no word of substance, where WordNet lacking them read them as names. A prefix that
 * turns the sense ("non", "anti", "ex") stays a word, left unmatched, and so does "co" ("co-investigator" is no investigator).
 */
const BOUND_PREFIXES = new Set(['pre', 're']);

/**
 * A function word with a verb contracted onto it, as the tokenizer keeps it whole ("it's", "that's", "we're", "I'm"):
 * no word of substance, where the possessive's rule below read "it's" as "it".
 */
const isContractedFunctionWord = (t: string) => {
  const m = /^(\p{L}+)['’](?:s|re|ve|ll|d|m)$/u.exec(t);
  return m !== null && isStopWord(m[1] ?? '');
};

/**
 * Words of substance: no function word (one with a verb contracted onto it too), reflexive, indefinite pronoun,
 * bound prefix, figure or negation, and at least one letter; a possessive as its word ("the nation's" / "the
 * nation"), which WordNet would otherwise lack and read as a name.
 */
const substance = (tokens: readonly string[]) =>
  tokens
    .filter(
      (t) =>
        !isGuardToken(t) &&
        !isStopWord(t) &&
        !isContractedFunctionWord(t) &&
        !REFLEXIVES.has(t) &&
        !INDEFINITES.has(t) &&
        !BOUND_PREFIXES.has(t) &&
        t.length > 1 &&
        /\p{L}/u.test(t),
    )
    .map((t) => t.replace(/(?<=\p{L}{2})['’]s$/u, ''));

/** How many of a printing's words negate something (compareTexts.ts negatesAt: "nothing less than" does not). */
const negationCount = (tokens: readonly string[]) => tokens.filter((t, i) => isNegation(t) && (negatesAt(tokens, i) || t === "n't")).length;

/**
 * Where a printing's clauses part for negatedClause: a mark between clauses (CLAUSE_BREAK), "but", or a second reported
 * clause ("and that", "or that").
 */
const NEGATION_CLAUSE = new RegExp(String.raw`${CLAUSE_BREAK.source}|\s(?:but|and\s+that|or\s+that)\s`, 'iu');

/**
 * Whether a printing negates what it says: some clause of it (NEGATION_CLAUSE) holds an odd count of negations. Two
 * negations in one clause cancel ("there was never a player not loyal to the club"); two in two clauses do not ("she
 * did not send any, and that no message was marked" negates as "she had not sent any marked" does).
 */
const negatedClause = (text: string) =>
  text.split(NEGATION_CLAUSE).some((clause) => clause !== undefined && negationCount(tokenize(clause)) % 2 === 1);

/** Fewest letters a name must have to be read as another printed one letter off: short names differ so ("Maria" / "Mario"). */
const RESPELT_LENGTH = 6;

/**
 * Whether two words that WordNet lacks are one name printed two ways ("Bireuen" / "Bireun", "Klitschko" /
 * "Klitchsko"): the same first letter, RESPELT_LENGTH letters or more, one letter added, dropped, changed or two
 * swapped. Words WordNet knows are never respelt ("bridge" / "bridle" are two things).
 */
export function respeltName(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0] || Math.min(a.length, b.length) < RESPELT_LENGTH) return false;
  // Lengths two or more apart are two edits or more apart: no distance to compute (most pairs a merge asks about).
  if (Math.abs(a.length - b.length) > 1) return false;
  return editDistance(a, b) === 1 && sensesOf(a).length === 0 && sensesOf(b).length === 0;
}

/** Honorifics and pronouns that a capital does not make a name (nor a verb contracted onto one: "I'm", "I’ve"). */
const NOT_NAMES = new Set(['i', 'mr', 'mrs', 'ms', 'dr', 'sir']);

/** The names a printing holds: capitalised words that do not open a sentence, lower case. */
function namesOf(text: string): string[] {
  const names: string[] = [];
  for (const sentence of text.split(/[.!?:;"“”]\s+/)) {
    const words = sentence.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w !== '');
    for (const word of words.slice(1)) {
      const lower = word.toLowerCase().replace(/['’]s$/, '');
      if (/^\p{Lu}/u.test(word) && !NOT_NAMES.has(lower) && !isStopWord(lower) && !isContractedFunctionWord(lower)) names.push(lower);
    }
  }
  return names;
}

/**
 * How many names (no dates) two printings must share to be tied to one event, so that a name each adds is detail
 * of it (a street number and a district, a province and an island: "Tallgrass Distributors Ltd., at 40 East Fifth
 * Avenue" / "Tallgrass Distributors Ltd., in the central Mount Pleasant neighbourhood"). One shared name is not
 * enough: a speaker names themselves or their subject in each of their statements.
 */
const ANCHOR_NAMES = 2;

/**
 * Whether each printing names someone or something the other does not ("Telegram has wide support" and "WhatsApp
 * has wide support"): a name swapped for another. A name one of them adds ("Promises Treatment Center" and
 * "Malibu Promises Treatment Center") is detail, not another subject, and so are names each adds to ANCHOR_NAMES
 * names they share; one name printed two ways (respeltName) is one name.
 */
function swappedNames(a: string, b: string): boolean {
  const [lowerA, lowerB] = [a.toLowerCase(), b.toLowerCase()];
  const [namesA, namesB] = [namesOf(a), namesOf(b)];
  // A day or a month is when, not who: one printing's date with a name the other adds ("the Alaska governor" /
  // "Palin ... since Aug. 29") is no swap of subject, while two dates that differ ("Monday" / "Tuesday") are.
  const missing = (name: string, text: string, names: readonly string[]) =>
    !text.includes(name) && !names.some((other) => respeltName(name, other));
  const shared = new Set(namesA.filter((name) => !DATES.has(name) && !missing(name, lowerB, namesB)));
  if (shared.size >= ANCHOR_NAMES) return false;
  const swapped = (pick: (name: string) => boolean) =>
    namesA.some((name) => pick(name) && missing(name, lowerB, namesB)) &&
    namesB.some((name) => pick(name) && missing(name, lowerA, namesA));
  return swapped((name) => !DATES.has(name)) || swapped((name) => DATES.has(name));
}

/** Days and months, as namesOf gives them (lower case; "Aug." as "aug"). */
const DATES = new Set([...WEEKDAY_NAMES, ...MONTHS]);

/**
 * Whether two printings name someone or something in common ("Kirkpatrick", "the Persian Gulf"): what ties two
 * descriptions' reports ("police", "police") to one event, where a description alone may be two forces.
 */
export function shareName(a: string, b: string): boolean {
  const names = new Set(namesOf(b));
  return namesOf(a).some((name) => names.has(name));
}

/** How matchedWords matches two words after their stems, in its order of asking: each a pure function of the two words. */
const WORD_RELATIONS = [shareSense, respeltName, kindOfEachOther, derivedFromEachOther] as const;

/** How many pairs of words wordRelation remembers (then it starts again). */
const WORD_PAIR_LIMIT = 100_000;

let wordPairs = new Map<string, Map<string, number>>();
let wordPairCount = 0;

/**
 * Whether WORD_RELATIONS[step] holds of two words, remembered by the pair (two bits a relation: asked, holds), each
 * relation asked only when a caller needs it: a merge's planning matches the words of every printing with those of
 * every candidate's (matchedWords), the same few thousand words over and over, and asking WordNet and the edit distance
 * again for each pair was most of the planning's CPU under the merge locks (README, the e2e bench).
 */
function wordRelation(step: number, a: string, b: string): boolean {
  let inner = wordPairs.get(a);
  let bits = inner?.get(b);
  if (bits === undefined) {
    if (wordPairCount >= WORD_PAIR_LIMIT) {
      wordPairs = new Map();
      wordPairCount = 0;
      inner = undefined;
    }
    if (!inner) wordPairs.set(a, (inner = new Map()));
    bits = 0;
    wordPairCount += 1;
  }
  const [asked, holds] = [1 << (2 * step), 2 << (2 * step)];
  if ((bits & asked) === 0) {
    bits |= asked | ((WORD_RELATIONS[step] as (a: string, b: string) => boolean)(a, b) ? holds : 0);
    inner?.set(b, bits);
  }
  return (bits & holds) !== 0;
}

/** What matchedWords finds: how many words matched, and those that did not (never changed by its callers). */
interface Matched {
  matched: number;
  unmatched: readonly string[];
}

/** A list of words as one string (joined by NUL, which no token holds), remembered by the list: matchedWords' key. */
const wordsKeys = new WeakMap<readonly string[], string>();
const wordsKey = (words: readonly string[]): string => {
  let key = wordsKeys.get(words);
  if (key === undefined) wordsKeys.set(words, (key = words.join('\u0000')));
  return key;
};

/** How many pairs of word lists matchedWords remembers (then it starts again). */
const MATCHED_MEMO_LIMIT = 50_000;
const matchedMemo = boundedPairCache<Matched>(MATCHED_MEMO_LIMIT);

/**
 * How many of `few`'s words find a match of their own in `many` (matchWords), remembered by the two lists' words: a
 * merge asks it of the same printings again and again (a pair of printings, then each of the longer's sentences,
 * both ways; a candidate's variants for every mention that finds them): 6,043 calls for 738 pairs of lists in the
 * planning of the e2e bench's 200 pages.
 */
const matchedWords = (few: readonly string[], many: readonly string[]): Matched =>
  matchedMemo(wordsKey(few), wordsKey(many), () => matchWords(few, many));

/**
 * How many of `few`'s words find a match of their own in `many`: the same stem, else a shared sense, else one name
 * printed two ways (respeltName), else a noun and a kind of it (kindOfEachOther), else one derived from the other
 * (derivedFromEachOther); each word takes the first word of `many` not taken yet that matches it at the first of
 * these that any does.
 */
function matchWords(few: readonly string[], many: readonly string[]): Matched {
  const used = new Array<boolean>(many.length).fill(false);
  let matched = 0;
  const unmatched: string[] = [];
  const take = (pick: (other: string, k: number) => boolean) => {
    const j = many.findIndex((other, k) => !used[k] && pick(other, k));
    if (j < 0) return false;
    used[j] = true;
    return true;
  };
  const stems = many.map(stemWord);
  for (const word of few) {
    const stem = stemWord(word);
    if (take((_other, k) => stems[k] === stem)) matched += 1;
    else if (WORD_RELATIONS.some((_relation, step) => take((other) => wordRelation(step, word, other)))) matched += 1;
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
export interface Printing {
  text: string;
  tokens: readonly string[];
  words: readonly string[];
}

const printing = (text: string, tokens: readonly string[] = tokenize(text)): Printing => ({
  text,
  tokens,
  words: substance(tokens),
});

/** How many texts' printings, and sentences' printings, a process remembers (then it starts again). */
const PRINTING_MEMO_LIMIT = 20_000;

/**
 * A text's printing, remembered: a merge compares one mention with each of its candidates, and a candidate's
 * text with every mention that finds it, so the same texts were tokenized again for every pair (most of a
 * dedupe job's planning, under its scope locks: README, the e2e bench). Printings are never changed.
 */
const printingOf = boundedMemo(PRINTING_MEMO_LIMIT, (text) => printing(text));

/**
 * Where a sentence joins two clauses that each assert something: a comma and "and" or "but", or a semicolon
 * ("there was no hope for the barn, and the crews saved the sheds"). A report may reword one of them, and a
 * negation in the other is none of its own.
 */
const CLAUSE_JOIN = /,\s+(?:and|but)\s+|;\s+/;

/** The printing of each sentence of a text of more than one (sentencesOf), remembered; none for one sentence. */
const sentencePrintingsOf = boundedMemo(PRINTING_MEMO_LIMIT, (text): readonly Printing[] => {
  const sentences = sentencesOf(text);
  return sentences.length > 1 ? sentences.map((sentence) => printing(sentence)) : [];
});

/** The printing of each clause of a sentence of more than one (CLAUSE_JOIN), remembered; none when no sentence has two. */
const clausePrintingsOf = boundedMemo(PRINTING_MEMO_LIMIT, (text): readonly Printing[] =>
  sentencesOf(text).flatMap((sentence) => {
    const clauses = sentence.split(CLAUSE_JOIN).filter((clause) => tokenize(clause).length > 0);
    return clauses.length > 1 ? clauses.map((clause) => printing(clause)) : [];
  }),
);

/**
 * Whether `short` may report one clause of `long` alone: it prints no clause join itself (a cut across two clauses,
 * "..., but i have always", reports neither), and its figures agree with the whole of `long` (a report of "will cost 3
 * thousand euros" is not one of the clause after "will cost 30 thousand euros;").
 */
const reportsOneClause = (short: Printing, long: Printing) =>
  !CLAUSE_JOIN.test(short.text) && figureGuard(short, long) === null;

/**
 * Whether a guard keeps `short` and `long` apart whatever their words: too few words of substance in the shorter
 * (SHARED_WORDS), a figure of the one with fewer not among the other's, another count of negations, odd or even
 * ("not" and "no chance" agree, "a chance" and "no chance" do not; an antonym in its slot counts as one:
 * contraryWords.ts contraryCount), a name swapped for another, or a sister term or another kind of one thing
 * swapped as the one word each changes (swapsSister, swapsKind).
 */
function guarded(short: Printing, long: Printing): boolean {
  return guardOf(short, long) !== null;
}

/**
 * The guard that keeps `short` and `long` apart (guarded), named with what fired it for rewordingVerdict; null when
 * none does. `fewest`: the fewest words of substance the shorter must have (SHARED_WORDS; sameWordsReordered asks
 * with fewer).
 */
function guardOf(short: Printing, long: Printing, fewest = SHARED_WORDS): string | null {
  if (short.words.length < fewest) return 'words';
  const figures = figureGuard(short, long);
  if (figures !== null) return figures;
  const [negationsA, negationsB] = [negationCount(short.tokens), negationCount(long.tokens)];
  // A word swapped for its antonym turns the assertion as a negation does: "unfair" for "not fair" is none.
  const contraries = contraryCount(short.words, long.words);
  // Negated or not, counted alike on both sides, clause by clause (negatedClause): a report that folds two negated
  // clauses into one ("did not send any, and that no message was marked" / "had not sent any marked") negates what the
  // quote does, where an odd count of negations between the two read it as turned.
  const negated = (printed: Printing) => (negatedClause(printed.text) ? 1 : 0);
  if ((negated(short) + negated(long) + contraries) % 2 !== 0)
    return contraries === 0 ? `negation(${negationsA}/${negationsB})` : `antonym(${contraries}, negation ${negationsA}/${negationsB})`;
  if (swappedNames(short.text, long.text)) return 'name';
  if (countsSaid(short, long) === 'apart') return 'counts';
  if (swapsSister(short.words, long.words)) return 'sister';
  if (swapsKind(short.words, long.words)) return 'kind';
  return swapsSlot(short, long) ? 'slot' : null;
}

/** Whether a word may name a thing: a name or a term of art (a word WordNet lacks), or a noun in one of its senses. */
const namesAThing = (word: string) => {
  const senses = sensesOf(word);
  return senses.length === 0 || senses.some((sense) => sense.startsWith('noun:'));
};

/** Most places two printings of one frame may differ in for swapsSlot to read them as one frame filled two ways. */
const SWAP_SLOTS = 2;
/**
 * Most words of substance the shorter printing may have for swapsSlot: in a short assertion the word swapped is much
 * of what it says; two longer printings that differ in one place only are as often one sentence in two editors'
 * words ("the company" / "the beverage maker", "chipset" / "chip-set"): on MRPC's train pairs the guard without this
 * limit fired on 44 paraphrases and one other pair, all but one of the paraphrases with nine words of substance or more.
 */
const SLOT_WORDS = 8;
/** Least share of each printing's tokens that the two print in one order for swapsSlot (their frame). */
const FRAME_SHARE = 0.7;

/**
 * The places where two printings' tokens differ, each as the two runs printed there: what is left of each once
 * their longest common run of tokens in order (their frame) is taken out, cut where that run holds a token.
 */
function differences(a: readonly string[], b: readonly string[]): { frame: number; places: [string[], string[]][] } {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
  const places: [string[], string[]][] = [];
  let [i, j] = [0, 0];
  let place: [string[], string[]] = [[], []];
  const close = () => {
    if (place[0].length > 0 || place[1].length > 0) places.push(place);
    place = [[], []];
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      close();
      i += 1;
      j += 1;
    } else if (j >= b.length || (i < a.length && lengths[i + 1]![j]! >= lengths[i]![j + 1]!)) place[0].push(a[i++] ?? '');
    else place[1].push(b[j++] ?? '');
  }
  close();
  return { frame: lengths[0]![0]!, places };
}

/**
 * Whether two short printings (SLOT_WORDS) are one frame with a word of substance swapped for another in one place
 * or two, and nothing else reworded, added or dropped: "the police believe the fire at the warehouse was started deliberately" / "... at the school ...",
 * "Teachers at the school have voted to strike" / "Nurses at the hospital have voted to strike". They print
 * FRAME_SHARE of their tokens in one order, differ in at most SWAP_SLOTS places that each print words of substance on
 * both sides, none of them matching (as stems, senses, kinds: matchedWords) and none a name printed as one (namesOf),
 * and in no place that holds a word reworded or a word of substance added or dropped: a paraphrase moves and rewords
 * words, a sibling statement keeps the frame and changes what fills it.
 */
function swapsSlot(short: Printing, long: Printing): boolean {
  if (short.words.length > SLOT_WORDS) return false;
  const { frame, places } = differences(short.tokens, long.tokens);
  if (frame < FRAME_SHARE * Math.max(short.tokens.length, long.tokens.length)) return false;
  const names = new Set([...namesOf(short.text), ...namesOf(long.text)]);
  let swaps = 0;
  for (const [inShort, inLong] of places) {
    const [wordsShort, wordsLong] = [substance(inShort), substance(inLong)];
    if (wordsShort.length === 0 && wordsLong.length === 0) continue;
    // A word of substance one adds or drops is a rewording's, not a sibling's: a sibling changes what fills the frame only.
    if (wordsShort.length === 0 || wordsLong.length === 0) return false;
    // A name printed in a place is swappedNames' to judge: a description for the name it describes ("the Alaska
    // governor" / "Palin") or names each adds to names they share ("at 12 Harbour Road" / "in the Quarry Hill district").
    if ([...wordsShort, ...wordsLong].some((word) => names.has(word))) continue;
    if (matchedWords(wordsShort, wordsLong).matched > 0) return false;
    // A verb swapped for another ("send" / "supply" more tanks) is as often a rewording of one deed as another deed.
    if (wordsShort.some(namesAThing) && wordsLong.some(namesAThing)) swaps += 1;
    else return false;
  }
  return swaps > 0 && swaps <= SWAP_SLOTS;
}

/** The figure guard of guardOf: the figures of the one with fewer not all among the other's, named; null when they are. */
function figureGuard(short: Printing, long: Printing): string | null {
  const [figuresA, figuresB] = [printFiguresOneWay(short.tokens).filter(isFigure), printFiguresOneWay(long.tokens).filter(isFigure)];
  const [fewer, more] =
    figuresA.length <= figuresB.length ? [figuresA, new Set(figuresB)] : [figuresB, new Set(figuresA)];
  return fewer.every((f) => more.has(f)) ? null : `figure(${fewer.filter((f) => !more.has(f)).join(',')})`;
}

/** Adjacent pairs of a printing's words of substance, as stems ("wide support among voters" -> "wide support", "support voter"). */
const stemPairs = (words: readonly string[]) =>
  words.slice(1).map((word, i) => `${stemWord(words[i] ?? '')} ${stemWord(word)}`);

/** The names of rewordingFeatures' values, in order (REWORDING_MODEL.features must be these). */
export const REWORDING_FEATURES = [
  'cover',
  'coverLong',
  'stemCover',
  'matched',
  'lengthRatio',
  'wordSimilarity',
  'pairs',
  'extraLong',
] as const;

/**
 * What the learnt decision weighs of `short` (no more words of substance than `long`) against `long`, in the
 * order of REWORDING_MODEL.features: how much of each its words of substance match (as stems or WordNet senses),
 * how much as stems alone, how many match (up to 10, tenths), the lengths' ratio, the word similarity of the
 * whole printings (order and function words), the share of the shorter's adjacent pairs of words of substance
 * the longer prints too, and how many of the longer's words of substance are left unmatched (what it adds), up
 * to 10, tenths.
 */
export function rewordingFeatures(short: Printing, long: Printing): number[] {
  return measure(short, long).features;
}

/** A capitalised word printed right before another: a given name and its surname ("Donald Trump"), or the first words of a longer name. */
const NAME_PAIR = /(?<![\p{L}'’])(\p{Lu}\p{Ll}+)\s+(?=(\p{Lu}\p{Ll}+))/gu;

/**
 * Whether the names around two printings (`around`: their sentences' names and the full names their articles print
 * of a surname they print, extract/namesakes.ts) hold someone else of `surname` than the person of `given` ("Donald
 * Trump" around "Eric Trump" / "Trump"): a story that names two people of one surname may mean the other by it alone.
 * A title is no given name ("President Trump" is no one else); a name that may be one person's printed two ways is one.
 */
function namesAnother(given: string, surname: string, around: readonly string[]): boolean {
  return around.some((name) => {
    // A name of one word ("Vane-Pellew") gives no one a given name, whatever its key splits.
    const key = name.includes(' ') ? speakerKey(name) : '';
    return key.includes(' ') && key.endsWith(` ${surname}`) && !mayNameOnePerson(key, `${given} ${surname}`);
  });
}

/**
 * The words a printing prints as a given name before a surname that `other` prints without it ("Ted Cruz or Donald
 * Trump" / "Trump or Cruz"): one person named in full and by surname, so such a word is no name the other lacks. A
 * word the other prints too is matched as usual, and so is one whose surname the names `around` give to someone else
 * too (namesAnother: "Eric Trump" / "Trump" in a story of Donald Trump are two people).
 */
function givenNames(text: string, other: readonly string[], around: readonly string[]): ReadonlySet<string> {
  const words = new Set(other);
  const given = new Set<string>();
  for (const m of text.matchAll(NAME_PAIR)) {
    const [first, surname] = [(m[1] ?? '').toLowerCase(), (m[2] ?? '').toLowerCase()];
    if (words.has(surname) && !words.has(first) && !namesAnother(first, surname, around)) given.add(first);
  }
  return given;
}

/**
 * The words of `words` that WordNet lacks (names, terms of art), less those `printing` gives as a given name of a
 * surname `other` prints (givenNames, with the names `around` the two).
 */
const unknownWords = (words: readonly string[], printing: Printing, other: Printing, around: readonly string[]) => {
  const given = givenNames(printing.text, other.tokens, around);
  return words.filter((word) => sensesOf(word).length === 0 && !given.has(word));
};

/**
 * How many of `short`'s words of substance match `long`'s, how many of its unmatched words WordNet lacks (names,
 * terms of art; unknownWords), how many such words `long` adds (its own words of substance that match none of `short`'s), and
 * rewordingFeatures.
 */
function measure(
  short: Printing,
  long: Printing,
  around: readonly string[] = [],
  shortMatched: Matched = matchedWords(short.words, long.words),
): { matched: number; unknown: number; added: number; features: number[] } {
  const { matched, unmatched } = shortMatched;
  const added = unknownWords(matchedWords(long.words, short.words).unmatched, long, short, around).length;
  const longStems = new Set(long.words.map(stemWord));
  const stemMatched = short.words.filter((word) => longStems.has(stemWord(word))).length;
  const shortPairs = stemPairs(short.words);
  const longPairs = new Set(stemPairs(long.words));
  const features = [
    matched / short.words.length,
    long.words.length === 0 ? 0 : matched / long.words.length,
    stemMatched / short.words.length,
    Math.min(matched, 10) / 10,
    long.words.length === 0 ? 0 : short.words.length / long.words.length,
    wordSimilarity(short.tokens, long.tokens),
    shortPairs.length === 0 ? 0 : shortPairs.filter((pair) => longPairs.has(pair)).length / shortPairs.length,
    Math.min(long.words.length - matched, 10) / 10,
  ];
  return { matched, unknown: unknownWords(unmatched, short, long, around).length, added, features };
}

/** A learnt decision's weights, one per feature (REWORDING_FEATURES), and its bias. */
export interface RewordingModel {
  weights: readonly number[];
  bias: number;
}

/** The learnt decision's probability that printings with these features are one assertion (logistic regression). */
export function rewordingProbability(
  features: readonly number[],
  model: RewordingModel = REWORDING_MODEL,
): number {
  const z = features.reduce((sum, x, i) => sum + x * (model.weights[i] ?? 0), model.bias);
  return 1 / (1 + Math.exp(-z));
}

/**
 * Whether a caller asking for more shared words than SHARED_WORDS (two printings of one description) may make do
 * with FEW_SHARED: every word of substance of the shorter is matched ("the son entered the flat and found the
 * bodies" / "the landlord's son found the bodies after entering the flat"), so it is the longer's report told
 * shorter, not a frame both fill with words of their own.
 */
const wholeReport = (matched: number, short: Printing, shared: number): boolean =>
  shared > SHARED_WORDS && matched >= FEW_SHARED && matched === short.words.length;

/**
 * What the learnt decision is asked about: `short` and `long` when no guard keeps them apart (guarded), they share
 * `shared` (SHARED_WORDS unless the caller asks for more) words of substance and COVER of the shorter's (FEW_COVER
 * when fewer than FEW_SHARED), and every word of the shorter's that WordNet lacks is among them (a word WordNet lacks is a name or a term of art, "rcmp", "q10": a
 * rewording keeps it, a sibling swaps it), and the longer adds no more such words than it shares with the shorter
 * (a long statement naming six others beside the shorter's five words, "Tamsin, Pellam and Quorrel fight the
 * Halvorsen levy in Kelmor ...", is another statement that mentions them; the dedupe bench's siblings, a part of
 * one quote against a long sibling holding its words, merged so); else null.
 */
function asked(short: Printing, long: Printing, shared = SHARED_WORDS, around: readonly string[] = []): number[] | null {
  if (short.words.length < SHARED_WORDS) return null;
  // The words matched first: most pairs a merge compares share too few, and the guards (WordNet's antonyms,
  // sisters and kinds) cost more than the match; the verdict is the same in either order.
  const shortMatched = matchedWords(short.words, long.words);
  if (!enoughShared(shortMatched.matched, short, shared) || guarded(short, long)) return null;
  if (predicateUnmatched(short, shortMatched.unmatched)) return null;
  const { matched, unknown, added, features } = measure(short, long, around, shortMatched);
  return unknown > 0 || added > matched ? null : features;
}

/**
 * Fewest words of substance after "be" for predicateUnmatched to read them as what is said: a lone word there is as
 * often a detail a rewording drops or swaps ("were not released" / "were not disclosed", "is included" / "supplemented
 * this report"): on MRPC the guard with one word blocked about as many paraphrases as non-paraphrases.
 */
const PREDICATE_WORDS = 2;

/** Forms of "be" that join a printing's subject to what it says of it ("the office was damaged", "the roads are closed"). */
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * Whether all that `short` says of its subject is left unmatched: every word of substance after its first form of "be"
 * ("the inside of the bank branch was | extensively damaged") is among `unmatched`, with PREDICATE_WORDS such words at least. The two
 * then share a subject ("the bank branch") and nothing said of it: "the investigation led them to the bank branch where
 * the device was found, and it exploded after officers took it inside" tells no damage. A rewording keeps some word of
 * what is said ("was badly damaged" / "suffered heavy damage").
 */
function predicateUnmatched(short: Printing, unmatched: readonly string[]): boolean {
  const at = short.tokens.findIndex((t) => COPULAS.has(t));
  if (at < 0) return false;
  const predicate = substance(short.tokens.slice(at + 1));
  if (predicate.length < PREDICATE_WORDS) return false;
  const left = [...unmatched];
  return predicate.every((word) => {
    const k = left.indexOf(word);
    if (k < 0) return false;
    left.splice(k, 1);
    return true;
  });
}

/** Whether `matched` of `short`'s words of substance are enough to ask about: `shared` of them, or a whole report, and COVER of the shorter's (FEW_COVER when fewer than FEW_SHARED). */
function enoughShared(matched: number, short: Printing, shared: number): boolean {
  if (matched < shared && !wholeReport(matched, short, shared)) return false;
  const cover = matched < FEW_SHARED ? FEW_COVER : COVER;
  return matched >= cover * short.words.length;
}

/**
 * How likely `short` says what `long` says, by the decision learnt on labelled sentence pairs
 * (rewordingWeights.ts); null when it is not asked (asked).
 */
function sameAssertion(short: Printing, long: Printing, model: RewordingModel, shared: number, around: readonly string[]): number | null {
  const features = asked(short, long, shared, around);
  return features === null ? null : rewordingProbability(features, model);
}

/**
 * How likely two printings (by one speaker: the caller's to know) are one assertion reworded, 0..1, by the
 * learnt decision (sameAssertion): the shorter (fewer words of substance) against the longer, or one of the
 * longer's sentences or clauses, since a report may reword one sentence of a longer quote, or one clause; with as many words of substance
 * each, either way. Null when a guard keeps them apart everywhere, or one prints a run of the other's words, or
 * they share fewer than `shared` words of substance. `around`: the names around the two printings (their mentions'
 * entities), which say whether a given name one prints before a surname the other prints alone is one person's
 * (givenNames); none when the caller knows no story (sentence pairs alone).
 */
export function rewordingScore(
  a: string,
  b: string,
  model: RewordingModel = REWORDING_MODEL,
  shared: number = SHARED_WORDS,
  around: readonly string[] = [],
): number | null {
  // An editor's words in brackets ("it would be [Harlan]" for "him") are no part of what was said, as compareQuotes reads them.
  const [printingA, printingB] = [printingOf(withoutInsertedWords(a)), printingOf(withoutInsertedWords(b))];
  if (printingA.words.length === printingB.words.length)
    return best(reports(printingA, printingB, model, shared, around), reports(printingB, printingA, model, shared, around));
  return printingA.words.length < printingB.words.length
    ? reports(printingA, printingB, model, shared, around)
    : reports(printingB, printingA, model, shared, around);
}

/**
 * Whether two printings (by one speaker: the caller's to know) are one assertion reworded: rewordingScore at
 * REWORDING_MODEL's threshold, chosen on the labelled pairs for precision. `shared`: the fewest words of substance
 * they must share (SHARED_WORDS; a caller with less evidence that the two are one speaker's asks for more);
 * `around`: the names around them (rewordingScore).
 */
export function rewordedAssertion(a: string, b: string, shared: number = SHARED_WORDS, around: readonly string[] = []): boolean {
  const score = rewordingScore(a, b, REWORDING_MODEL, shared, around);
  return score !== null && score >= REWORDING_MODEL.threshold;
}

const best = (x: number | null, y: number | null): number | null =>
  x === null ? y : y === null ? x : Math.max(x, y);

/** Whether `short`'s words are a run of `long`'s: a part, which compareQuotes judges (it must end a clause), not a rewording. */
const isRunOf = (short: Printing, long: Printing) =>
  ` ${long.tokens.join(' ')} `.includes(` ${short.tokens.join(' ')} `);

/** A name as printed: capitalised words, with a nickname in quotes among them ("Vincent \"The Chin\" Gigante"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:["“][^"”]*["”]\s*)?\p{Lu}[\p{L}'’.-]*)*`;
/** A name set off from what describes it at the head of a sentence, before a lower-case rest (the predicate). */
const NAME_THEN_DESCRIPTION = new RegExp(String.raw`^(${NAME}),\s+\p{Ll}[^,]*,\s+(?!(?:and|or|but)\s)(?=\p{Ll})`, 'u');
const DESCRIPTION_THEN_NAME = new RegExp(
  String.raw`^(?:A|An|The)\s(?:(?!\s[-–—]\s)[^,])*?\p{Ll}+(?:\s[-–—]\s|,\s)(${NAME})(?:\s[-–—]\s|,\s)(?!(?:and|or|but)\s)(?=\p{Ll})`,
  'u',
);

/** Words that open a circumstance set off by commas ("in Ohio", "after the vote"), not a description of someone. */
const CIRCUMSTANCE_OPENERS = /^(?:in|on|at|across|after|before|during|under|over|from|for|by|with|without|despite|amid|near|inside|outside|within|since|as|when|while|if|though|although|because|unlike|like|according)$/i;

/**
 * Whether `set` (NAME_THEN_DESCRIPTION's or DESCRIPTION_THEN_NAME's match) sets off a name and its description:
 * "Separately, in Ohio, the governor signed" and "Meanwhile, across the border, police arrested" open on a sentence
 * adverb and a circumstance, and dropping "in Ohio" / "in Texas" would make two governors one. So the name opens on
 * no function word and no -ly adverb, and the words set off by its commas open on no preposition or subordinator.
 */
function setsOffName(set: string, name: string): boolean {
  const first = name.split(/\s+/u)[0] ?? '';
  if (isStopWord(first.toLowerCase()) || /^\p{Lu}\p{Ll}+ly$/u.test(first) || /^(?:Meanwhile|Separately|Yesterday|Today|Tonight|Earlier|Later|Still|Instead|Now|Then|Overall)$/u.test(first)) return false;
  const description = set.startsWith(name) ? set.slice(name.length).replace(/^,\s*/u, '') : set;
  return !CIRCUMSTANCE_OPENERS.test(description.split(/\s+/u)[0] ?? '');
}

/**
 * The description a printing sets off beside its subject's name, as printed ("Smith, the mayor of Springfield,
 * resigned": "the mayor of Springfield"; see coreOf), or null when it sets off none.
 */
function descriptionOf(text: string): string | null {
  const m = NAME_THEN_DESCRIPTION.exec(text) ?? DESCRIPTION_THEN_NAME.exec(text);
  if (m === null || !setsOffName(m[0], m[1] ?? '')) return null;
  return m[0].replace(m[1] ?? '', ' ');
}

/**
 * Whether two printings describe their subjects as holding one office of two places ("Smith, the mayor of
 * Springfield, resigned" / "Smith, the mayor of Shelbyville, resigned": rolesOfTwoHolders): two people, whatever
 * else they share. A description in one printing only ("Lo Presti, alleged boss of a clan, hanged himself" / "Lo
 * Presti hanged himself") shows nothing.
 */
export function describesTwoPeople(a: string, b: string): boolean {
  const [descriptionA, descriptionB] = [descriptionOf(a), descriptionOf(b)];
  return descriptionA !== null && descriptionB !== null && rolesOfTwoHolders(descriptionA, descriptionB);
}

/**
 * A printing's assertion without the description of its subject: "Lo Presti, alleged boss of a clan, hanged
 * himself" and "A 61-year-old man - Eric Kirkpatrick - was charged" assert what "Lo Presti hanged himself" and "Eric
 * Kirkpatrick was charged" do; two reports each describing the subject in words of their own say one thing of
 * one person. The text itself when it sets off no name so.
 */
const coreOf = boundedMemo(PRINTING_MEMO_LIMIT, (text): { core: Printing; description: readonly string[] } => {
  const m = NAME_THEN_DESCRIPTION.exec(text) ?? DESCRIPTION_THEN_NAME.exec(text);
  if (m === null || !setsOffName(m[0], m[1] ?? '')) return { core: printingOf(text), description: [] };
  // A nickname in quotes is the description's too ("Vincent \"The Chin\" Gigante" is Vincent Gigante).
  const name = (m[1] ?? '').replace(/\s*["“][^"”]*["”]\s*/gu, ' ');
  const core = printing(`${name} ${text.slice(m[0].length)}`);
  return { core, description: printingOf(m[0]).words.filter((word) => !core.words.includes(word)) };
});

/**
 * The assertions of two printings without their subjects' descriptions (coreOf), when either describes its subject
 * in words the other's assertion does not hold: a description that holds a word of the other's assertion ("Justice
 * Thomas, joined by Justice Scalia, dissented" / "Justices Scalia and Thomas dissented") is part of what it says.
 * Null when neither may be told so.
 */
function coresOf(a: Printing, b: Printing): [Printing, Printing] | null {
  const [coreA, coreB] = [coreOf(a.text), coreOf(b.text)];
  if (coreA.description.length === 0 && coreB.description.length === 0) return null;
  // By stem or sense only: WordNet reads many a name as a kind of person ("Allen" of "man").
  const holds = (description: readonly string[], other: Printing) =>
    description.some((word) => other.words.some((w) => stemWord(w) === stemWord(word) || shareSense(w, word)));
  if (holds(coreA.description, coreB.core) || holds(coreB.description, coreA.core)) return null;
  return coreA.core.words.length <= coreB.core.words.length ? [coreA.core, coreB.core] : [coreB.core, coreA.core];
}

/**
 * Fewest counts two printings must print alike (countsAgree) to be one assertion whatever else each adds: a speaker's
 * "14 rifles, 31 magazines and 923 rounds" is one report of what was seized, however each outlet frames it.
 */
const SHARED_COUNTS = 3;

/** Words after a figure that make it a time of day, not a count ("3 : 33 a. m.", "0737 GMT"). */
const CLOCK_WORDS: ReadonlySet<string> = new Set(['a', 'p', 'am', 'pm', 'gmt', 'utc', 'local', 'hours', 'hrs']);

/**
 * The counts a printing prints in digits, distinct: a figure (printFiguresOneWay) followed by a word, no year, no date
 * (a month before or after it) and no time of day (CLOCK_WORDS): "2016", "Aug. 29" and "4.30am" tie two statements
 * to one day, not to one report.
 */
function countsOf(tokens: readonly string[]): ReadonlySet<string> {
  const figures = printFiguresOneWay(tokens);
  const counts = new Set<string>();
  for (const [i, figure] of figures.entries()) {
    const [before, after] = [figures[i - 1] ?? '', figures[i + 1] ?? ''];
    if (!/^\d+(?:\.\d+)?$/.test(figure) || /^(?:1[89]|20)\d\d$/.test(figure)) continue;
    if (!/^\p{L}{2,}$/u.test(after) || CLOCK_WORDS.has(after) || MONTHS.has(before) || MONTHS.has(after)) continue;
    counts.add(figure);
  }
  return counts;
}

/** Words before a count that say what kind of amount it is, not what was done ("seized a total of 14 rifles"). */
const AMOUNT_WORDS: ReadonlySet<string> = new Set(['total', 'totalling', 'totaling', 'sum', 'overall', 'combined', 'altogether', 'estimated', 'roughly', 'approximately', 'nearly', 'almost', 'least', 'some', 'respectively']);

/**
 * The word of substance a printing prints before the first of `counts` it prints (an amount's word aside: AMOUNT_WORDS): what it says was done with the
 * things counted ("seized 14 rifles", "the army lost 7 tanks"), or null when no word comes before them. Counts alike
 * said of another deed ("the army lost 7 tanks, 12 trucks and 4 helicopters" / "the rebels destroyed 7 tanks, 12
 * trucks and 4 helicopters") are two reports.
 */
function countingWord(printed: Printing, counts: ReadonlySet<string>): string | null {
  const figures = printFiguresOneWay(printed.tokens);
  const words = new Set(printed.words);
  for (let i = figures.findIndex((figure) => counts.has(figure)) - 1; i >= 0; i--) {
    const token = (figures[i] ?? '').replace(/(?<=\p{L}{2})['’]s$/u, '');
    if (words.has(token) && !AMOUNT_WORDS.has(token)) return token;
  }
  return null;
}

/**
 * How two printings that print SHARED_COUNTS counts or more alike (countsOf, every count of the one with fewer among
 * the other's) say them: 'alike' in one order after one word (countingWord), 'apart' in another order or after
 * another word (a guard: "the police arrested 14 men, 3 women and 2 boys" / "the police released 14 men, 3 women and
 * 2 boys", the counted words alike, are two reports); null when they print fewer alike.
 */
function countsSaid(short: Printing, long: Printing): 'alike' | 'apart' | null {
  const [countsA, countsB] = [countsOf(short.tokens), countsOf(long.tokens)];
  const [fewer, more] = countsA.size <= countsB.size ? [countsA, countsB] : [countsB, countsA];
  if (fewer.size < SHARED_COUNTS || ![...fewer].every((count) => more.has(count))) return null;
  if (![...fewer].every((count, i) => [...more].filter((c) => fewer.has(c))[i] === count)) return 'apart';
  const [verbA, verbB] = [countingWord(short, fewer), countingWord(long, fewer)];
  return verbA !== null && verbB !== null && matchedWords([verbA], [verbB]).matched === 1 ? 'alike' : 'apart';
}

/**
 * Whether two printings print SHARED_COUNTS counts or more alike (countsOf), every count of the one with fewer among
 * the other's and in the order it prints them ("won 120 seats, lost 14" / "won 14 seats, lost 120"), after one word
 * (countingWord: "seized" / "have seized", not "lost" / "destroyed"), and share `shared` words of substance (SHARED_WORDS unless the caller asks for more) with no guard between them (guarded) and no word WordNet
 * lacks left over (measure: a name or term of art kept, no more added than shared): one report of the same figures,
 * which the learnt decision, weighing the words each adds, would call two. Three counts alike by chance in two
 * statements of one speaker are rare where one or two are not ("10 kilometers (6 miles)" in every report of a quake).
 */
function countsAgree(short: Printing, long: Printing, shared: number, around: readonly string[]): boolean {
  if (countsSaid(short, long) !== 'alike') return false;
  const shortMatched = matchedWords(short.words, long.words);
  if (shortMatched.matched < shared || guarded(short, long)) return false;
  const { matched, unknown, added } = measure(short, long, around, shortMatched);
  return unknown === 0 && added <= matched;
}

/** Whether WordNet holds a word as an adverb only ("quite", "yet"): it says how, not what, so two such words make no assertion. */
const onlyAdverb = (word: string) => {
  const senses = sensesOf(word);
  return senses.length > 0 && senses.every((sense) => sense.startsWith('adv:'));
};

/** Fewest words of substance a printing must have for sameWordsReordered to read it as another's words in another order. */
const REORDERED_WORDS = 2;

/**
 * Whether `short` prints the words of substance of `long`, or of one of its sentences or clauses, and no other, each
 * matched one to one (as stems, senses, kinds: matchedWords) in any order, none an adverb only (onlyAdverb: "not
 * quite there yet" says little that is one speaker's), with no guard between them: "an
 * attack is unlikely" / "..., but it is unlikely to have been an attack". One speaker's short assertion said again in
 * the same words rearranged, which the learnt decision never asks about below SHARED_WORDS words. REORDERED_WORDS
 * words at least; the words of a clause alone when `short` may report one (reportsOneClause).
 */
function sameWordsReordered(short: Printing, long: Printing): boolean {
  if (short.words.length < REORDERED_WORDS || short.words.some(onlyAdverb)) return false;
  const sameWords = (other: Printing) =>
    other.words.length === short.words.length &&
    matchedWords(short.words, other.words).matched === short.words.length &&
    guardOf(short, other, REORDERED_WORDS) === null;
  const clauses = reportsOneClause(short, long) ? clausePrintingsOf(long.text) : [];
  return [long, ...sentencePrintingsOf(long.text), ...clauses].some(sameWords);
}

/** How likely `short` says what `long` or one of its sentences or clauses says (sameAssertion), in words of its own. */
function reports(short: Printing, long: Printing, model: RewordingModel, shared: number, around: readonly string[]): number | null {
  if (isRunOf(short, long)) return null;
  if (countsAgree(short, long, shared, around)) return 1;
  // Below SHARED_WORDS words only for a caller that asks for no more (one named speaker's two printings).
  if (shared <= SHARED_WORDS && sameWordsReordered(short, long)) return 1;
  let score = sameAssertion(short, long, model, shared, around);
  for (const sentence of sentencePrintingsOf(long.text)) score = best(score, sameAssertion(short, sentence, model, shared, around));
  if (reportsOneClause(short, long))
    for (const clause of clausePrintingsOf(long.text)) score = best(score, sameAssertion(short, clause, model, shared, around));
  const cores = coresOf(short, long);
  if (cores !== null) score = best(score, sameAssertion(cores[0], cores[1], model, shared, around));
  return score;
}

/**
 * The features the learnt decision weighs of two whole printings, the shorter against the longer (asked); null when
 * it is not asked about them. For learning its weights (test/eval/learnRewording.ts).
 */
export function rewordingPairFeatures(a: string, b: string): number[] | null {
  const [printingA, printingB] = [printing(a), printing(b)];
  const [short, long] =
    printingA.words.length <= printingB.words.length ? [printingA, printingB] : [printingB, printingA];
  return isRunOf(short, long) ? null : asked(short, long);
}

/**
 * Why the rewording keeps two printings apart or joins them, for the evaluation's reading of misses: the guard that
 * fires ('words', 'figure', 'negation', 'antonym', 'name', 'sister', 'kind'), 'run' (one is a run of the other), 'shared' (too few words of
 * substance shared), 'unknown' (a word WordNet lacks left unmatched), 'added' (the longer adds more words WordNet
 * lacks than it shares), 'cover', else the score. Shorter against longer
 * only (not its sentences).
 */
export function rewordingVerdict(a: string, b: string): string {
  const [printingA, printingB] = [printingOf(withoutInsertedWords(a)), printingOf(withoutInsertedWords(b))];
  const [short, long] =
    printingA.words.length <= printingB.words.length ? [printingA, printingB] : [printingB, printingA];
  if (isRunOf(short, long)) return 'run';
  const guard = guardOf(short, long);
  if (guard !== null) return guard;
  const { matched, unmatched } = matchedWords(short.words, long.words);
  const unknown = unknownWords(unmatched, short, long, []);
  const score = rewordingProbability(measure(short, long).features).toFixed(2);
  const detail = `${matched}/${short.words.length} of ${long.words.length} unmatched=[${unmatched.join(',')}] p=${score}`;
  if (matched < SHARED_WORDS) return `shared ${detail}`;
  if (unknown.length > 0) return `unknown(${unknown.join(',')}) ${detail}`;
  const { added } = measure(short, long);
  if (added > matched) return `added(${added}) ${detail}`;
  const cover = matched < FEW_SHARED ? FEW_COVER : COVER;
  if (matched < cover * short.words.length) return `cover ${detail}`;
  if (predicateUnmatched(short, unmatched)) return `predicate ${detail}`;
  return `asked ${detail}`;
}
