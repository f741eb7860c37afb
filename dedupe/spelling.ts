/**
 * British spellings read as American ("colour" -> "color", "organised" -> "organized", "centre" -> "center",
 * "travelled" -> "traveled"), so that two outlets printing one quote in their own house spelling print the same
 * words. A rule only proposes a spelling (SPELLING_RULES); WordNet decides: the word and its proposed spelling
 * must both be words there (through their inflections) sharing a sense, so that "tour" never becomes "tor", nor
 * "filled" "filed", and no list of words is kept by hand.
 */
import { boundedMemo } from '../boundedMemo.ts';
import { isStopWord } from './nlp.ts';
import { everySenseOf } from './synonyms.ts';

/**
 * Where British and American spelling part, each as a pattern of the British spelling and its American
 * replacement (the pattern also admits the endings of inflections and derivations).
 */
const SPELLING_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // colour, favourite, neighbourhood, honourable, labourers, behaviour
  [/our(?=(?:s|ed|ing|ite|ites|able|ably|er|ers|ful|fully|less|hood|hoods|ism|ist|ists|ly)?$)/, 'or'],
  // organise, organisation, criticised, realising, privatisation
  [/(?<=\p{L}{2})is(?=(?:e|es|ed|ing|er|ers|ation|ations|ational)$)/u, 'iz'],
  // analyse, paralysed, catalysing
  [/ys(?=(?:e|es|ed|ing|er|ers)$)/, 'yz'],
  // centre, theatre, fibre, calibre, metres, centred
  [/(?<=[tb])re(?=s?$)/, 'er'],
  [/(?<=[tb])red$/, 'ered'],
  [/(?<=[tb])ring$/, 'ering'],
  // defence, offence, licence, pretence
  [/ence(?=s?$)/, 'ense'],
  // practise, practised
  [/(?<=ct)is(?=(?:e|es|ed|ing)$)/, 'ic'],
  // catalogue, dialogue, analogue
  [/(?<=[ao]l)ogue(?=s?$)/, 'og'],
  // travelled, cancelling, labelled, counsellor, modeller; jewellery
  [/(?<=[aeiou])ll(?=(?:ed|ing|er|ers|or|ors)$)/, 'l'],
  [/(?<=[aeiou])llery$/, 'lry'],
  // judgement, acknowledgements
  [/dgement(?=s?$)/, 'dgment'],
  // programme, kilogramme
  [/amme(?=s?$)/, 'am'],
  // paediatric, anaemia, haemorrhage, oestrogen, foetus (one rule at a time: "manoeuvre" needs two and stays)
  [/(?<=\p{L})ae(?=\p{L})|^ae(?=\p{L}{3})/u, 'e'],
  [/(?<=\p{L})oe(?=\p{L}{2})|^oe(?=\p{L}{3})/u, 'e'],
  // tyre, pyjamas
  [/(?<=\p{L})y(?=re|jama)/u, 'i'],
  // grey, greying
  [/(?<=\p{L}r)e(?=y)/u, 'a'],
  // cheque
  [/(?<=\p{L}{2})que$/u, 'ck'],
  // plough, mould, smoulder
  [/ough(?=s?$|ed$|ing$)/, 'ow'],
  [/ould/, 'old'],
  // sceptic, sceptical
  [/^sc(?=ept)/, 'sk'],
  // aluminium
  [/ium$/, 'um'],
  // storey
  [/(?<=\p{L}{3})ey$/u, 'y'],
];

/** Whether two words share a WordNet sense (synonyms' everySenseOf). */
function shareSense(a: string, b: string): boolean {
  // The proposed spelling first: most proposals are no word at all.
  const senses = everySenseOf(b);
  if (senses.size === 0) return false;
  for (const sense of everySenseOf(a)) if (senses.has(sense)) return true;
  return false;
}

/** Beyond this many words asked about, the memo starts again: a worker's memory stays flat. */
const SPELLING_MEMO_LIMIT = 50_000;

const americanOf = boundedMemo(SPELLING_MEMO_LIMIT, (word: string): string => {
  for (const [pattern, replacement] of SPELLING_RULES) {
    if (!pattern.test(word)) continue;
    const american = word.replace(pattern, replacement);
    if (american !== word && shareSense(word, american)) return american;
  }
  return word;
});

/** Shortest word a rule is tried on: shorter ones ("our", "ore") are never British spellings of another. */
const MIN_LENGTH = 4;

/**
 * A lower-case word in American spelling when it is a British spelling of one (SPELLING_RULES, confirmed by
 * WordNet: both spellings share a sense), else the word itself: "colours" -> "colors", "tour" -> "tour".
 */
export function americanSpelling(word: string): string {
  // A function word ("enough", "through") is never respelt: it would stop reading as one.
  if (word.length < MIN_LENGTH) return word;
  return spelt(word);
}

/** americanSpelling of a word of MIN_LENGTH letters or more, remembered: a text's words come again and again. */
const spelt = boundedMemo(SPELLING_MEMO_LIMIT, (word: string): string =>
  !/^\p{Ll}+$/u.test(word) || isStopWord(word) ? word : americanOf(word),
);
