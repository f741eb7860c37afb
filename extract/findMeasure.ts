/**
 * What a figure counts or measures beyond its unit: "40 people injured" and "40 people arrested" are two
 * figures, as are "46 percent of Republican voters" and "46 percent support Clinton". English only: the
 * words are read around the figure in its sentence.
 */

import { STATEMENT_CUES, normaliseWord } from './cues.ts';
import { findUnit } from './findUnit.ts';
import { nounKind } from './wordnetNouns.ts';

const ARTICLES = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|all)$/;
// Words after which the noun phrase of an "of" ends: prepositions, conjunctions, verbs' helpers, punctuation.
const PHRASE_ENDS = new Set([
  'in', 'on', 'at', 'from', 'to', 'for', 'with', 'by', 'about', 'than', 'as', 'into', 'over', 'under', 'since',
  'and', 'or', 'but', 'who', 'which', 'that', 'whom', 'whose', 'where', 'when', 'while', 'if', 'because',
  'are', 'is', 'were', 'was', 'be', 'been', 'have', 'has', 'had', 'will', 'would', 'could', 'can', 'may',
  'said', 'says', 'say', 'according', 'per', 'each', 'of',
]);
// Nouns before "of" that say how a figure is given, not what it counts ("a total of 14 rifles").
const FRAMING = new Set([
  'total', 'number', 'average', 'sum', 'maximum', 'minimum', 'group', 'estimated', 'record', 'figure', 'amount',
  'tally', 'count', 'rate', 'height', 'depth', 'level', 'value', 'range', 'high', 'low', 'lot', 'couple',
  'handful', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'one', 'some', 'most', 'many', 'each', 'any',
]);
// Words that describe what befell those counted, printed after them ("40 people dead", "12 missing", "five people died").
const STATES = new Set(['dead', 'died', 'hurt', 'missing', 'homeless', 'undecided', 'unemployed', 'uninsured', 'unaccounted', 'displaced']);
const HELPERS = /^(?:were|was|are|is|have|has|had|been|being|be|reportedly|also|now|still|already|all)$/;
// Verbs that give a figure's level, not what it counts ("revenue reached 1.2bn", "the toll rose to 40").
const LEVEL_VERBS = new Set([
  'reached', 'reaching', 'totalled', 'totaled', 'totalling', 'totaling', 'topped', 'topping', 'exceeded', 'exceeding',
  'amounted', 'stood', 'rose', 'risen', 'fell', 'fallen', 'climbed', 'climbing', 'dropped', 'dropping', 'increased',
  'increasing', 'decreased', 'grew', 'grown', 'surpassed', 'passed', 'numbered', 'numbering', 'estimated', 'expected',
  'reported', 'projected', 'forecast', 'listed', 'counted', 'recorded', 'included', 'including',
]);
const WORD = /^[\p{L}][\p{L}'’-]*/u;
/**
 * An "of" that gives a size or a date, not the whole a figure is part of: a number after a word of magnitude ("two
 * quakes of magnitude 5"), or a number, qualified or not, that no word follows ("four aftershocks of around 4.0", "the
 * first 12 primaries of 2016 --"); "73 percent of 223 votes" and "61 percent of some 940 ballots" still read the whole.
 */
const SIZE_AFTER_OF =
  /^\s+of\s+(?:(?:magnitude|size)\s+[\d.,]*\d|(?:(?:around|about|roughly|approximately|nearly|almost|some|up\s+to|more\s+than|less\s+than|over|under|at\s+least)\s+)?[\d.,]*\d(?![\d.,]*\s*\p{L}))/iu;
/** A compass direction ("south", "north-east", "southwest"). */
const COMPASS = /^(?:north|south|east|west|(?:north|south)-?(?:east|west))$/;
/**
 * Verbs whose object is what a figure counts, printed before it ("killing 40 people", "arrested 12", "raised
 * $5 million"): the count is of those killed, arrested, the money raised. Other verbs before a figure ("leaving
 * 12,000 passengers facing ...") say nothing of what it counts.
 */
const COUNT_VERBS =
  /^(?:kill|injur|wound|arrest|detain|evacuat|rescu|displac|infect|hospitali[sz]|hir|fir|employ|sack|deport|convict|charg|sentenc|seiz|captur|intercept|confiscat|rais|earn|spen[dt]|pa(?:y|id)|s[eo]l[dl]|b(?:uy|ought)|w[io]n|scor|los[te]|donat|fin|award|vot|elect|recall|test)(?:e|ed|es|s|ing|ting|ning|t)?$/;

/**
 * Verbs that set those counted free, as printed right before the count ("released 12 hostages", "freed 40 prisoners"):
 * the count is of those released, one measure whatever the verb. "let" only with a verb of leaving after the count ("let
 * about a dozen employees leave").
 */
const RELEASE_VERBS = /^(?:releas(?:e|ed|es|ing)|fre(?:e|ed|es|eing))$/;
const LET_GO = /^\s+(?:go|leave|walk|out|off|free)\b/i;
/** Units of a period of time: a period "behind bars" or "in prison" is a term of imprisonment. */
const PERIOD_UNITS = /^(?:years?|months?|weeks?|days?|hours?|decades?)$/;
/** Words after a period that say it is spent imprisoned ("six months behind bars", "18 years in a state prison"). */
const IMPRISONED_AFTER = /^\s+(?:behind\s+bars|in\s+(?:(?:a|the|an)\s+)?(?:(?:federal|state|county|military|high-security|maximum-security)\s+)?(?:prison|jail|custody|detention|a\s+cell))\b/i;
/**
 * Words after an "other" count that say what it leaves out ("two other buildings besides the bank"): a count of the rest.
 * Without "other" they may add another figure ("96 touchdowns in addition to 918 yards").
 */
const BESIDES_AFTER = /^\s+(?:besides|except|excluding|apart\s+from|aside\s+from|other\s+than|in\s+addition\s+to)\b/i;
/**
 * Verbs of change before "by" and the figure ("would reduce GDP by 0.25 percent or $63.1 billion", "cut spending by $5
 * billion"): the figure is the size of a rise or a fall, not a level. Each verb with its direction.
 */
const RISE_VERBS = /^(?:rais|increas|boost|lift|expand|widen|grow|grew|grown|ris|rose|risen|climb|jump|surg)(?:e|ed|es|ing|s|n)?$/;
const FALL_VERBS = /^(?:reduc|cut|lower|decreas|shr[iu]nk|slash|trim|narrow|fell|fall|fallen|drop|dropp|declin|plung|slump)(?:e|ed|es|ing|s|ting|n)?$/;
/**
 * "by" right before a figure, or before another amount and "or" ("by 0.25 percent or $63.1 billion": one change given
 * twice), with a qualifier between.
 */
const BY_BEFORE = /\bby\s+(?:[$£€]?\s?[\d.,]*\d\s*(?:%|percent|per\s*cent|points?|billion|million|bn|m)?\s+or\s+)?(?:(?:about|around|nearly|almost|roughly|some|more\s+than|up\s+to|as\s+much\s+as|an\s+estimated)\s+)?$/i;

/** An intransitive verb of change right before a figure, a qualifier between ("rose 12 percent", "fell nearly 3 percent"). */
const CHANGED_RIGHT_BEFORE = /\b(rose|risen|rises|rising|climbed|climbs|jumped|jumps|surged|surges|grew|grows|fell|fallen|falls|falling|increased|increases|decreased|decreases|declined|declines|plunged|plunges|slumped|slumps)\s+(?:(?:about|around|nearly|almost|roughly|some|more\s+than|as\s+much\s+as|an\s+estimated)\s+)?$/i;

/** The direction of a change the figure is the size of ("reduce GDP by $63 billion": "fall"), or null. */
function changeBy(text: string, start: number, unit: string | null): string | null {
  const before = text.slice(Math.max(0, start - 120), start);
  // "Sales rose 12 percent", "prices fell nearly 3 percent": the verb of change right before the figure, as with "by".
  // Only of a share, points or a sum: "the trail climbs 4 miles" and "fell 50 metres" measure a distance.
  const verb = CHANGED_RIGHT_BEFORE.exec(before)?.[1]?.toLowerCase();
  if (verb !== undefined && unit !== null && /^(?:%|points?|cents?|[A-Z]{3})$/.test(unit)) return RISE_VERBS.test(verb) ? 'rise' : 'fall';
  const by = BY_BEFORE.exec(before);
  if (by === null) return null;
  // The verb, and at most three words of its object between it and "by" ("reduce GDP by", "cut its budget by").
  const clause = /[^.,;:!?()"“”«»\n]*$/u.exec(before.slice(0, by.index))?.[0] ?? '';
  for (const word of clause.split(/\s+/).filter(Boolean).reverse().slice(0, 4).map(normaliseWord)) {
    if (RISE_VERBS.test(word)) return 'rise';
    if (FALL_VERBS.test(word)) return 'fall';
  }
  return null;
}

/** The words of `text` after `from`, lower case, up to the end of the clause (punctuation). */
function wordsAfter(text: string, from: number, max: number): string[] {
  const clause = /^[^.,;:!?()"“”«»\n]*/u.exec(text.slice(from, from + 120))?.[0] ?? '';
  return clause.split(/\s+/).filter((w) => WORD.test(w)).slice(0, max);
}

/** The words of `text` before `to`, nearest first, back to the start of the clause. */
function wordsBefore(text: string, to: number, max: number): string[] {
  const start = Math.max(0, to - 120);
  const clause = /[^.,;:!?()"“”«»\n]*$/u.exec(text.slice(start, to))?.[0] ?? '';
  return clause.split(/\s+/).filter((w) => WORD.test(w)).reverse().slice(0, max);
}

/** A past participle or a state ("injured", "killed", "dead"), or a verb after a share ("support", "say"). */
function describesCounted(word: string, afterShare: boolean): boolean {
  if (STATES.has(word)) return true;
  if (LEVEL_VERBS.has(word)) return false;
  if (/^\p{Ll}{3,}(?:ed|en)$/u.test(word)) return true;
  return afterShare && /^\p{Ll}{3,}$/u.test(word) && !PHRASE_ENDS.has(word) && !ARTICLES.test(word);
}

/** Words of time that an amount is "in" ("$5 million in the first quarter", "$2 billion last year"): when, not what. */
const TIME_WORDS = /^(?:years?|months?|weeks?|days?|quarters?|decades?|period|time|total|last|next|this|yesterday|today|alone)$/;

/**
 * What a sum is "in" ("$1 billion in losses", "$5 million in state funding", "$200,000 in speaking fees"), read from
 * the text right after the sum: the head of the lower-case noun phrase after "in", unless an article, a name, a
 * number or a time opens it ("in the state", "in Ohio", "in 2015", "in the first quarter").
 */
function moneyIn(after: string): string | null {
  // "$1 billion in the red": a balance below nought, no loss of a year nor a sum spent.
  const balance = /^\s+in\s+the\s+(red|black)\b/i.exec(after)?.[1];
  if (balance !== undefined) return `in the ${balance.toLowerCase()}`;
  const printed = /^\s+in\s+([^.,;:!?()"“”«»\n]*)/u.exec(after)?.[1]?.split(/\s+/) ?? [];
  // "in Trump company losses", "in Medicaid funding": a name before the noun says whose the sum is.
  let named = 0;
  while (named < 2 && /^\p{Lu}\p{Ll}+$/u.test(printed[named] ?? '')) named += 1;
  const words = printed.slice(named);
  const phrase: string[] = [];
  for (const word of words) {
    if (!/^\p{Ll}{2,}$/u.test(word) || PHRASE_ENDS.has(word) || TIME_WORDS.test(word) || phrase.length >= 3) break;
    phrase.push(word);
  }
  const head = phrase.at(-1);
  return head === undefined || ARTICLES.test(phrase[0] ?? '') || /^\p{Lu}/u.test(words[phrase.length] ?? '') ? null : head;
}

/** Words after a sum that are no noun it modifies ("$5 million worth of", "$2 million short", "$5 million apiece"). */
const NOT_SUM_NOUNS = new Set(['worth', 'short', 'left', 'apiece', 'more', 'less', 'each', 'back', 'total', 'alone', 'combined', 'overall', 'last', 'next', 'this', 'plus', 'extra', 'ahead', 'behind', 'above', 'below', 'down', 'off', 'out', 'upfront']);

/** A lower-case noun WordNet knows that heads a sum's noun phrase after a modifier ("worth" of "net worth"). */
function headNoun(printed: string): boolean {
  const word = normaliseWord(printed);
  return /^\p{Ll}{3,}$/u.test(printed) && !/(?:ed|en|ing|ly)$/.test(word) && !TIME_WORDS.test(word) && nounKind(word) !== null;
}

/** A lower-case noun WordNet knows, printed right after a sum, that says what the sum is ("loss", "deal", "fine"). */
function sumNoun(printed: string): boolean {
  const word = normaliseWord(printed);
  if (!/^\p{Ll}{3,}$/u.test(printed) || /(?:ed|en|ing|ly)$/.test(word) || NOT_SUM_NOUNS.has(word)) return false;
  if (PHRASE_ENDS.has(word) || ARTICLES.test(word) || TIME_WORDS.test(word) || STATEMENT_CUES.has(word)) return false;
  return nounKind(word) !== null;
}

/**
 * What the figure printed at [start, end) counts or measures, as printed in lower case ("injured", "of the
 * vote", "loss"), or null when its sentence does not say. Read first after the figure (a participle or a state
 * of those counted, or an "of" phrase: "46 percent of the vote"), then before it (a verb whose object it is:
 * "killing 40 people"; a noun with "of": "a loss of $1 billion").
 */
export function findMeasure(text: string, start: number, end: number, unit: string | null): string | null {
  if (/\p{Script=Cyrillic}/u.test(text.slice(Math.max(0, start - 60), end + 60))) return null;
  const share = unit === '%';
  const rest = text.slice(end, end + 60);
  // "two other buildings besides the bank": the count leaves one out, so it is not the count of all of them.
  if (/\bother\b/i.test(text.slice(start, end)) && BESIDES_AFTER.test(rest)) return 'besides';
  // "three years, including six months behind bars": a term served imprisoned, not any period.
  if (unit !== null && PERIOD_UNITS.test(unit) && IMPRISONED_AFTER.test(rest)) return 'imprisoned';
  const printedAfter = wordsAfter(text, end, 6);
  const after = printedAfter.map(normaliseWord);
  let k = 0;
  while (k < after.length && HELPERS.test(after[k] ?? '')) k += 1;
  const next = after[k] ?? '';
  if (next === 'of') {
    // "10 percent of them voted": a pronoun says whose share it is elsewhere, not what it counts.
    if (/^(?:them|those|these|us|you|it)$/.test(after[k + 1] ?? '')) return null;
    // "four aftershocks of around 4.0", "the first 12 primaries of 2016": a size or a date after "of" is not what is counted.
    if (SIZE_AFTER_OF.test(text.slice(end, end + 40))) return null;
    const phrase: string[] = [];
    for (const printed of printedAfter.slice(k + 1)) {
      const word = normaliseWord(printed);
      if (PHRASE_ENDS.has(word) || phrase.length >= 3) break;
      if (!ARTICLES.test(word)) phrase.push(printed);
    }
    // "users of WhatsApp": a name after "of" says whose the figure is (its subject), not what it counts.
    const head = phrase[phrase.length - 1] ?? '';
    return phrase.length > 0 && !/^\p{Lu}/u.test(head) ? `of ${phrase.join(' ').toLowerCase()}` : null;
  }
  // "55 kilometres south of Bireun", "four miles west of Cobb": a distance in a direction from a place.
  if (k === 0 && COMPASS.test(next) && after[1] === 'of') {
    // The place is part of it: "four miles west of Cobb" is no distance west of Anderson Springs.
    const place = printedAfter.slice(printedAfter[2]?.toLowerCase() === 'the' ? 3 : 2);
    const name: string[] = [];
    for (const word of place) {
      if (!/^\p{Lu}/u.test(word) || name.length >= 3) break;
      name.push(word.toLowerCase());
    }
    const direction = next.replace(/-/g, '');
    return name.length === 0 ? direction : `${direction} of ${name.join(' ')}`;
  }
  if (k === 0 && next === 'in' && unit !== null && /^[A-Z]{3}$/.test(unit)) {
    const counted = moneyIn(text.slice(end, end + 80));
    if (counted !== null) return counted;
  }
  // "a $916 million loss", "a $2 billion deal": the noun a sum is printed before is what it is (as "a loss of $916 million").
  if (k === 0 && unit !== null && /^[A-Z]{3}$/.test(unit) && sumNoun(printedAfter[0] ?? '')) {
    // The head of the noun phrase ("heist" of "a two million - euro jewellery heist").
    const head = findUnit(text, end)?.unit ?? next;
    // "a $17 million net worth": the noun right after a modifier heads the phrase even where it could not stand right
    // after the sum itself.
    if (head !== next && head === normaliseWord(printedAfter[1] ?? '') && headNoun(printedAfter[1] ?? '')) return head;
    return sumNoun(head) ? head : next;
  }
  // "40 people injured in the blast" counts the injured; "50 firefighters tackled the blaze" says what they did.
  const object = /^(?:the|a|an|his|her|its|their|our|\p{Lu}.*)$/u.test(printedAfter[k + 1] ?? '');
  if (next !== '' && describesCounted(next, share && k === 0) && !STATEMENT_CUES.has(next) && !(object && !share)) return next;
  const before = wordsBefore(text, start, 3).map(normaliseWord);
  const previous = before[0] ?? '';
  if (previous === 'of') {
    // "completed 28 of 41 passes", "four of the five games": a figure after a number and "of" is the whole the number
    // is a part of; the words before say what befell the part, not what the whole counts.
    if (/(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|thousands))\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$/i.test(text.slice(Math.max(0, start - 30), start))) return null;
    const noun = before.slice(1).find((w) => !ARTICLES.test(w));
    return noun !== undefined && !FRAMING.has(noun) && /^\p{Ll}{3,}$/u.test(noun) ? noun : null;
  }
  if (COUNT_VERBS.test(previous)) return previous;
  if (RELEASE_VERBS.test(previous) || (previous === 'let' && LET_GO.test(rest))) return 'released';
  return changeBy(text, start, unit);
}

/** A verb of a stage of a criminal case, as printed ("arrested", "charging"), never a noun ("charges", "arrest"). */
const STAGE = /^(?:arrest|detain|charg|convict|indict|sentenc|acquitt)(?:ed|ing)$/;
/**
 * Verbs that put counts or charges at a stage in other words, each with the stage: one "faces" or is "accused of" the
 * counts charged, a judge "dismissed" or prosecutors "dropped" counts no one is tried on any more, one "cleared of"
 * them was acquitted. Only of counts and charges (CHARGES): "faces 20 years" is the most a sentence could be, "dropped
 * two games" a loss.
 */
const STAGE_IN_OTHER_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:fac(?:e|es|ed|ing)|accus(?:ed|ing))$/, 'charged'],
  [/^(?:dismiss(?:ed|ing)|dropp(?:ed|ing))$/, 'dismissed'],
  [/^clear(?:ed|ing)$/, 'acquitted'],
];
/** A figure that counts charges: "four counts", "two felony charges", "three misdemeanors". */
const CHARGES = /\b(?:counts?|charges?|felon(?:y|ies)|misdemeanou?rs?|offen[cs]es?)$/i;
/** The stage a verb as printed names (STAGE, or STAGE_IN_OTHER_WORDS for a figure of charges), or null. */
export function stageOf(word: string, ofCharges: boolean): string | null {
  if (STAGE.test(word)) return word;
  if (!ofCharges) return null;
  return STAGE_IN_OTHER_WORDS.find(([verb]) => verb.test(word))?.[1] ?? null;
}
/** Words between a stage's verb and the figure that is its object: "charged him Friday with two counts". */
const TO_OBJECT = /^(?:with|of|on|to|for|in|a|an|the|him|her|them|another|all|each|\p{Ll}+ly|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/u;
/** Words between a figure and the participle that says what befell those counted ("5 men who were later charged"). */
const TO_PARTICIPLE = /^(?:were|was|are|is|have|has|had|been|being|be|who|that|later|also|reportedly|subsequently|since|then|now|already|all|both|each)$/;
const MAX_BETWEEN = 4;
/** A word of a person's name or age printed as a stage verb's object before "with" ("Jane Roe", "27-year-old", "27 - year - old"). */
const NAMED_OBJECT = /^(?:\p{Lu}[\p{L}'’.-]*|\d+(?:-year-old)?|-|year|old|year-old)$/u;
/** How many words of a name and age may stand between a stage verb and its object. */
const MAX_NAMED = 9;
/**
 * "found guilty of two counts", "pleaded guilty to three charges", "guilty on all four counts": a verdict or plea of
 * guilt is the convicted stage; "not guilty of" the acquitted one. A plea of not guilty ("pleaded", "pled",
 * "pleading", "a plea of") is no stage at all.
 */
const VERDICT = /\b(pl(?:ead(?:ed|s|ing)?|ed)\s+|pleas?\s+of\s+)?(not\s+)?guilty\s+(?:of|on|to)\s+(?:all\s+|the\s+)?$/i;

/**
 * The stages of a criminal case a figure counts at, as printed in lower case ("arrested", "charged"): the verb it
 * is the object of ("arrested 5 men", "charged with two counts", "sentenced to 18 years") or the participles that
 * follow those counted ("5 men were arrested and charged"). Five people arrested and five people charged are two
 * counts, as are two counts charged and two counts convicted, however alike the rest of their printings; a count
 * whose verb comes between ("charged with killing two people") counts the killed, at no stage. English only.
 */
export function findStages(text: string, start: number, end: number): string[] {
  const stages: string[] = [];
  const before = /[^.,;:!?()"“”«»\n]*$/u.exec(text.slice(Math.max(0, start - 80), start))?.[0].split(/\s+/).filter(Boolean).reverse() ?? [];
  let k = 0;
  while (k < MAX_BETWEEN && TO_OBJECT.test(normaliseWord(before[k] ?? ''))) k += 1;
  // "charged 27-year-old John Doe with two counts": the person charged, named, between the verb and its object.
  for (let named = 0; named < MAX_NAMED && NAMED_OBJECT.test(before[k] ?? ''); named += 1) k += 1;
  const ofCharges = CHARGES.test(text.slice(start, end));
  const stageBefore = stageOf(normaliseWord(before[k] ?? ''), ofCharges);
  if (stageBefore !== null) stages.push(stageBefore);
  const verdict = VERDICT.exec(text.slice(Math.max(0, start - 40), start));
  if (verdict !== null && !(verdict[1] && verdict[2])) stages.push(verdict[2] ? 'acquitted' : 'convicted');
  const after = /^[^.,;:!?()"“”«»\n]*/u.exec(text.slice(end, end + 80))?.[0].split(/\s+/).filter(Boolean) ?? [];
  let j = 0;
  while (j < MAX_BETWEEN && TO_PARTICIPLE.test(normaliseWord(after[j] ?? ''))) j += 1;
  // "arrested and charged": each stage joined to the first.
  for (let stage = stageOf(normaliseWord(after[j] ?? ''), ofCharges); stage !== null; j += 2, stage = stageOf(normaliseWord(after[j] ?? ''), ofCharges)) {
    stages.push(stage);
    if (!/^(?:and|or|then)$/.test(normaliseWord(after[j + 1] ?? ''))) break;
  }
  return [...new Set(stages)];
}
