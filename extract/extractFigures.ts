/** Reported figures ("more than 100 million users", "$5 billion", "30%") with value, unit and qualifier. */

import type { ExtractedMention } from './types.ts';
import { SERIES_POSITIONS } from '../seriesPositions.ts';
import type { TextAnalysis } from './analyzeText.ts';
import type { SentenceSpan } from './splitSentences.ts';
import { textTokens } from './analyzeText.ts';
import { findEntities } from './findEntities.ts';
import { findBargainSide } from './bargainSide.ts';
import { findMeasure, findStages, stageOf } from './findMeasure.ts';
import { isJudgedAmount } from './judgedAmount.ts';
import { findUnit } from './findUnit.ts';
import { countsPrintedList } from './countsPrintedList.ts';
import { restatesCount } from './restatedCount.ts';
import { markAlikeInSentence, quakeMarks } from './figureMarks.ts';
import { orderFigureNames } from './findSubject.ts';
import { isUnitOfMeasure, nounKind } from './wordnetNouns.ts';
import { synsetOffsets } from '../wordnet.ts';
import { inTitleCaseLine, inUnpunctuatedHeading } from './inTitleCaseLine.ts';
import { countedInitialisms, tableRowNames } from './tableRowNames.ts';
import {
  AFTER_SCALE_WORD,
  ATTACHED_SCALE,
  CURRENCY_PREFIX,
  FRACTION_WORD,
  LOST_CURRENCY,
  LOST_CURRENCY_SIGN,
  NUMBER_WORD,
  SCALE_WORD,
  currencyCode,
  readFraction,
  readNumber,
  scaleValue,
} from './readNumber.ts';

const QUALIFIER =
  '(?:more than|over|less than|fewer than|under|about|around|nearly|almost|up to|at least|at most|some|roughly|approximately|an estimated|as many as|as much as|as few as|close to|just over|just under|upwards of|in excess of|below|above|only|около|более|менее|почти|свыше)';
// "22,000", and "22, 000" as copy tokenized word by word prints it.
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:, \\d{3}(?!\\d))+|\\d+(?:\\.\\d+)?|${NUMBER_WORD})`;
const PERCENT = '(?:%|\\s?per cent\\b|\\s?percent\\b|\\s?percentage points?\\b|\\s?процент(?:а|ов)?\\b)';
// Not after a word and a hyphen: "six-foot-five" is a height, the number a part of a compound word; nor after "foot"
// and a hyphen set apart, the same height in copy tokenised word by word ("5 - foot - 8, 135 pounds": 8 inches, then
// a weight, not 8,135).
const FIGURE = new RegExp(
  `(?<![\\p{L}\\p{N}]|\\p{L}[-–]|\\b(?:foot|feet)\\s[-–]\\s)(?:(?<qualifier>${QUALIFIER})\\s+)?(?:(?<fraction>${FRACTION_WORD})(?![\\p{L}-])|(?<currency>${CURRENCY_PREFIX})?(?<number>${NUMBER})(?:(?<attached>${ATTACHED_SCALE})(?![\\p{L}\\p{N}])|\\s(?<scale>${SCALE_WORD})(?![\\p{L}])(?:\\s+(?<rest>${AFTER_SCALE_WORD})(?![\\p{L}-]))?)?(?<percent>${PERCENT})?)`,
  'dgiu',
);
const NUMBER_WORD_ONLY = new RegExp(`^${NUMBER_WORD}$`, 'i');
/** A number word under twenty, which never runs on into another as "twenty five" may. */
const SMALL_WORD_ONLY = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)$/i;
/**
 * Another small number word right after one, then a word: not a hyphen nor a unit of time, which make the second a
 * length ("two three-year terms", "two five year deals" count terms and deals).
 */
const SMALL_WORD_NEXT = /^[ \u00A0]+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \u00A0]+(?!(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b)\p{L}/iu;
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\.?\\s*$`, 'i');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s*(?:of\\s+)?${MONTH}\\b`, 'i');

/**
 * Figures in `text`; a figure inside a quote or a reported statement takes its speaker. Its entities are the
 * names of its sentence, the one it is about first (see orderFigureNames).
 */
export function extractFigures(analysis: TextAnalysis, quotes: ExtractedMention[]): ExtractedMention[] {
  const { text, sentences } = analysis;
  const out: ExtractedMention[] = [];
  const sentenceOf = new Map<ExtractedMention, number>();
  // The figure read last, and its mention when it was kept: a conversion printed in brackets after it joins it.
  let last: { figure: Figure; mention?: ExtractedMention } | null = null;
  // Every figure read so far, kept or not: a count given again after "of the" names what they counted (restatesCount).
  const read: Figure[] = [];
  for (const match of text.matchAll(FIGURE) as IterableIterator<RegExpExecArray>) {
    const figure = readFigure(text, match);
    if (figure === null) continue;
    const restated = restatesCount(text, figure, read);
    read.push(figure);
    const conversionEnd = last === null ? null : convertedEnd(text, last.figure, figure);
    if (last !== null && conversionEnd !== null) {
      if (last.mention) Object.assign(last.mention, { end: conversionEnd, text: text.slice(last.mention.start, conversionEnd) });
      continue;
    }
    last = { figure };
    const span = sentences.find((s) => s.start <= figure.start && figure.start < s.end);
    const sentence = span?.text ?? '';
    const quote = quotes.find((q) => q.kind !== 'number' && q.start <= figure.start && figure.end <= q.end);
    const unquoted = span ? analysis.masked.slice(span.start, span.end) : '';
    if (quote === undefined && (addressesReader(unquoted) || isHypothetical(unquoted) || asksQuestion(unquoted) || isCrosshead(sentence) || inTitleCaseLine(text, figure.start) || inUnpunctuatedHeading(text, figure.start))) continue;
    if (quote === undefined && (instructsReader(unquoted) || announcesOwnList(unquoted))) continue;
    if (isCounterfactual(sentence)) continue;
    if (span !== undefined && inRunInCrosshead(sentence, figure.start - span.start)) continue;
    if (picksOutGroup(text, figure.start, figure.end) || namesKnownPair(text, figure.start, figure.end) || namesRemainder(text, figure.start, figure.end) || namesSeriesPlace(text, figure.start, figure.end) || countsListItems(text.slice(figure.start, figure.end))) continue;
    if (placesAmongPeople(text, figure.start, figure.end) || inLabelledList(text, figure.start, figure.end) || ranksLineEntry(text, figure.start)) continue;
    if (countsPrintedList(text, figure.start, figure.end, span?.end ?? figure.end)) continue;
    if (insideCompound(text, figure.start) || forAnyoneWanting(text, figure.start) || countsQuotedWords(text, figure.start, figure.end) || namesWordsByCount(text, figure.start, figure.end)) continue;
    if (inGenericYouCase(text, figure.start) || namesShareByRank(text, figure.start, figure.end)) continue;
    if (namesSpeakers(text, quotes, figure.start, figure.end) || restated) continue;
    if (quote === undefined && span !== undefined && continuesReaderExample(analysis.masked, sentences, span)) continue;
    last.mention = {
      kind: 'number',
      text: text.slice(figure.start, figure.end),
      start: figure.start,
      end: figure.end,
      speaker: quote?.speaker ?? null,
      speakerRaw: quote?.speakerRaw ?? null,
      speakerStart: quote?.speakerStart ?? null,
      speakerEnd: quote?.speakerEnd ?? null,
      speakerType: quote?.speakerType ?? null,
      role: quote?.role ?? null,
      cue: quote?.cue ?? null,
      sentence,
      value: figure.value,
      unit: figure.unit,
      qualifier: figure.qualifier,
      entities: figureEntities(analysis, span, figure, quote?.speaker ?? null),
      // The quake the sentence tells of, when it prints its magnitude: a story's figures of another quake stay apart.
      ...quakeMarks(figure.unit, sentence),
    };
    // An offer and a demand of one value are two figures: the side of a bargain a figure is told as marks which it is.
    const side = findBargainSide(text, figure.start);
    if (side !== null) last.mention.marks = { ...last.mention.marks, side };
    out.push(last.mention);
    sentenceOf.set(last.mention, span?.start ?? figure.start);
  }
  return markAlikeInSentence(out, sentenceOf);
}

/**
 * The names of a figure's sentence, the one it is about first; a stat line naming no one but the columns its numbers
 * count ("1 sack, 1 TFL, 1 QH.") takes the names of its row (tableRowNames), so that two players' lines stay two.
 */
function figureEntities(analysis: TextAnalysis, span: SentenceSpan | undefined, figure: Figure, speaker: string | null): string[] {
  if (span === undefined) return [];
  const names = withoutUnitNames(findEntities(textTokens(analysis, span.start, span.end), analysis.known), figure.unit);
  const columns = countedInitialisms(span.text);
  const named = names.filter((name) => !columns.has(name));
  const row = named.length === 0 ? tableRowNames(analysis, span) : null;
  if (row !== null) return row;
  return orderFigureNames(span.text, { start: figure.start - span.start, end: figure.end - span.start }, names, speaker);
}

/** Whether a figure's unit is a unit of measure or a currency ("tons", "km", "miles (per hour)", "USD"), not a count of things. */
function inUnitOfMeasure(unit: string | null): boolean {
  const head = (unit ?? '').replace(/\s*\(.*\)$/, '').split(/\s+/).at(-1) ?? '';
  return /^[A-Z]{3}$/.test(head) || (/^\p{L}+$/u.test(head) && isUnitOfMeasure(head));
}

/**
 * "about 2,300 tons (2,095 metric tons)", "5 miles (8 km)", "$12.9bn (£10bn)": a figure that fills the brackets right
 * after another, both in units of measure, is the first converted, one figure printed twice; so is one after ", or"
 * ("about 2,750 tons, or 2,500 metric tons", "10 kilometres, or 6.2 miles") when the second says its value in other
 * units (another value, printed in other words or another currency: "two days, or three days" are two figures). The
 * end of the brackets or of the second figure (where the first figure's printing now ends), or null when `next` is no
 * such conversion of `figure`.
 */
const SCALE_WORDS = /^(?:thousand|million|billion|trillion|bn|m|k)\b\s*/i;
/** "a share", "per head", "each", "apiece" right after a figure: a rate for each of something. */
const RATE_AFTER = /^\s+(?:a|an|per|each|apiece)\b/i;
function convertedEnd(text: string, figure: Figure, next: Figure): number | null {
  if (!inUnitOfMeasure(figure.unit) || !inUnitOfMeasure(next.unit)) return null;
  const between = text.slice(figure.end, next.start);
  if (/^\s*,\s*or\s+$/.test(between)) {
    // A rate after ", or" is what the sum comes to for each of something ("$3 million, or 40 cents a share"), no
    // conversion of it.
    if (RATE_AFTER.test(text.slice(next.end, next.end + 12))) return null;
    // Another currency, or a unit printed in other words ("metric tons"); a sum in one currency after ", or" is
    // another sum ("$2.8 billion, or $2.53 a share").
    const head = (f: Figure) => (f.unit ?? '').replace(/\s*\(.*\)$/, '');
    const currency = (f: Figure) => /^[A-Z]{3}$/.test(head(f));
    const unitWords = (f: Figure) => text.slice(f.start, f.end).replace(/^[^\d]*[\d.,\s]*/, '').replace(SCALE_WORDS, '').trim().toLowerCase();
    const otherUnits = currency(figure) || currency(next) ? head(figure) !== head(next) : unitWords(figure) !== unitWords(next) && unitWords(next) !== '';
    return figure.value !== next.value && otherUnits ? next.end : null;
  }
  if (!/^\s*\(\s*$/.test(between)) return null;
  const close = /^\s*\)/.exec(text.slice(next.end, next.end + 4));
  return close === null ? null : next.end + close[0].length;
}

/**
 * "121 RBI", "46 KOs", "200 MPs": a unit printed in capitals is found as a name, but it is what the figure counts (in
 * the sentence's other figures too: "13 home runs and 43 RBIs"), not whose it is.
 */
function withoutUnitNames(entities: string[], unit: string | null): string[] {
  const head = (unit ?? '').replace(/\s*\(.*$/, '').toLowerCase();
  if (head === '') return entities;
  const singular = (word: string) => word.toLowerCase().replace(/['’]?s$/, '');
  return entities.filter((name) => singular(name) !== singular(head));
}

/**
 * "you'd need to put aside about $115 each month": a sentence that speaks to the reader, outside its quotes (the
 * sentence with its quotes masked), works through an example (advice, a hypothetical), and nobody reports its
 * figures. A source's own words are read elsewhere (quotes).
 */
const addressesReader = (sentence: string) => /\b(?:you|your|you['’](?:d|ll|re|ve))\b/i.test(sentence);

/**
 * "Stir two spoons of honey into the tea.", "Whisk three eggs with the milk": a sentence opening with a verb of doing
 * or preparing tells the reader what to do (a recipe's or a guide's step), and its amounts are what the step takes, no
 * figure anybody reports.
 */
const instructsReader = (sentence: string) =>
  /^\s*(?:Mix|Add|Stir|Combine|Pour|Whisk|Bake|Preheat|Boil|Simmer|Chop|Sprinkle|Drizzle|Soak|Rinse|Marinate|Knead|Grate)\s+(?!(?:is|are|was|were|has|had)\b)/.test(sentence);

/**
 * "See our eight favourite kettles below.", "Here are the five picks we liked:": a count in a sentence that points at
 * what follows counts the article's own list, no figure anybody reports.
 */
const announcesOwnList = (sentence: string) => /\b(?:below|as follows)\s*[.:!]?\s*$/i.test(sentence) || /^\s*(?:Here are|Here['’]s|These are)\b/.test(sentence);

/**
 * "Say you think a degree will cost $160,000. A quarter of that is $40,000.": the sentence after one that puts a
 * case to the reader (a supposition, outside quotes) in the same paragraph goes on working the example.
 */
function continuesReaderExample(masked: string, sentences: readonly SentenceSpan[], span: SentenceSpan): boolean {
  const at = sentences.indexOf(span);
  const before = sentences[at - 1];
  if (before === undefined || /\n/.test(masked.slice(before.end, span.start))) return false;
  return /(?:^|[\s,;:—–-])(?:say|suppose|imagine|let['’]s say)\s+(?:that\s+)?(?:you|your)\b/i.test(masked.slice(before.start, before.end));
}

/**
 * "for anyone wanting to borrow $25,000", "anyone looking to learn more about 529 plans": what anybody who wants to
 * do something would do is advice, not a figure anyone reports.
 */
const forAnyoneWanting = (text: string, start: number) =>
  /\b(?:anyone|anybody|someone|whoever)\s+(?:wanting|who wants?|looking|hoping|planning|trying)\s+to\s+(?:[\p{L}-]+\s+){1,3}$/iu.test(text.slice(Math.max(0, start - 70), start));

/**
 * "every time you buy or trade $100 worth of stock, you pay 50 cents", "when you're spending the donor's $27": a
 * figure in a case put with the generic "you" (a clause opened by "when", "if", "every time" or "whenever" and "you"),
 * or in the clause after it whose subject is that "you", is an example, in a quote or not; "When you look at the
 * numbers, we lost 40,000 jobs" still reports the figure of its main clause, and a case of weighing facts ("when you
 * consider that the deficit reached $400 billion") reports the facts weighed.
 */
const GENERIC_YOU_CASE = /\b(?:every\s+time|each\s+time|whenever|when|if)\s+you(?:['’](?:re|ve|d|ll))?\s/gi;
/** "When you consider that the deficit reached $400 billion": a case of weighing facts, whose figures are reported. */
const WEIGHING_VERB = /^(?:consider|look|think|realize|realise|remember|recall|compare|see|know|note|add\s+up|factor\s+in)\b/i;
function inGenericYouCase(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const opener = [...before.matchAll(GENERIC_YOU_CASE)].at(-1);
  if (opener === undefined || WEIGHING_VERB.test(before.slice(opener.index + opener[0].length))) return false;
  const after = before.slice(opener.index);
  if (/[.!?]\s|\n/.test(after)) return false;
  const clauses = after.split(/[,;:—–]/);
  return clauses.length === 1 || /^\s*(?:and\s+|then\s+)?you\s+\p{Ll}/u.test(clauses.at(-1) ?? '');
}

/** "four crew members were killed", "three climbers have been rescued": what was done to those counted, in the passive. */
const PASSIVE_AFTER = /^\s+(?:were|are|have\s+been|had\s+been|will\s+be)\s+\p{Ll}+/u;
const befellCounted = (text: string, start: number, end: number) =>
  PASSIVE_AFTER.test(text.slice(end, end + 40)) && findMeasure(text, start, end, null) !== null;

/**
 * "the two largest emitters", "the two most-likely bidders", "all three leading candidates", "two major sticking
 * points": a few things picked out by a superlative, or by a word of rank after "the" or "all" or before things that
 * are not people, name a group and count nothing anyone reports; "two top officials were fired" counts people. So do
 * "all" and "the top" before a count in words ("all five starters", "the team's top two scorers").
 */
function picksOutGroup(text: string, start: number, end: number): boolean {
  // Past a qualifier ("over two major"): the count itself.
  const figure = text.slice(start, end).replace(/^(?:over|some|about|nearly|almost|around|at least)\s+/i, '');
  if (!/^(?:two|three|four|five|six|seven|eight|nine|ten)\s+/i.test(figure)) return false;
  if (/^\S+\s+(?:largest|biggest|greatest|most[\s-]+\p{L}+)\b/iu.test(figure)) return true;
  // "all five starters", "all four days of the convention", "the club's top two scorers": the whole of a group the
  // story knows, or its first few by rank, in words ("in all 72 counties" counts); what befell them ("all four crew
  // members were killed") is a count all the same.
  if (figure === text.slice(start, end) && /(?:^|[^\p{L}])(?:all|(?:the|its|their|his|her|our|\p{L}+['’]s?)\s+top)\s+$/iu.test(text.slice(Math.max(0, start - 30), start)) && !befellCounted(text, start, end)) return true;
  if (!/^\S+\s+(?:leading|major|main|top|key)\b/i.test(figure)) return false;
  const determined = /\b(?:the|all|its|their|his|her|our)\s+$/i.test(text.slice(Math.max(0, start - 8), start));
  // The figure ends on the word of rank when no noun it reads follows ("two major sticking points").
  const counted = /(?:leading|major|main|top|key)$/i.test(figure) ? null : nounKind(figure.split(/\s+/).at(-1) ?? '');
  return determined || (counted !== 'person' && counted !== 'group');
}

/**
 * "gains have gone to the top 1 percent", "the top 0.1 percent of earners took in half": a share after "the top" (or
 * "the bottom", "the richest") names a group by where it stands, the rich or the poor, and reports no share.
 */
const namesShareByRank = (text: string, start: number, end: number) =>
  /(?:percent|per cent|%)$/i.test(text.slice(start, end)) && /\b(?:the|its|their)\s+(?:top|bottom|richest|wealthiest|poorest)\s+$/i.test(text.slice(Math.max(0, start - 20), start));

/**
 * "The two farmers say ...", "All four owners have said ...": a count with a determiner inside the speaker phrase of a
 * quote or statement names the people who spoke, already known to the story; it claims no figure ("Two officials
 * said", with no determiner, still counts sources).
 */
function namesSpeakers(text: string, quotes: readonly ExtractedMention[], start: number, end: number): boolean {
  if (!/\b(?:the|all|these|those|their|both)\s+$/i.test(text.slice(Math.max(0, start - 6), start))) return false;
  return quotes.some((q) => q.kind !== 'number' && q.speakerStart !== null && q.speakerEnd !== null && q.speakerStart <= start && end <= q.speakerEnd);
}

/**
 * Nouns for the two parties a story sets against each other or together: nations, cities, sides, rivals; a word may
 * describe them ("the two rising candidates", "the two tech giants", "the two political newcomers"), but no scale word
 * ("the two dozen states" counts). A figure read on into its verb ("The two front-runners aren't ...") is the same pair.
 */
const PAIR_NOUNS = /^two\s+(?:(?!dozen\b|score\b|hundred\b|thousand\b|million\b|billion\b)\p{Ll}+\s+)?(?:nations|countries|continents|states|provinces|regions|cities|towns|pieces|halves|sides|parties|camps|front-?runners|candidates|contenders|hopefuls|newcomers|outsiders|rivals|leaders|governments|neighbou?rs|allies|powers|superpowers|chambers|houses|companies|firms|giants|teams|clubs|democrats|republicans|senators|lawmakers|politicians|legislators)(?:$|(?=\s+(?:are|were|is|was|have|had|will|would|could|can|do|did|don['’]t|aren['’]t|weren['’]t)\b))/iu;

/** Nouns that say only that people are meant (their sex or age), not what part they had in anything. */
const PLAIN_PEOPLE = /^(?:men|women|people|persons|individuals|boys|girls|guys|youths)$/i;

/**
 * "the two nations", "their two countries", "the two front-runners", "the two Democrats": the pair a story is about,
 * named again by "the two" (or "their", "both"), counts nothing anyone reports; "two nations signed" counts. So do
 * two people named again by a plain noun ("the trial of the two men accused", "one of the two women"): the pair the
 * story is about. A noun of what they did or had done to them still counts ("the two victims", "the two officers involved").
 */
function namesKnownPair(text: string, start: number, end: number): boolean {
  if (!/\b(?:the|their|its|our|these|those|both)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) return false;
  const figure = text.slice(start, end);
  return PAIR_NOUNS.test(figure) || (/^two(?:\s+\p{Ll}+)?\s+\p{L}+$/u.test(figure) && PLAIN_PEOPLE.test(figure.split(/\s+/).at(-1) ?? ''));
}

/**
 * "the first two states", "the last two debates", "only once in the past six elections": events of the electoral
 * calendar named by their place in it (a count in words after "first" or "next", debates after "last" or "past" too)
 * say which events are meant, and the total of a share of them no numerator reads ("once in the past six") is no count
 * of its own: no figure anybody reports ("eight of the last nine contests" is read whole as a share, `readRatio`). The span of a streak ("has voted Democratic in the last six
 * presidential elections", "placed second in the last two contests") counts how long something held and stays, and so do
 * counts of anything else ("the first two Harry Potter films", "the past three seasons") and counts in digits.
 */
const PLACE_COUNT = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\p{L}-]+\s+){0,3}?`;
const CALENDAR_EVENTS = new RegExp(`^${PLACE_COUNT}(?:states|contests|elections|primaries|caucuses|debates|nomination\\s+(?:fights|battles|races)|cycles)$`, 'iu');
const DEBATES = new RegExp(`^${PLACE_COUNT}debates$`, 'iu');
/** "eight of the last", "three of the previous", "only once in the past": the total of a share. */
const SHARE_OF_PLACE = /(?:\b\p{L}+\s+of|\b(?:once|twice|times)\s+in)\s+the\s+(?:first|last|past|previous|final)\s+$/iu;
const AHEAD_OR_FIRST = /\b(?:the|these|those|its|their|his|her|our)\s+(?:first|next)\s+$/i;
const LAST_OR_PAST = /\b(?:the|these|those|its|their|his|her|our)\s+(?:last|past|previous|final)\s+$/i;
function namesSeriesPlace(text: string, start: number, end: number): boolean {
  const figure = text.slice(start, end);
  if (!CALENDAR_EVENTS.test(figure)) return false;
  const before = text.slice(Math.max(0, start - 30), start);
  return SHARE_OF_PLACE.test(before) || AHEAD_OR_FIRST.test(before) || (LAST_OR_PAST.test(before) && DEBATES.test(figure));
}

/**
 * "the four remaining candidates", "his three remaining opponents": what is left of a field the story follows, named
 * again by a determiner and "remaining", counts nothing anyone reports; "40 remaining berths" (no determiner) and "the
 * remaining 200 workers" still count.
 */
function namesRemainder(text: string, start: number, end: number): boolean {
  return /\b(?:the|their|its|his|her|our|these|those)\s+$/i.test(text.slice(Math.max(0, start - 8), start)) && /^\S+\s+remaining\s+\p{L}/iu.test(text.slice(start, end));
}

/**
 * "a bank shot over two defenders", "slipped past three blockers", "hid behind two guards": a preposition of place
 * after a word of the sentence, then a few people counted in words, says where something happened among them (a
 * count in a descriptive phrase), not a figure anybody reports. "over" before a larger or a spelled scale ("over two
 * dozen protesters", "over 200 people") is a qualifier, and so is one opening its clause ("Over two people a day")
 * or after a participle ("killed over three men").
 */
function placesAmongPeople(text: string, start: number, end: number): boolean {
  const figure = text.slice(start, end);
  const printed = /^over\s+(?=\p{L})/iu.test(figure) ? { before: text.slice(Math.max(0, start - 30), start), rest: figure.replace(/^over\s+/i, '') } : null;
  const before = printed?.before ?? text.slice(Math.max(0, start - 40), start);
  const at = printed ? before : before.replace(/\b(?:past|behind|beyond)\s+$/i, '');
  if (printed === null && at === before) return false;
  // The preposition follows a word of its clause (a verb or a noun: "shot over", "slipped past"), not a break.
  if (!/\p{Ll}\s+$/u.test(at)) return false;
  // After a determiner "past" is a place in a series ("the past two winners"), no preposition.
  if (/\b(?:the|a|its|his|her|their|our|my|your|these|those|this|that)\s+$/i.test(at)) return false;
  // "killed over three men", "arresting over two officers": after a verb's participle "over" still bounds a count.
  if (printed !== null && /(?:ed|ing)\s+$/i.test(at)) return false;
  const words = (printed?.rest ?? figure).split(/\s+/);
  if (words.length < 2 || words.length > 3 || !/^(?:two|three|four|five|six|seven|eight|nine)$/i.test(words[0] ?? '')) return false;
  if (words.length === 3 && /^(?:dozens?|scores?|hundreds?|thousands?|millions?)$/i.test(words[1] ?? '')) return false;
  return nounKind(words.at(-1) ?? '') === 'person';
}

/** The most words of a ranked list's line: a place and a name ("3 Marco Rubio."). */
const MAX_RANKED_LINE_WORDS = 5;

/**
 * "1 Jane Roe.", "2 John Doe." on lines of their own under "The rankings:": a bare number opening a short line, right
 * before a capitalised word, is the entry's place in a ranked list, no count of the things it names.
 */
function ranksLineEntry(text: string, start: number): boolean {
  if (start > 0 && !/\n[ \t]*$/.test(text.slice(Math.max(0, start - 8), start))) return false;
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(start, lineEnd === -1 ? Math.min(text.length, start + 120) : Math.min(lineEnd, start + 120));
  return /^\d{1,3}\.?\s+\p{Lu}/u.test(line) && line.trim().split(/\s+/).length <= MAX_RANKED_LINE_WORDS;
}

/** A short label and a colon right before an amount ("VIP :", "Adults:", "Weight:"). */
const LABEL_BEFORE = /(?:^|\s)\p{L}[\p{L}\p{N}.'’-]{0,15}\s?:\s?(?:US\$|\$|£|€|¥|₩)?\s?$/u;
/** The next entry of such a list right after an amount and its sign: a label, a colon and a number. */
const LABELLED_AMOUNT_AFTER = /^\S{0,3}\s+\p{L}[\p{L}\p{N}.'’-]{0,15}\s?:\s?(?:US\$|\$|£|€|¥|₩)?\s?\d/u;

/**
 * "Adults: $25 Children: $10 Seniors: $15", "VIP : 60,000₩ R : 50,000₩": an amount after a short label and a colon,
 * next to another such entry, is a line of a page's price list or fact box, no figure anybody reports. A speaker's
 * label in a transcript ("SMITH: 40 percent of ...") runs on into words, not into the next label's amount.
 */
function inLabelledList(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const label = LABEL_BEFORE.exec(before);
  if (label === null) return false;
  if (LABELLED_AMOUNT_AFTER.test(text.slice(end, end + 40))) return true;
  // The last entry: the one before it ends right before its label.
  const previous = text.slice(Math.max(0, start - 60), start - label[0].length);
  return /\d\S{0,3}$/u.test(previous) && LABEL_BEFORE.test(previous.replace(/(?:US\$|\$|£|€|¥|₩)?\s?\d[\d,.]*\S{0,3}$/u, ''));
}

/**
 * "a four - by - four car", "a one-on-one meeting": a number after the hyphen of a compound's joining word ("by",
 * "on", "to") is part of the compound, not a count. A dash setting off an aside ("the victims - 12 people -") is not.
 */
const insideCompound = (text: string, start: number) => /\b(?:by|on|to|in)\s?-\s?$/i.test(text.slice(Math.max(0, start - 6), start));

/**
 * "posted just two words - “So sad” -", "tweeted three words on his site: “...”": a count of words (or letters) before
 * the dash or colon that opens the quote printing them counts the quote's own words, a figure nobody reports.
 */
const countsQuotedWords = (text: string, start: number, end: number) =>
  /(?:^|\s)\S+\s+(?:words?|letters?)$/i.test(text.slice(start, end)) && /^(?:[^.;!?"“”]{0,40}\s[-–—:]|\s*[-–—:,]?)\s*(?:''|["“‘'])/.test(text.slice(end, end + 48));

/**
 * "the five words that everybody reads", "until he reached the final three words of his speech": a count of words after
 * "the" (or a possessive, and a word of place such as "final") points at words the story has in view, as a quote
 * would; it is no figure anybody reports. A count without a determiner ("about 30 words", "an essay of 800 words") stays.
 */
const namesWordsByCount = (text: string, start: number, end: number) =>
  /^(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+words$/i.test(text.slice(start, end)) &&
  /(?:^|[^\p{L}])(?:the|these|those|his|her|their|its|our|my|your)\s+(?:(?:first|last|final|same|only|very)\s+)?$/iu.test(text.slice(Math.max(0, start - 24), start));

/**
 * "nine ridiculous things he said", "three things are happening", "5 reasons to vote": a count of things, ways or
 * reasons is a list the writer announces (a listicle's own items), not a figure anybody reports.
 */
const countsListItems = (figure: string) => /\b(?:things|ways|reasons|tips|lessons|takeaways)$/i.test(figure);

/**
 * "they'll need to find a bit over $500 a month", "..., let alone save $500 a month", "A magnitude 6 quake can cause
 * severe damage": what somebody would need to do, or what a thing of a kind can do, is an example or a rule, not a
 * figure anyone reports.
 */
function isHypothetical(sentence: string): boolean {
  if (/\b(?:will|would|['’]ll|['’]d)\s+need\s+to\b|\blet alone\b/i.test(sentence)) return true;
  // What a thing of a kind can do; not what a person could not do ("A spokesman could not say why 40 people ...").
  const rule = /^\s*(?:A|An)\s+([^,;]{1,40}?)\s(?:can|could|may|might)\s+(?!not\b|never\b)\p{Ll}/u.exec(sentence);
  if (rule === null) return false;
  const kind = nounKind(rule[1]?.split(/\s+/).at(-1) ?? '');
  return kind !== 'person' && kind !== 'group';
}

/**
 * "Had she signed for three more seasons, she would have earned $40 million", "If the bill had passed, 20,000 more
 * people would have been covered": a sentence that says what would have happened had something else happened
 * (an inverted "Had ..." or an "if ... had" clause with "would/could/might have") counts what never was, whoever
 * says it, in a quote or not.
 */
function isCounterfactual(sentence: string): boolean {
  if (!/\b(?:would|could|might)(?:\s+not)?\s+have\b|\b(?:would|could|might)(?:n['’]t)?['’]ve\b|\b(?:wouldn|couldn)['’]t\s+have\b/i.test(sentence)) return false;
  return /(?:^|[“"‘(,;:—–]\s*|\s-\s)Had\s+\p{L}/u.test(sentence) || /\bif\s+[^,;.]{1,60}?\bhad\s+(?!to\b)\p{Ll}+/iu.test(sentence);
}

/** "And where is that $115 supposed to come from?": a question the writer asks, outside quotes, asserts no figure. */
const asksQuestion = (sentence: string) => /\?\s*$/.test(sentence);

/** "Three Husbands": a short line in title case without a verb's full stop heads a section and claims nothing. */
function isCrosshead(sentence: string): boolean {
  const words = sentence.trim().split(/\s+/);
  if (words.length > 6 || /[.!?:;,"”]$/.test(sentence.trim())) return false;
  return words.every((w) => /^[\p{Lu}\p{N}$]/u.test(w) || /^(?:a|an|the|of|and|in|on|for|to|at|by|with)$/.test(w));
}

/**
 * "Three Husbands In February 1943, she married ...": a crosshead run into the sentence it heads, as flattened copy
 * prints it: words in capitals open the sentence, and a capitalised small word starts the sentence proper.
 */
function inRunInCrosshead(sentence: string, at: number): boolean {
  const run = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’-]*\s+){1,5}(?=(?:In|On|At|The|A|An|When|After|Before|She|He|It|They|We|His|Her|Their|But|As|During|While|Since)\s)/u.exec(sentence);
  return run !== null && at < run[0].length;
}

interface Figure {
  start: number;
  end: number;
  value: number;
  unit: string | null;
  qualifier: string | null;
}

function readFigure(text: string, match: RegExpExecArray): Figure | null {
  const groups = match.groups ?? {};
  const start = match.index ?? 0;
  let end = start + match[0].length;
  const qualifier = groups.qualifier?.toLowerCase() ?? null;
  if (groups.fraction !== undefined) return readFractionFigure(text, start, end, groups.fraction, qualifier);
  const printed = groups.number ?? '';
  const number = readNumber(printed);
  if (number === null) return null;
  if (qualifier === null && groups.currency === undefined && groups.scale === undefined && groups.attached === undefined && groups.percent === undefined) {
    const ratio = readRatio(text, start, end, number);
    if (ratio !== null) return ratio;
  }
  const numberStart = match.indices?.groups?.number?.[0] ?? start;
  const numberEnd = numberStart + printed.length;
  const scaleWord = groups.scale ?? groups.attached;
  const isDigit = /^\d/.test(printed);
  if (isDigit && !plausibleDigits(text, numberStart, numberEnd, groups.currency !== undefined)) return null;
  if (isDigit && isLabelOrPlace(text, numberStart, numberEnd)) return null;
  if (isAge(text, numberEnd)) return null;
  // "until age 5 cut their risk", "aged 12 when": a bare number right after "age" or "aged" is an age, whatever word
  // follows it (as "at the age of 18 months" is: isTimeReference).
  if (isDigit && scaleWord === undefined && groups.currency === undefined && groups.percent === undefined && namesAgeBefore(text, numberStart)) return null;
  if (scaleWord === undefined && groups.currency === undefined && groups.percent === undefined && isAgeBracket(text, start, qualifier)) return null;
  if (isDigit && (namesModelWithLetter(text, numberStart, numberEnd, end, groups) || namesBrandWithLetter(text, end, groups))) return null;
  if (isDigit && groups.currency === undefined && groups.percent === undefined && scaleWord === undefined && namesModelInPhrase(text, numberStart, numberEnd, number)) return null;
  let unit: string | null = null;
  const currency = currencyCode(groups.currency);
  if (groups.percent !== undefined) unit = '%';
  else if (currency !== null) unit = currency;
  // Not before a scale set off by a hyphen ("a? 110 - billion"), which this reading would leave off the value.
  else if (LOST_CURRENCY_SIGN.test(text.slice(Math.max(0, numberStart - 16), numberStart)) && !/^\s?[-–]\s?(?:thousand|million|billion|trillion)\b/i.test(text.slice(end, end + 14))) unit = LOST_CURRENCY;
  // "a two million - euro heist", "a 10 billion-dollar deal": a currency joined to the scale by a hyphen.
  const joined = unit === null && scaleWord !== undefined ? HYPHENED_CURRENCY.exec(text.slice(end, end + 16)) : null;
  if (joined !== null) {
    unit = currencyCode(joined[1]);
    end += joined[0].length;
  }
  const found = unit === null ? findUnit(text, end) : null;
  const noun = unit === null ? (found ?? hyphenedNoun(text, end, printed, qualifier, scaleWord)) : null;
  if (noun !== null && found === null && describesNoun(text, noun.end, printed, scaleWord)) return null;
  if (noun !== null) {
    // "a gang called 8 Block.", "The Three Musketeers in Prague": a name in title case after the number, with no
    // noun after it ("500 Windows users"), names a thing.
    const printedUnit = text.slice(noun.end - noun.unit.length, noun.end);
    const nounAfter = /^\s+\p{Ll}{3,}/u.test(text.slice(noun.end, noun.end + 20)) && !/^\s+(?:in|on|at|of|for|and|but|with|from|who|which|that|was|were|is|are)\b/.test(text.slice(noun.end, noun.end + 20));
    if (/^\p{Lu}\p{Ll}+$/u.test(printedUnit) && !nounAfter && !atSentenceStart(text, start)) return null;
    // "13 Hours will tell the story", "Zuckoff's 13 Hours book": a unit of time in capitals after digits is a title's
    // word, wherever it stands (a sentence's capital would be on the digits' word, not after it).
    if (isDigit && /^\p{Lu}\p{Ll}+$/u.test(printedUnit) && TIME_UNITS.test(printedUnit)) return null;
    // "The two both seemed", "these two cut their teeth": a number standing for people already named counts nothing.
    if (NUMBER_WORD_ONLY.test(printed) && (/^(?:both|all|each|together|alone)$/i.test(noun.unit) || /\b(?:these|those)\s+$/i.test(text.slice(Math.max(0, start - 7), start)))) return null;
    // "scored just three four times": a small number word right before another and its noun is an editing slip (or a
    // count of a count, "two three-year terms" apart); the number next to the noun is the count, read on its own.
    if (SMALL_WORD_ONLY.test(printed) && SMALL_WORD_NEXT.test(text.slice(end, end + 30))) return null;
    // "ten o'clock" is a time of day.
    if (/^o['’]clock$/.test(noun.unit)) return null;
    // "two five - years - to - life terms": a number word is no unit; the count and what it counts are apart.
    if (NUMBER_WORD_ONLY.test(noun.unit)) return null;
    // "46 KOs", "121 RBIs": an initialism's plural is its capitals and an "s", which comparing units could not strip
    // ("kos" is no plural of "ko" to a reader of words), so the unit is its singular, as "121 RBI" prints it.
    unit = (weighsInPounds(text, start, noun) ? null : currencyCode(noun.unit)) ?? (/^\p{Lu}{2,}s$/u.test(printedUnit) ? noun.unit.slice(0, -1) : noun.unit);
    end = noun.end;
  }
  // A lone small number ("3 of them") is not a reported figure; one with thousands separators ("5,000") is.
  const bare = scaleWord === undefined && unit === null && qualifier === null && !/\d,\d{3}/.test(printed);
  if (bare) return null;
  if (isDigit && scaleWord === undefined && groups.currency === undefined && groups.percent === undefined) {
    if (isYearOrDate(text, numberStart, numberEnd, number)) return null;
    if (isAgeOrLabel(text, numberStart, numberEnd)) return null;
  }
  if (!isDigit && unit === null && scaleWord === undefined) return null;
  if (isTimeReference(text, start, end, unit) || isIdiomaticAmount(text, start, end, printed, number, unit) || isWholeHearted(text, end, number, unit)) return null;
  // "Eight years is a very long time": an amount named only to be judged is generic, no figure anyone reports.
  if (isJudgedAmount(text, start, end)) return null;
  const rest = groups.rest === undefined || isDigit ? 0 : (readNumber(groups.rest) ?? 0);
  // "120 mph" is "120 miles per hour", "150 km/h" 150 km per hour: the distance and the rate it is given per, as the
  // words print them.
  const perHour = /^\/h(?:r|our)?\b/i.exec(text.slice(end, end + 6));
  const speed = perHour !== null && (unit === 'km' || unit === 'mi') ? unit : SPEED_UNITS[unit ?? ''];
  if (perHour !== null && speed !== undefined) end += perHour[0].length;
  if (speed !== undefined) unit = speed;
  const measure = endsRange(text, start, end)
    ? 'range'
    : deniedBound(text, start, qualifier)
      ? 'bound denied'
      : withStages((speed === undefined ? null : 'per hour') ?? rateAfter(text, end) ?? findMeasure(text, start, end, unit) ?? positionBefore(text, start) ?? yearAfter(text, end), findStages(text, start, end));
  return { start, end, value: scaleValue(number, scaleWord) + rest, unit: withMeasure(unit, measure), qualifier };
}

/**
 * Words joined to a number by a hyphen that say how exact it is or how big, not what it counts ("50-odd",
 * "30-something", "a 300-strong crowd", "a 1,000-foot-long wall" has its unit before them).
 */
const ROUGHLY_AFTER = /^(?:odd|something|plus|ish|some|strong|long|wide|high|tall|deep|old)$/i;

/**
 * "a 2,507-member assembly", "a 1,000-member church": the noun joined to the number by a hyphen is what it counts (as
 * "2,507 members"). Read only for a number that is a figure without it (thousands, a scale or a qualifier), so that
 * "a 10-year plan" or "a 3-point shot" stay what they were.
 */
function hyphenedNoun(text: string, end: number, printed: string, qualifier: string | null, scale: string | undefined): { unit: string; end: number } | null {
  if (!/\d,\s?\d{3}/.test(printed) && qualifier === null && scale === undefined) return null;
  const joined = /^[-–](\p{Ll}{3,})(?![\p{L}\p{N}-])/u.exec(text.slice(end, end + 30));
  if (joined === null || ROUGHLY_AFTER.test(joined[1] ?? '')) return null;
  return { unit: joined[1] ?? '', end: end + joined[0].length };
}

/**
 * "a roughly 30-minute speech", "a nearly two-hour meeting": a hedged number joined by a hyphen to its unit before a
 * noun is part of the noun's description, as "a 30-minute speech" is; nobody reports the figure. A number that is a
 * figure without the hedge ("a 2,507-member assembly", "a 2 million-dollar gift") keeps it.
 */
function describesNoun(text: string, unitEnd: number, printed: string, scale: string | undefined): boolean {
  if (/\d,\s?\d{3}/.test(printed) || scale !== undefined) return false;
  const after = /^\s+(\p{Ll}{3,})\b/u.exec(text.slice(unitEnd, unitEnd + 30))?.[1];
  return after !== undefined && !/^(?:and|but|or|nor|for|from|with|into|than|that|which|who|was|were|is|are|in|on|at|of|to|by|ago|later|earlier|before|after|long|old|away)$/.test(after);
}

/** Speeds abbreviated as one unit, and the distance each is per hour of. */
const SPEED_UNITS: Readonly<Record<string, string>> = { mph: 'miles', kph: 'km', kmh: 'km' };

/** A currency word joined by a hyphen to the scale before it ("million - euro", "billion-dollar"). */
const HYPHENED_CURRENCY = /^\s?[-–]\s?(dollars?|euros?|pounds?|roubles?|rubles?|yen|yuan)(?![\p{L}])/iu;

/** Periods a rate is given per, each as one word ("annually" is "year"). */
// "a year ago", "a day later": a point in time, not a rate.
const RATE_PERIODS =
  /^\s+(?:(?:a|an|per|each|every)\s+(year|month|week|day|hour|season|game|match|head|person|capita)|(annually|yearly|monthly|weekly|daily))\b(?!\s+(?:ago|earlier|later|before|after)\b)/i;
const RATE_WORDS: Readonly<Record<string, string>> = { annually: 'year', yearly: 'year', monthly: 'month', weekly: 'week', daily: 'day', capita: 'person', head: 'person' };

/**
 * "at least 10 assists in six consecutive games", "20 points in each of his last three games", "over 100 yards in
 * five straight weeks": a figure held in each of a run of games or periods is given per game (a streak's threshold),
 * no figure of one game; read as "(per game)". A total over several ("30 points in three games") is not read.
 */
const RUN_COUNT = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const RUN_OF = String.raw`(games|matches|starts|outings|appearances|weeks|seasons|races|fights|innings)\b`;
const STREAK = new RegExp(
  String.raw`^\s+in\s+(?:(?:each|every|all)\s+of\s+(?:(?:the|his|her|their|its)\s+)?(?:(?:last|past|previous|first|next)\s+)?${RUN_COUNT}\s+(?:(?:consecutive|straight|successive)\s+)?${RUN_OF}|(?:(?:the|his|her|their|its)\s+)?(?:(?:last|past|previous|first|next)\s+)?${RUN_COUNT}\s+(?:consecutive|straight|successive)\s+${RUN_OF})`,
  'i',
);

/**
 * "$22 million a season", "40,000 barrels per day", "£5 million annually": a rate, which is no total of the same
 * value ("a $22 million offer" in all); read as "(per season)"; a streak's threshold too (STREAK).
 */
function rateAfter(text: string, end: number): string | null {
  const match = RATE_PERIODS.exec(text.slice(end, end + 24));
  const period = (match?.[1] ?? match?.[2])?.toLowerCase();
  if (period !== undefined) return `per ${RATE_WORDS[period] ?? period}`;
  const run = STREAK.exec(text.slice(end, end + 70));
  const streak = (run?.[1] ?? run?.[2])?.toLowerCase();
  return streak === undefined ? null : `per ${streak.replace(/(?<=ch)es$|s$/, '')}`;
}

/**
 * "2,000 staff in 2015", "$4 million in 2019": a year printed right after a figure says when it held, and the same
 * value of one measure in another year is another figure ("2,000 staff in 2015 and 2,000 staff in 2019").
 */
function yearAfter(text: string, end: number): string | null {
  const year = /^\s+in\s+((?:19|20)\d\d)(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 12))?.[1];
  return year === undefined ? null : `in ${year}`;
}

/**
 * "the next two contests", "their first three games", "the last two winners": a count of the ones at a place in a
 * series, which is what it counts ("(next)"): "the first two contests" and "the next two contests" are two counts of
 * one unit in one story, however alike their printings. Read only after a determiner, so that "first" as an adverb
 * ("First, 20 people ...") is not.
 */
function positionBefore(text: string, start: number): string | null {
  const word = /\b(?:the|its|their|his|her|our|those|these)\s+(\p{L}+)\s+$/iu.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return SERIES_POSITIONS[word?.toLowerCase() ?? ''] ?? null;
}

/** A range's first end before "to" or a dash, and the word before it (a name's, "iOS 17 to 300 million", is none). */
const RANGE_BEFORE = /(?:(\S+)\s+)?(?:US\$|\$|£|€)?\s?\d[\d,.]*(?:\s?(?:thousand|million|billion|trillion|bn|mn|m|k))?\s*(?:to|[-–])\s*$/u;
/**
 * "sentences ranging from seven to 75 years", "ranged from $5 to $10", "anywhere from 200 to 300 workers", "fines
 * varying from $50 to $500": a range printed from its first end, in digits or words. Not "fell from 10 to 5": a change,
 * whose last figure is the new level.
 */
const RANGING_BEFORE = new RegExp(`\\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere|somewhere)\\s+from\\s+(?:US\\$|\\$|£|€)?\\s?(?:\\d[\\d,.]*|${NUMBER_WORD})(?:\\s+(?:thousand|million|billion))?\\s+to\\s+$`, 'i');
// "between $ 140 and": a currency sign set apart from its number, as copy tokenized word by word prints it.
const BETWEEN_BEFORE = /\bbetween\s+(?:(?:US\$|\$|£|€)\s)?\S+(?:\s+(?:thousand|million|billion))?\s+and\s+$/i;
const RANGE_AFTER = /^\s*(?:to|[-–])\s*(?:US\$|\$|£|€)?\s?\d/;

/**
 * "in the $140 million to $160 million range", "between 40 and 50 people": either end of a range is a bound of
 * it, not a figure anybody claims on its own (dedupe's compatibleMeasures keeps it to other ranges' ends).
 */
function endsRange(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  if (BETWEEN_BEFORE.test(before) || RANGING_BEFORE.test(text.slice(Math.max(0, start - 50), start))) return true;
  // "between $40 and $60": the first end too.
  if (/\bbetween\s+$/i.test(before) && /^\s+and\s+(?:US\$|\$|£|€)?\s?\d/.test(text.slice(end, end + 16))) return true;
  const low = RANGE_BEFORE.exec(before);
  // "fell from 10 to 5 points" is a change: its last figure is the new level.
  // "version 2.1 to 40 million phones": a version or a model before "to" is no range's end.
  if (low !== null) return !/^(?:from|version|v|release|model|build|update)$/i.test(low[1] ?? '') && !/[\p{Lu}\p{N}]/u.test(low[1] ?? '');
  // The first end is a bare amount ("$140 million to"), not a count of something ("six AK - 47 rifles").
  return /(?:\d|thousand|million|billion|bn|m)$/i.test(text.slice(start, end)) && RANGE_AFTER.test(text.slice(end, end + 12));
}

/** Qualifiers that put a figure above its value ("more than eight years"). */
const ABOVE = /^(?:more than|over|at least|above|in excess of|upwards of|just over)$/;
/**
 * "has not been offered", "hasn't sold", "never drew": a denied verb a few words at most before the figure, its
 * object (no clause between; not "has not lost in more than four years", a time since, which the bound measures).
 */
const DENIED_BEFORE = /(?:\b(?:not|never)|n['’]t)(?:\s+(?!(?:whether|if|that|but|yet|how|why|when)\b)\p{L}+){0,5}(?<!\b(?:in|for|within|since|after|during|of))\s+$/iu;
/** A sentence whose subject denies ("None of the teams ...", "No one has ..."). */
const DENYING_SUBJECT = /^(?:none|no one|nobody|neither)\b/i;
/**
 * A clause whose subject denies, after others ("The three clubs have bid, but so far none of the bids is thought to be
 * for more than six seasons"), or "no" and a noun as a subject before its verb ("So far, no club involved has offered
 * more than six seasons"): no comma, colon or semicolon between the denying word and the bound.
 */
const DENYING_WORD = /\b(?:none|no one|nobody)\b[^,;:]*$|\bno\s+(?!(?:doubt|question|matter|wonder|longer)\b)\p{L}+(?:\s+\p{L}+)?\s+(?:has|have|had|is|was|were|will|would|could|did)\b[^,;:]*$/iu;
/**
 * "a contract longer than eight years", "a fee larger than $40 million": a comparative right before the number bounds
 * it from below as "more than" does, though the pattern reads no qualifier there.
 */
const COMPARATIVE_BEFORE = /\b(?:longer|larger|bigger|greater|higher)\s+than\s+$/i;
/**
 * "It is unlikely that the club will go beyond six seasons", "the fee will not exceed $40 million": a ceiling that a
 * verb of exceeding puts on the number and a denial or doubt before it in one clause rules out; no one reached it.
 */
const DENIED_CEILING = /(?:\b(?:not|never|unlikely|none|no one|nobody)|n['’]t)\b[^,;:]*\b(?:go(?:es|ing|ne)?|went)\s+(?:beyond|past)\s+$|(?:\b(?:not|never|unlikely|none|no one|nobody)|n['’]t)\b[^,;:]*\bexceed(?:s|ed|ing)?\s+$/i;
/** Where the sentence holding `at` starts, looking back at most 200 characters (null: further back). */
function sentenceStartBefore(text: string, at: number): number | null {
  const from = Math.max(0, at - 200);
  const before = text.slice(from, at);
  let found: number | null = from === 0 ? 0 : null;
  for (const m of before.matchAll(/[.!?;]["”’]?\s+|\n\s*/g)) found = from + (m.index ?? 0) + m[0].length;
  return found;
}

/**
 * "None of the other teams has offered more than eight years", "it hasn't sold more than 100 copies": a bound from
 * below that the sentence denies is a ceiling nobody reached, not the figure anybody reports ("eight years" offered
 * by one team); read as "(bound denied)", which dedupe's compatibleMeasures keeps to other limits.
 */
function deniedBound(text: string, start: number, qualifier: string | null): boolean {
  const sentence = sentenceStartBefore(text, start);
  const before = sentence === null ? null : text.slice(sentence, start);
  if (qualifier === null && !COMPARATIVE_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return before !== null && DENIED_CEILING.test(before);
  if (qualifier !== null && !ABOVE.test(qualifier)) return false;
  if (DENIED_BEFORE.test(text.slice(Math.max(0, start - 80), start))) return true;
  return before !== null && (DENYING_SUBJECT.test(before) || DENYING_WORD.test(before));
}

const RATIO_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}.#])(?:(?<qualifier>${QUALIFIER})\\s+)?(?<numerator>\\d{1,3}|one|${NUMBER_WORD})\\s+(?:in|out of|(?<of>of)(?:\\s+(?:the|their|its|his|her|our|those|these)(?:\\s+(?:last|past|previous|first|final))?)?)\\s+$`, 'iu');
/** Words that follow "one in five" as its verb, not as what it counts ("one in five say ..."). */
const VERB_AFTER_RATIO = /^(?:say|says|said|are|were|is|was|have|had|do|did|would|will|could|think|thought|believe|believed|support|supported|oppose|opposed|back|backed|want|wanted|plan|planned|expect|expected)$/i;

/**
 * "About one in five say ...", "three out of four voters": the number after "in" is a ratio's denominator; the
 * figure is the ratio (0.2, counting what follows), not "five say". So is a share, "11 of the 12 cities", "29 of 34
 * passes": its total cut from it is no figure anybody reports. "one of three members who voted" picks out one of a
 * group the total counts (a figure of its own), "Part 2 of 5" numbers a part, and a share is read only with the noun
 * it counts after it.
 */
function readRatio(text: string, start: number, end: number, denominator: number): Figure | null {
  const match = RATIO_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  const numerator = readNumber(match?.groups?.numerator ?? '');
  if (match === null || numerator === null || numerator <= 0 || denominator <= numerator || denominator > 1000) return null;
  const share = match.groups?.of !== undefined;
  if (share && numerator < 2) return null;
  const ratioStart = start - match[0].length;
  // "No. 1 in 50 states" is a rank; "Part 2 of 5", "Game 3 of 7" number a part.
  if (/(?:\bno\.|#)\s*$/i.test(text.slice(Math.max(0, ratioStart - 6), ratioStart))) return null;
  if (share && /\p{Lu}\p{Ll}*\s+$/u.test(text.slice(Math.max(0, ratioStart - 20), ratioStart)) && !atSentenceStart(text, ratioStart)) return null;
  const noun = findUnit(text, end);
  const unit = noun !== null && !VERB_AFTER_RATIO.test(noun.unit) ? noun.unit : null;
  // "have lost eight of 10" with no noun after it is a record of games more often than a share anybody reports, and
  // "hundreds of thousands of dollars" an amount.
  if (share && unit === null) return null;
  const ratioEnd = unit !== null && noun !== null ? noun.end : end;
  return { start: ratioStart, end: ratioEnd, value: numerator / denominator, unit: withMeasure(unit, findMeasure(text, ratioStart, ratioEnd, unit)), qualifier: match.groups?.qualifier?.toLowerCase() ?? null };
}

/**
 * A unit with what is counted or measured in brackets ("people (injured)", "% (of the vote)", "USD (loss)"):
 * two figures of one unit and value that count different things stay apart (dedupe's measureOf).
 */
const withMeasure = (unit: string | null, measure: string | null) => (measure === null ? unit : unit === null ? `(${measure})` : `${unit} (${measure})`);

/**
 * A measure with the stages of a criminal case the figure counts at ("counts (of murder; convicted)"), each once
 * ("people (arrested)", not "(arrested; arrested)", "charges (charged)" of "accused of two charges", not "(accused;
 * charged)"); dedupe's measure comparison reads them apart from the rest.
 */
function withStages(measure: string | null, stages: readonly string[]): string | null {
  if (measure !== null && stages.includes(stageOf(measure, true) ?? '')) return withStages(null, stages);
  // "sentenced to 12 years in prison": the stage says the term is one of imprisonment, as "sentenced to 12 years" does.
  if (measure === 'imprisoned' && stages.length > 0) return withStages(null, stages);
  const added = stages.filter((stage) => stage !== measure);
  return added.length === 0 ? measure : [...(measure === null ? [] : [measure]), ...added].join('; ');
}

function readFractionFigure(text: string, start: number, end: number, printed: string, qualifier: string | null): Figure | null {
  const value = readFraction(printed);
  if (value === null) return null;
  // "the second half of 2012", "the first quarter of the year", "the back half of the season": a part of a period,
  // named by its place, measures nothing; so does "the lower half of the first round" or "the top half of the table".
  if (/\b(?:first|second|third|fourth|final|last|latter|former|back|front|early|earlier|later|lower|upper|top|bottom)\s+$/i.test(text.slice(Math.max(0, start - 12), start))) return null;
  // "half" on its own is usually an adverb ("half-hearted", "half expected"): require "of"/"the".
  const after = /^\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|all\s+|a\s+)?/i.exec(text.slice(end, end + 20));
  if (after === null || !/^\s+(?:of|the|its|their|all)\b/i.test(text.slice(end, end + 8))) return null;
  const noun = findUnit(text, end + after[0].length - 1);
  const unit = noun?.unit ?? null;
  return { start, end: noun?.end ?? end, value, unit: withMeasure(unit, findMeasure(text, start, noun?.end ?? end, unit)), qualifier };
}

const TIME_UNITS = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century)$/i;
/**
 * What follows a time that places a moment: "ago", "later", "three weeks away", "with 29 seconds remaining", "two
 * days left", past a second unit of a compound time ("4 minutes 48 seconds remaining"); "44 seconds into the seventh
 * round", "two years into his term": a moment within a period (a game clock), no length anyone claims.
 */
const POINT_AFTER = /^(?:\s+[\p{N}\p{L}]+\s+(?:hours?|minutes?|seconds?))?\s+(?:ago|later|earlier|afterwards|on|from now|away|remaining|left|into)\b/iu;
/** "put three years into the novel", "poured two decades into it": a time spent on something, which measures it. */
const INVESTED_BEFORE = /\b(?:put|puts|putting|invest(?:s|ed|ing)?|pour(?:s|ed|ing)?|sank|sunk|sinks?|sinking|devot(?:e|es|ed|ing)|dedicat(?:e|es|ed|ing))\s+$/i;
/** A time put "into" something after a verb of spending it; "The ferry sank two days later" is a point in time still. */
const investedInto = (text: string, start: number, end: number): boolean =>
  /^\s+into\b/i.test(text.slice(end, end + 8)) && INVESTED_BEFORE.test(text.slice(Math.max(0, start - 16), start));
/** The words that name a period by its place in time, a range's first end included ("the last 10 - 20 years"). */
const NAMED_PERIOD = /\b(?:last|past|next|first|coming|previous|final)\s+(?:[\p{N}\p{L}]+\s*(?:[-–]|or|to)\s*)?$/iu;

/**
 * "Three years ago", "eight years later", "three weeks away", "weeks before the vote": a point in time, which dates an event and claims
 * nothing; "the last seven years", "a child's first 18 years", "the next four years", "his eight years in office": a
 * period named, not measured; "45 years old", "45 years of age": an age.
 */
function isTimeReference(text: string, start: number, end: number, unit: string | null): boolean {
  if (unit === null || !TIME_UNITS.test(unit)) return false;
  if (POINT_AFTER.test(text.slice(end, end + 40)) && !investedInto(text, start, end)) return true;
  if (/^\s*(?:[-–]\s*)?(?:old|of age)\b/i.test(text.slice(end, end + 10))) return true;
  if (namesAgeBefore(text, start)) return true;
  if (NAMED_PERIOD.test(text.slice(Math.max(0, start - 24), start))) return true;
  // "his eight years in office", "all four days of the convention": a period named by whose or how much of it.
  if (/\b(?:his|her|their|its|my|our|your|all)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) return true;
  // "will award its delegates in two weeks", "will cost $160,000 in 18 years": a time from now that something will
  // happen at dates it.
  if (/\bin\s+$/i.test(text.slice(Math.max(0, start - 4), start)) && /\b(?:will|would|['’]ll)\b[^.!?]*$/i.test(text.slice(Math.max(0, start - 200), start))) return true;
  // "three weeks before the film opened" dates; "a standoff that lasted two hours before he gave up" measures.
  const measured = /\b(?:lasted|lasting|lasts|took|takes|spent|spends|for|within|over|in)\s+$/i.test(text.slice(Math.max(0, start - 12), start));
  return !measured && /^\s+(?:before|after|prior)\b/i.test(text.slice(end, end + 10));
}

/** "at the age of 18 months", "viewing age of 48 months and above", "aged 30 years": an age, which measures no claim. */
function namesAgeBefore(text: string, start: number): boolean {
  return /\b(?:age|ages|aged)\s+(?:of\s+)?$/i.test(text.slice(Math.max(0, start - 10), start));
}

/**
 * "one or two jurors" says "a few", not two; "in favor of the 1 percent", "the 99 percent": the rich, or everyone
 * else, named as a class (not "the 1 percent of earners who ...", a share of something).
 */
function isIdiomaticAmount(text: string, start: number, end: number, printed: string, value: number, unit: string | null): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  if (/^two$/i.test(printed) && /\bone\s+or\s+$/i.test(before)) return true;
  if (saidManyTimes(text, start, end) || inNumberIdiom(text, start, end)) return true;
  return unit === '%' && (value === 1 || value === 99) && /\bthe\s+$/i.test(before) && !/^\s+(?:of|in|from|to|for|on|at)\b/i.test(text.slice(end, end + 6));
}

/**
 * Fixed phrases whose numbers count nothing: "the lesser of two evils", "two sides of the same coin", "kill two birds
 * with one stone", "worth a thousand words", "put two and two together", "my two cents" (not "two cents a gallon"), "on cloud nine", "at sixes
 * and sevens", "one in a million", "a million miles away", "it takes two to tango", "dressed to the nines", "in two
 * minds", and "110 percent" given as effort.
 */
const NUMBER_IDIOMS = [
  /\blesser\s+of\s+two\s+evils\b/gi,
  /\btwo\s+sides\s+of\s+the\s+same\s+coin\b/gi,
  /\b(?:kill(?:s|ed|ing)?|hit(?:s|ting)?)\s+two\s+birds\s+with\s+one\s+stone\b/gi,
  /\bworth\s+a\s+thousand\s+words\b/gi,
  /\bput(?:s|ting)?\s+two\s+and\s+two\s+together\b/gi,
  /\b(?:my|his|her|their|our|your)\s+two\s+cents\b/gi,
  /\bcloud\s+nine\b/gi,
  /\bsixes\s+and\s+sevens\b/gi,
  /\bone\s+in\s+a\s+million\b/gi,
  /\ba\s+million\s+miles\s+(?:away|from)\b/gi,
  /\btakes?\s+two\s+to\s+tango\b/gi,
  /\bto\s+the\s+nines\b/gi,
  /\bin\s+two\s+minds\b/gi,
  /\b(?:give|gives|gave|giving|given)\s+(?:it\s+)?(?:110|a\s+hundred\s+and\s+ten)\s*(?:%|per\s?cent|percent)/gi,
];

/** Whether the figure at `start`-`end` lies inside one of the fixed number phrases (NUMBER_IDIOMS). */
function inNumberIdiom(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 40);
  const window = text.slice(from, Math.min(text.length, end + 40));
  return NUMBER_IDIOMS.some((idiom) => [...window.matchAll(idiom)].some((m) => from + m.index <= start && start < from + m.index + m[0].length));
}

/** A round thousand, ten thousand, million ... of times ("10,000 times", "a million times", "1 million times"). */
const ROUND_MANY_TIMES = /^(?:(?:a|one|1|10|ten|100|a\s+hundred)\s+(?:thousand|million|billion)|(?:1|10|100)(?:,000)+)\s+times$/i;
/** A verb of saying or repeating in the words just before ("repeat, 10,000 times,", "stated as fact 1 million times"). */
const SAYING_BEFORE = /\b(?:say|says|said|saying|repeat|repeats|repeated|repeating|state|stated|stating|tell|told|telling|hear|heard|ask|asked|asking)\b[^.;:!?]{0,30}$/i;

/**
 * "stick to their guns and repeat, 10,000 times, “Law and Order”", "a claim stated as fact 1 million times a day": a
 * round thousand or million of times something is said or heard is a figure of speech for "over and over", no count.
 */
function saidManyTimes(text: string, start: number, end: number): boolean {
  return ROUND_MANY_TIMES.test(text.slice(start, end)) && SAYING_BEFORE.test(text.slice(Math.max(0, start - 50), start));
}

/** Words for how sure someone is: "99 percent sure", "90 per cent confident" rate a belief, they measure nothing. */
const SURE = /^(?:sure|certain|confident|convinced)$/;

/**
 * "if I felt I was 100 percent ready", "I'm 100 percent sure.": a whole percent before an adjective that ends its
 * phrase says "completely", no share of anything ("100 percent renewable energy" is one, its noun after it). Any
 * percent before a word of how sure someone is ("we are 99.9 per cent sure that") rates a belief the same way, and a
 * whole percent before a nationality ("100 percent Irish.") says who someone is.
 */
function isWholeHearted(text: string, end: number, value: number, unit: string | null): boolean {
  if (unit !== '%') return false;
  const after = /^\s+(\p{Ll}+)(?:\s*([,.;:!?)”"'’]|$)|\s+(\p{Ll}+))/u.exec(text.slice(end, end + 40));
  const word = after?.[1];
  if (word !== undefined && SURE.test(word)) return true;
  if (value !== 100) return false;
  // "her son was 100 percent American.": a whole percent before a nationality ending its phrase says who one is. The
  // word must be an adjective too: "the maker is now 100 percent Okabashi." is a stake, "up 100 percent March." a rise.
  const nationality = /^\s+(\p{Lu}\p{Ll}+(?:an|ese|ish|ch|ic|i))(?:\s*[,.;:!?)”"'’]|$)/u.exec(text.slice(end, end + 30))?.[1];
  if (nationality !== undefined && synsetOffsets('adj', nationality.toLowerCase()).length > 0) return true;
  if (after === null || word === undefined || synsetOffsets('adj', word).length <= synsetOffsets('noun', word).length) return false;
  return after[2] !== undefined || /^(?:to|that|about|of|in|for|with|when|if|and|but|on|behind)$/.test(after[3] ?? '');
}

/**
 * "the 16 year-old best friend", "the 36 - year - old Klitschko", "a two-month-old baby": a person's age, printed as
 * one compound before or instead of a noun, is no figure anyone reports (as "45 years old" is not: isTimeReference).
 */
function isAge(text: string, numberEnd: number): boolean {
  const age = /^\s?[-–]?\s?(?:years?|months?|weeks?|days?)\s?[-–]\s?olds?\b/i.exec(text.slice(numberEnd, numberEnd + 20));
  if (age === null) return false;
  // A thing's age ("Ford's almost 30-year-old record", "a 100-year-old bridge") measures it; a person's, or one
  // printed alone or before a name ("the 36-year-old said", "the 36 - year - old Klitschko"), does not.
  const noun = findUnit(text, numberEnd + age[0].length);
  const kind = noun === null ? null : nounKind(noun.unit);
  return noun === null || kind === null || kind === 'person' || verbOfAged(text, noun.end);
}

/**
 * "insisting the 93-year-old finishes his term", "the 40-year-old runs the firm": the word after the age is a verb when
 * a possessive or a determiner opens its object, so the age stands alone for a person, as "the 36-year-old said" does.
 */
const verbOfAged = (text: string, nounEnd: number): boolean => /^\s+(?:his|her|their|its|the|a|an)\s/i.test(text.slice(nounEnd, nounEnd + 7));

/** People a bracket of age is put on ("voters under 30", "children under 5", "the first physician under 40"). */
const AGE_BRACKET = /\b(\p{L}+)\s+(?:under|over|above|below)\s+$/iu;

/**
 * "voters under 30", "children under five", "the first physician under 40", "adults over 65": a bound on a plain
 * number (no currency, scale or percent) right after a noun of people names an age bracket, which counts nothing
 * ("temperatures over 40" and "a crowd of under 300" are not people's, and stay figures).
 */
function isAgeBracket(text: string, start: number, qualifier: string | null): boolean {
  if (qualifier === null) return false;
  const noun = AGE_BRACKET.exec(text.slice(Math.max(0, start - 40), start + qualifier.length + 1))?.[1]?.toLowerCase();
  if (noun === undefined || noun.length < 3) return false;
  const singular = noun.replace(/(?:ren|s)$/, '');
  return nounKind(noun) === 'person' || (singular.length >= 3 && nounKind(singular) === 'person');
}

/** Words of weight in a figure's clause before it ("weighs", "a weight of", "heavier"). */
const WEIGHT_BEFORE = /\b(?:weigh(?:s|ed|ing)?|weights?|heav(?:y|ier|iest)|light(?:er|est)|lost|gained|lifts?|lifted)\b[^.;!?]{0,40}$/i;

/**
 * "weighs 4.5 pounds", "a weight of 6.6 pounds", "two pounds of cocaine": pounds after a word of weight, or pounds of
 * something, weigh it; "a fine of 40 pounds" is a sum in sterling.
 */
function weighsInPounds(text: string, start: number, noun: { unit: string; end: number }): boolean {
  if (!/^pounds?$/i.test(noun.unit)) return false;
  return WEIGHT_BEFORE.test(text.slice(Math.max(0, start - 50), start)) || /^\s+of\s+(?!the\b|his\b|her\b|their\b|its\b)\p{Ll}/u.test(text.slice(noun.end, noun.end + 16));
}

/**
 * "the Nvidia GeForce 9400M chip", "a Radeon 5870M": a capital letter after the number reads as a scale ("10M users"), but
 * with no currency, after a name, and counting no plural noun, it ends a model's name.
 */
function namesModelWithLetter(text: string, numberStart: number, numberEnd: number, end: number, groups: Record<string, string | undefined>): boolean {
  if (groups.attached === undefined || groups.currency !== undefined || !/^[A-Z]$/.test(groups.attached)) return false;
  // The printing the text names a model by elsewhere names it here too, whatever words follow ("The 5500M chip runs").
  if (modelPrintings(text).has(text.slice(numberStart, end))) return true;
  const noun = findUnit(text, end);
  return (noun === null || !/s$/.test(noun.unit)) && namesModelAt(text, numberStart, numberEnd);
}

/** Digits with a capital letter glued on, no currency before them ("5300M", not "$5M"): a model's number as printed. */
const LETTERED_NUMBER = /(?<![\p{L}\p{N}$£€¥.,-])(\d+)([A-Z])(?![\p{L}\p{N}])/gu;
/** The lettered number ending a list's earlier entry, then the list's joining word ("5300M or ", "9400M, ", "650M/"). */
const LETTERED_BEFORE_IN_LIST = /(?<![\p{L}\p{N}$£€¥.,-])(\d+)[A-Z]\s*(?:,|\/|\bor\b|\band\b)\s*$/u;

/**
 * "the Radeon Pro 5300M", "a Radeon Pro 5300M or 5500M": digits and a capital letter right after a name end a model's
 * name, and so do the next such entries of a list of them (a name's only after its first).
 */
function namesModelAt(text: string, numberStart: number, numberEnd: number): boolean {
  if (isAgeOrLabel(text, numberStart, numberEnd)) return true;
  const list = LETTERED_BEFORE_IN_LIST.exec(text.slice(Math.max(0, numberStart - 40), numberStart));
  if (list === null) return false;
  const previousStart = numberStart - list[0].length;
  return namesModelAt(text, previousStart, previousStart + (list[1] ?? '').length);
}

/**
 * The lettered numbers (LETTERED_NUMBER) a text prints as a model's name somewhere ("options for a Radeon Pro 5500M"):
 * the same printing elsewhere ("The 5500M chipset runs hot") names that model again, no sum in millions. The last
 * text's, remembered: every figure of one text asks.
 */
let lastModels: { text: string; printings: ReadonlySet<string> } | null = null;
function modelPrintings(text: string): ReadonlySet<string> {
  if (lastModels?.text === text) return lastModels.printings;
  const printings = new Set<string>();
  for (const m of text.matchAll(LETTERED_NUMBER)) {
    const start = m.index ?? 0;
    if (namesModelAt(text, start, start + (m[1] ?? '').length)) printings.add(m[0]);
  }
  lastModels = { text, printings };
  return printings;
}

/**
 * "the 3M Studio plan", "join 2B Mindset today": a scale letter glued to the number, with no currency, before a name in
 * title case that is no plural ("10M Americans" counts them), begins the name of a programme or a brand.
 */
function namesBrandWithLetter(text: string, end: number, groups: Record<string, string | undefined>): boolean {
  if (groups.attached === undefined || groups.currency !== undefined || !/^[A-Z]$/.test(groups.attached)) return false;
  return /^\s\p{Lu}\p{Ll}+(?<!s)(?![\p{L}])/u.test(text.slice(end, end + 24));
}

/** A count in words or digits, and the space after it, right before a number ("five 787 ...", "some 400 737 ..."). */
const COUNT_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}.,:$£€-])(?:\\d{1,3}(?:,\\d{3})*|${NUMBER_WORD})\\s$`, 'iu');
/**
 * One or two words in title case between a number and the noun it is printed before ("737 Max jet", "3 Series sedan"):
 * a capital then a small letter, so that a unit in capitals is no name ("512 GB Flash storage", "256 MB card").
 */
const NAME_BETWEEN = /^\s+(?:\p{Lu}\p{Ll}[\p{L}\p{N}]*\s+){1,2}$/u;

/**
 * "bought five 787 Dreamliner jets", "roughly 400 737 Max jets", "its popular 737 Max jet": digits right after a count
 * are the name of what is counted, and digits before a name in title case and a singular noun cannot count it (a
 * count above one takes a plural, "30 Boeing jets"), so they name a model. A group noun ("20 Airbus crew") and a
 * craft ("30 Boeing aircraft") count their noun in the singular.
 */
function namesModelInPhrase(text: string, numberStart: number, numberEnd: number, value: number): boolean {
  if (!/^\d+$/.test(text.slice(numberStart, numberEnd))) return false;
  if (COUNT_BEFORE.test(text.slice(Math.max(0, numberStart - 24), numberStart))) return true;
  const noun = findUnit(text, numberEnd);
  if (value < 2 || noun === null || !/^\p{Ll}+$/u.test(noun.unit) || /(?:s|craft)$/.test(noun.unit)) return false;
  const printed = text.slice(noun.end - noun.unit.length, noun.end);
  if (printed !== noun.unit || !NAME_BETWEEN.test(text.slice(numberEnd, noun.end - noun.unit.length))) return false;
  const kind = nounKind(noun.unit);
  return kind !== null && kind !== 'group' && kind !== 'person';
}

/** Whether `at` opens its sentence (or the text, or a line). */
const atSentenceStart = (text: string, at: number) => /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, at - 4), at));

/**
 * Words a game's score is printed before ("a 20 - 13 victory", "a 7-0 run": points scored in a row, "a 44 - 26
 * rebounding edge": a tally of one kind of play as a score), and a team's win-loss record ("an 8 - 8 record", "a 2 -
 * 14 mark"), which counts no one thing either of its numbers names.
 */
const SCORE_NOUNS = 'victory|victories|win|wins|lead|loss|defeat|triumph|rout|decision|draw|tie|run|spurt|burst|record|mark|edge|advantage';
const SCORE_WORD = new RegExp(`^\\s+(?:\\p{L}+\\s+)?(?:${SCORE_NOUNS})\\b`, 'iu');
const SCORE_AFTER = new RegExp(`^\\s?[-–]\\s?\\d{1,3}\\s+(?:\\p{L}+\\s+)?(?:${SCORE_NOUNS})\\b`, 'iu');

/**
 * "No. 2 official", "the 12200 block of 223rd Street", "40 East Fifth Avenue", "GT 650M", "1 : 30", "AK - 47
 * rifles": a rank, an address, a model or a time of day, not a figure.
 */
function isLabelOrPlace(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start);
  const after = text.slice(end, end + 40);
  if (/\bNos?\.?\s*$/.test(before)) return true;
  // "among the top 10 government contractors", "Top 5 picks": a rank's cut-off names a list, it counts nothing ("could top
  // 100 million" is a verb, and "the top 10 percent" a share, both figures).
  if (/(?:\b(?:the|a|its|their|his|her|our|in|into|among|of)\s+top|(?:^|[.!?]\s+|\n)Top)\s+$/i.test(text.slice(Math.max(0, start - 16), start)) && !/^\s*(?:%|percent|per\s*cent)/i.test(after)) return true;
  if (namesProduct(text, start, end)) return true;
  // "wore number 23", "the number 23 shirt": a jersey's number.
  if (/\bnumber\s+$/i.test(text.slice(Math.max(0, start - 8), start))) return true;
  // "the 23 shirt", "his 10 jersey": a number worn, not counted ("5,000 shirts" are counted).
  if (/^\s+(?:shirt|jersey)\b/i.test(after)) return true;
  // "a .357 caliber revolver", "a. 357 Magnum", "a 12-gauge shotgun": a gun's calibre or gauge names its kind, it counts nothing.
  if (/^\s?(?:[-–]\s?)?(?:caliber|calibre|gauge|magnum)\b/i.test(after)) return true;
  // A designation printed with spaces around its hyphen ("AK - 47", "F - 16"), as some wires' copy is.
  if (/(?<![\p{L}\p{N}])\p{Lu}{1,5}\s[-–]\s$/u.test(text.slice(Math.max(0, start - 9), start))) return true;
  if (/^\s?:\s?\d{2}\b/.test(after)) return true;
  if (namesEmergencyNumber(text, start, end)) return true;
  // "a 480 x 360 display", "1, 440 x 900": a specification's dimensions, either of its numbers.
  if (/^\s?[x×]\s?\d/.test(after) || /\d\s?[x×]\s?$/.test(before)) return true;
  // "a 20 - 13 victory", "a 13-3 halftime lead": a game's score, either of its numbers.
  if (SCORE_AFTER.test(after) || (/\d\s?[-–]\s?$/.test(before) && SCORE_WORD.test(after))) return true;
  // "the 15 - 17 Bulldogs", "a 9-5 Colts team": a win-loss record before a team's name, either of its numbers.
  if (/(?<![\d,.])\d{1,3}\s?[-–]\s?$/.test(before) && /^\s+\p{Lu}/u.test(after)) return true;
  if (/^\s?[-–]\s?\d{1,3}\s+\p{Lu}\p{Ll}/u.test(after)) return true;
  // "19 - 12 all - time", "40-22 lifetime", "9-5 overall": a win-loss record over some span, either of its numbers.
  if (/(?<![\d,.])\d{1,3}\s?[-–]\s?$/.test(before) && RECORD_SPAN.test(after)) return true;
  const secondOfRecord = /^\s?[-–]\s?\d{1,3}(?![\d,.])/.exec(after);
  if (secondOfRecord !== null && RECORD_SPAN.test(after.slice(secondOfRecord[0].length))) return true;
  if (/^[MKBGT]?\s+block\s+of\b/i.test(after)) return true;
  if (namesFormat(text, start, end)) return true;
  if (isMilitaryTime(text, start, end) || endsDescendingPair(text, start, end)) return true;
  if (/^\s+(?:[NSEW]\.?\s+)?(?:\p{Lu}[\p{L}.]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Place)\b/u.test(after)) return true;
  return /\b\p{Lu}{2,}\s$/u.test(before) && /^[MKBGT]\b/.test(after);
}

/** The span a win-loss record is kept over, after its numbers ("19 - 12 all - time", "40-22 lifetime", "9-5 overall"). */
const RECORD_SPAN = /^\s+(?:all\s?[-–]\s?time|lifetime|overall)\b/i;

/**
 * "at 1100 hours", "until 0630 hrs": a time of day on the 24-hour clock, four digits (hours 00-23, minutes 00-59) after
 * a preposition of time and before "hours". "worked 1100 hours" has no such preposition and measures a duration.
 */
function isMilitaryTime(text: string, start: number, end: number): boolean {
  if (!/^(?:[01]\d|2[0-3])[0-5]\d$/.test(text.slice(start, end))) return false;
  if (!/^\s+(?:hours|hrs)\b/i.test(text.slice(end, end + 8))) return false;
  return /\b(?:at|by|from|until|till|since|before|after|around)\s+$/i.test(text.slice(Math.max(0, start - 8), start));
}

/**
 * "a 10 - 5 man", "the 1998 - 99 season": the second number of a pair joined by a hyphen or a dash that is smaller than
 * the first is no range's upper bound (a range rises: "10 - 15 people"); it is a score's, a record's, a label's or a
 * year's last digits, and counts nothing.
 */
function endsDescendingPair(text: string, start: number, end: number): boolean {
  const first = /(?<![\d,.])(\d{1,4})\s?[-–]\s?$/.exec(text.slice(Math.max(0, start - 8), start));
  if (first?.[1] === undefined) return false;
  const second = text.slice(start, end);
  return /^\d{1,4}$/.test(second) && Number(second) < Number(first[1]);
}

/**
 * "dialled 999", "a flood of 911 calls", "the 112 operator": a country's emergency number is dialled, it counts nothing.
 */
function namesEmergencyNumber(text: string, start: number, end: number): boolean {
  if (!/^(?:911|999|112|000)$/.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 12), start);
  return /^[-\s]+(?:calls?|callers?|dispatch(?:ers?)?|operators?|lines?|centers?|centres?|emergency|system)\b/i.test(text.slice(end, end + 16)) || /\b(?:dial(?:l?ed|l?ing|s)?|call(?:ed|ing|s)?)\s+$/i.test(before);
}

/**
 * "streams at up to 4K", "a 4K-ready TV", "8K resolution", "5.1 surround sound", "7.1-channel audio": a display
 * resolution's or a sound format's name. It names a standard and counts nothing; "$449K" is a sum (its currency is read
 * before this is asked) and "40K fans" counts its noun.
 */
function namesFormat(text: string, start: number, end: number): boolean {
  const printed = text.slice(start, end);
  const after = text.slice(end, end + 24);
  if (/^[48]$/.test(printed) && /^K(?![\p{L}\p{N}])(?!\s+\p{Ll}+s\b)/u.test(after) && !/[$£€]\s?$/.test(text.slice(Math.max(0, start - 2), start))) return true;
  return /^[2579]\.1$/.test(printed) && /^(?:\s?[-–]\s?|\s+)(?:surround|channel)\b/i.test(after);
}

/** A trademark sign as printed: "®", "™", "℠", or in letters in brackets ("(R)", "(TM)"). */
const TRADEMARK = /^(?:[®™℠]|\((?:R|TM|SM)\))/;
/**
 * Words that put a number in a product's or a kind's name ("Model 3", "version 2", "Series 7", "type 2 diabetes"), in
 * any case: the number names which one, it counts nothing.
 */
const MODEL_WORD = /(?<![\p{L}\p{N}'’-])(?:model|version|series|generation|gen|edition|type|category)\s$/iu;

/**
 * "Windows 10®", "Windows® 10", "Model 3", "version 2.1": a number in a product's name, marked by a trademark sign on it or
 * on the word before it, or printed after a word that names a model or version, is no figure ("Windows 10 users" at a
 * sentence start, where a capital says nothing, included).
 */
function namesProduct(text: string, start: number, end: number): boolean {
  if (TRADEMARK.test(text.slice(end, end + 4))) return true;
  const before = text.slice(Math.max(0, start - 16), start);
  return /\p{L}(?:[®™℠]|\((?:R|TM|SM)\))\s?$/u.test(before) || MODEL_WORD.test(before) || namesGrade(text, start, end);
}

/**
 * Words that put a single digit in the name of a grade or a kind ("group 2 innate lymphoid cells", "stage 4 cancer",
 * "Phase 3 trials", "a level 5 alert", "grade 2 students"): the digit says which one, it counts nothing. Not after a word
 * of time or a determiner that makes the word a noun of its own ("left the stage 5 minutes later", "this phase 2 teams"),
 * nor before a unit of time or a share.
 */
const GRADE_WORD = /(?<![\p{L}\p{N}'’-])(?:phase|stage|group|level|class|tier|grade|chapter|section|episode)\s$/iu;
const GRADE_NOT_AFTER = /\b(?:past|last|this|that|next|each|every|first|same|per|the|a|an|whole|entire)\s+\p{L}+\s$/iu;
const GRADE_NOT_BEFORE = /^\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|times|percent|per\s*cent|%|points?)\b/i;
function namesGrade(text: string, start: number, end: number): boolean {
  if (!/^\d$/.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 32), start);
  if (!GRADE_WORD.test(before) || GRADE_NOT_BEFORE.test(text.slice(end, end + 16))) return false;
  // "the stage 5": a determiner right before the word makes it a noun ("left the stage 5 minutes later"), unless
  // the word is printed as a name ("the Phase 3 trial", "the type 2 form": capital or no).
  return !GRADE_NOT_AFTER.test(before) || /\p{Lu}\p{Ll}+\s$/u.test(before);
}

/** Digits that are not parts of codes, times, phone numbers, URLs or ordinals. */
function plausibleDigits(text: string, start: number, end: number, hasCurrency: boolean): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  const after2 = text.slice(end, end + 3);
  if (!hasCurrency && /[\p{L}\p{N}\-+/#№]/u.test(before)) return false;
  // The minutes of a time of day or a game clock ("17:06 hours", "2 : 56", "4 : 43 left"), and the denominator of a
  // fraction as tokenized copy prints a mixed number ("4 1 / 2 hours": four and a half hours, not two).
  if (/\d\s?[:/]\s?$/.test(text.slice(Math.max(0, start - 4), start))) return false;
  if (/^[:/.-]\d/.test(after2)) return false;
  if (/^(?:st|nd|rd|th)\b/i.test(text.slice(end, end + 3))) return false;
  // "10 a.m.", and "10 a. m." as copy tokenized word by word prints it.
  if (/^\s?(?:a\.\s?m\.|p\.\s?m\.|am\b|pm\b|GMT|UTC|BST|EST|ET\b|MSK)/i.test(text.slice(end, end + 6))) return false;
  if (/\p{L}/u.test(after) && !/^(?:bn|mn|m|k|tn|b)(?![\p{L}\p{N}])/iu.test(text.slice(end, end + 3))) return false;
  // Inside a URL or a path.
  const tokenStart = text.lastIndexOf(' ', start) + 1;
  const token = text.slice(tokenStart, text.indexOf(' ', end) === -1 ? text.length : text.indexOf(' ', end));
  return !/(?:https?:|www\.|\.(?:com|org|net|ru|uk)\b|\/)/i.test(token);
}

function isYearOrDate(text: string, start: number, end: number, value: number): boolean {
  const printed = text.slice(start, end);
  if (/^\d{4}$/.test(printed) && value >= 1800 && value <= 2100) return true;
  // "a 1761 work", "an 1850 map": four digits after an article and before a noun date the thing; a count of it would be
  // plural ("1761 works").
  if (/^\d{4}$/.test(printed) && value >= 1000 && value <= 2100 && /\b(?:a|an)\s+$/i.test(text.slice(Math.max(0, start - 4), start)) && /^\s+\p{Ll}+(?<!s)\b/u.test(text.slice(end, end + 30))) return true;
  if (value >= 1 && value <= 31 && (MONTH_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || MONTH_AFTER.test(text.slice(end, end + 14)))) return true;
  return false;
}

/** "Trump, 70," or "(70)" after a name, "Boeing 737", "Article 5": not figures. */
function isAgeOrLabel(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 2);
  if (/\p{Lu}[\p{L}’'.-]*,\s*$/u.test(before) && /^[,)]/.test(after)) return true;
  if (/\p{Lu}[\p{L}’'.-]*\s\($/u.test(before) && after.startsWith(')')) return true;
  // "iPhone 15", "iOS 17": a product's name in camel case, and its model or version number.
  if (/(?:^|\s)\p{Ll}+\p{Lu}[\p{L}]*\s$/u.test(before)) return true;
  return /(?<![.!?]\s)\b\p{Lu}[\p{L}-]*\s$/u.test(before) && !/(?:^|\s)(?:The|A|An|In|On|At|About|Some|Over)\s$/.test(before);
}
