import type { FigureMarks, MentionKind } from '../extract/types.ts';
import { figureMarksOf, measureOf, measureStages, normalizeUnit, withoutStages, yearOfUnit } from './candidateKeys.ts';
import { DEFAULT_MERGE_OPTIONS } from './mergeOptions.ts';
import type { MergeOptions } from './mergeOptions.ts';
import type { GuardReason, TextComparison } from './compareTexts.ts';
import { compareTexts, isGuardToken, negations, withoutInsertedWords } from './compareTexts.ts';
import { CUT, editBudget, partEnds, wordsWithCuts } from './alignPart.ts';
import { echoesNegation } from './echoedNegation.ts';
import { saysOtherwise } from './contraryWords.ts';
import { isStopWord } from './nlp.ts';
import { boundedMemo, boundedPairCache } from '../boundedMemo.ts';
import { CLAUSE_BREAK, tokenize } from './normalizeText.ts';
import { describesTwoPeople, rewordedAssertion, shareName } from './rewordedAssertion.ts';
import { belongsTo, compatibleSpeakers, describeOneBody, describesRole, mayNameOnePerson, rolesOfTwoHolders, speaksFor } from './speakerKey.ts';
import { isKindOfPerson, sameKindOfThing } from './sameKindOfThing.ts';
import { mostlyVerb, swapsKind } from './synonyms.ts';
import { alikeCounts, compatibleCounts, countedWords, sameCount } from './whatIsCounted.ts';
import { roundedRestatement } from './roundedFigures.ts';
import { irregularLemmas } from '../irregularVerbs.ts';

/** The mention to place. */
export interface MergeSubject {
  kind: MentionKind;
  text: string;
  /** dedupe's speakerKey of the speaker named in the document ("dmitry peskov", "peskov"), or null. */
  speakerKey: string | null;
  /** The speaker is only described ("police", "a senior campaign adviser"), not named (speakerKey.ts isWeakSpeaker). */
  weakSpeaker?: boolean;
  /** The role printed with the speaker ("Troy police Lt."), when one was. */
  role?: string | null;
  value: number | null;
  unit: string | null;
  /** Names around the mention; for a figure, the one it is about first (extract's orderFigureNames). */
  entities: readonly string[];
  /** A figure's marks: which of several like figures it is (extract/figureMarks.ts); absent when unmarked. */
  marks?: FigureMarks | null;
  /** The story of the mention's article (store's stories), when known: figures join only within one. */
  storyId?: string | null;
}

/** One way a claim has been printed: the words, who said them and the names around them. */
export interface ClaimVariant {
  text: string;
  speakerKey: string | null;
  entities: readonly string[];
  /** A figure's unit with what it counts ("people (injured)"); null for quotes and statements. */
  unit?: string | null;
  /** A figure's marks (MergeSubject's); absent or null when unmarked. */
  marks?: FigureMarks | null;
  /** The speaker is only described, not named (speakerKey.ts isWeakSpeaker). */
  weakSpeaker?: boolean | null;
  /** The role printed with a quote's or statement's speaker ("Troy police Lt."), when one was. */
  role?: string | null;
}

/** A canonical claim found through the key index, with every variant it has been printed in. */
export interface ClaimCandidate {
  id: string;
  kind: MentionKind;
  value: number | null;
  unit: string | null;
  variants: readonly ClaimVariant[];
  /** For a figure, the arriving mention's story when an article of it carries the claim ([] when none does; undefined when not known). */
  stories?: readonly string[];
}

export { DEFAULT_MERGE_OPTIONS } from './mergeOptions.ts';
export type { MergeOptions } from './mergeOptions.ts';

export interface MergeDecision {
  /** Claims this mention belongs to, sorted; the first survives and absorbs the others. Empty: a new claim. */
  matches: string[];
  /** Near matches kept apart by a guard: conflicting variants. */
  conflicts: Array<{ claimId: string; reason: GuardReason }>;
}

/**
 * Words that name a kind of thing, not one thing: corporate designators and common nouns that a capital at a
 * sentence start or in a title makes look like names ("Bank", "Company", "Users"). They never make two
 * names one.
 */
const GENERIC_WORDS = new Set([
  'the', 'of', 'and', 'for', 'company', 'companies', 'corporation', 'corp', 'inc', 'incorporated', 'ltd', 'limited', 'plc',
  'llc', 'co', 'ag', 'sa', 'nv', 'gmbh', 'group', 'holding', 'holdings', 'bank', 'fund', 'trust', 'partners', 'international',
  'national', 'global', 'association', 'agency', 'authority', 'ministry', 'department', 'government', 'council', 'committee',
  'office', 'service', 'services', 'university', 'people', 'users', 'customers', 'percent', 'per', 'cent', 'million',
  'billion', 'thousand', 'state', 'city', 'officials', 'official', 'report', 'data', 'figures', 'news',
]);

/**
 * Titles and ranks printed before a person's name ("Insp", "Sgt.", "Sen.", "Gov.", "Dr"): one outlet's "Insp Gaskin" is
 * another's "Dave Gaskin", so a title says nothing of who the person is. Only words that are titles and nothing else
 * ("General", "Major", "Chief", "Justice" also name things: "General Motors", "Major League").
 */
const TITLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'insp', 'inspector', 'sgt', 'sergeant', 'det', 'detective', 'constable', 'capt', 'captain', 'lt',
  'lieutenant', 'col', 'colonel', 'cmdr', 'supt', 'superintendent', 'sheriff', 'gov', 'governor', 'sen', 'senator', 'rep',
  'rev', 'reverend', 'prof', 'professor', 'mayor',
]);

/**
 * "U.S." as "US", "U.N." as "UN": the full stops of an initialism printed with them go, so that "U.S. Geological Survey",
 * "US Geological Survey" and "USGS" are one name.
 */
const withoutInitialStops = (name: string) => name.replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu, (initials) => initials.replace(/\./g, ''));

/**
 * "AK-47s" as "AK-47", "F-16s" as "F-16": the plural of a model named by letters and a number, so that a list of arms
 * naming "seven AK-47s" and one naming "seven AK-47 rifles" name one thing (a decade, "1990s", keeps its "s").
 */
const withoutModelPlural = (name: string) => name.replace(/(\p{L}[-\s]?\d+)s\b/gu, '$1');

/** The distinctive words of a name, lower case: possessives, model plurals, punctuation and generic words dropped. */
function nameWords(name: string): string[] {
  return withoutModelPlural(withoutInitialStops(name))
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !GENERIC_WORDS.has(w) && !TITLE_WORDS.has(w));
}

/** The names of a figure as sets of distinctive words; a name of generic words only ("Company") is dropped. */
const namesOf = (entities: readonly string[]) => entities.map(nameWords).filter((words) => words.length > 0).map((words) => new Set(words));

/** One name is the other or a shorter form of it ("Peskov" and "Dmitry Peskov"; not "Ivan Peskov" and "Dmitry Peskov"). */
function sameName(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const word of small) if (!large.has(word)) return false;
  return true;
}

/** How many of a figure's names count (figureNames). */
const FIGURE_NAMES = 8;

/**
 * Whether two figures speak of the same subject: one's subject (its first name, see MergeSubject.entities) is
 * among the other's names, a shorter form counting ("Peskov" and "Dmitry Peskov"). Either way round, since a
 * figure whose sentence names no one carries its story's names, the first of which need not be its subject.
 * A place or a party both name ("Acme" in Ohio, "Globex" in Ohio) does not make one subject, nor does a
 * generic word ("Acme Group", "Globex Group"); a figure without names joins nothing, since it could be anyone's.
 */
export function sameSubject(a: readonly string[], b: readonly string[]): boolean {
  // The names figureNames keys and locks a figure by, no more: a match is always a candidate, in any order.
  const namesA = figureNames(a).map((name) => new Set(name.split(' ')));
  const namesB = figureNames(b).map((name) => new Set(name.split(' ')));
  // A generic first name ("Bank") leaves a figure without a subject of its own; the next name is not promoted.
  const subjectA = namesOf(a.slice(0, 1))[0];
  const subjectB = namesOf(b.slice(0, 1))[0];
  const among = (subject: Set<string> | undefined, names: Array<Set<string>>) => subject !== undefined && names.some((name) => sameName(subject, name));
  return among(subjectA, namesB) || among(subjectB, namesA);
}

/**
 * Whether two figures are shown to be about two subjects: each has a subject of its own (its first name, not a
 * generic word) and neither is among the other's names ("Telegram" and "WhatsApp" users).
 */
function differentSubjects(a: readonly string[], b: readonly string[]): boolean {
  // A subject read from a nameless sentence's words (extract's sentenceSubject) tells its printing, not whose it is.
  const named = (names: readonly string[]) => names.slice(0, 1).filter((name) => /\p{Lu}/u.test(name));
  const subjectA = namesOf(named(a))[0];
  const subjectB = namesOf(named(b))[0];
  return subjectA !== undefined && subjectB !== undefined && !sameSubject(a, b);
}

/**
 * A player's row of a box score or a roster, named as printed: a position, then the player ("DL Larry Ogunjobi",
 * "CB T.J. Carrie", "PG Jane Roe"). extract's tableRowNames gives a stat line its row's names, the position with them.
 */
const PLAYER_ROW = /^(?:QB|RB|FB|WR|TE|OL|OT|OG|DL|DE|DT|LB|ILB|OLB|CB|DB|S|FS|SS|K|P|LS|PG|SG|SF|PF|GK)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,2})$/u;

/**
 * The two players' rows two figures are about, when each is one (PLAYER_ROW) and they name two players: a box score's
 * lines ("DL Larry Ogunjobi 63 85%" / "CB T.J. Carrie 63 85%") count the same thing of each, so counted words that
 * agree do not make them one figure. Only rows: a figure's first name is often its speaker's ("40 people killed, Alan
 * Brey said" / "..., Lina Ortez said"), and two speakers may give one toll.
 */
function twoPlayerRows(a: readonly string[], b: readonly string[]): boolean {
  const [rowA, rowB] = [PLAYER_ROW.exec(a[0] ?? '')?.[1], PLAYER_ROW.exec(b[0] ?? '')?.[1]];
  if (rowA === undefined || rowB === undefined) return false;
  const [playerA, playerB] = namesOf([rowA, rowB]);
  return playerA !== undefined && playerB !== undefined && !sameName(playerA, playerB);
}

/**
 * The names a figure could be about, each as its distinctive words sorted and joined ("dmitry peskov"), at
 * most `max` (sameSubject reads no more): their words key and lock figures of one subject and unit.
 */
export function figureNames(entities: readonly string[], max = FIGURE_NAMES): string[] {
  const names = entities.flatMap((entity) => {
    const words = nameWords(entity);
    if (words.length === 0) return [];
    const acronym = acronymOf(entity);
    return [[...words].sort().join(' '), ...(acronym === null ? [] : [acronym])];
  });
  return [...new Set(names)].slice(0, max);
}

/** Small words an acronym skips ("Federal Bureau of Investigation": FBI). */
const ACRONYM_SKIPS = /^(?:of|the|and|for|&)$/i;

/**
 * The acronym a name of two or more capitalised words is also printed as, lower case: each word's initial, a word
 * in capitals whole ("US Geological Survey": usgs, "National Football League": nfl); null for one word, or when
 * the acronym would be under three letters or over six.
 */
function acronymOf(name: string): string | null {
  const words = withoutInitialStops(name).split(/[\s-]+/).filter((w) => w !== '' && !ACRONYM_SKIPS.test(w));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  const acronym = words.map((w) => (/^\p{Lu}{2,4}$/u.test(w) ? w : w.slice(0, 1))).join('').toLowerCase();
  return /^\p{L}{3,6}$/u.test(acronym) ? acronym : null;
}

const ABOVE = /^(?:more than|over|at least|above|in excess of|upwards of|just over)\b/i;
// "Nearly 50" and "almost 50" are short of 50, as "under 50" is: "at least 50" injured and "almost 50" injured are two
// counts (another quake's, or a rival estimate), never one printed two ways.
const BELOW = /^(?:less than|fewer than|under|at most|below|up to|just under|nearly|almost)\b/i;

/** "At least half" and "fewer than half" bound one value from two sides: two figures, not one said two ways. */
function compatibleBounds(a: string, b: string): boolean {
  return !((ABOVE.test(a) && BELOW.test(b)) || (BELOW.test(a) && ABOVE.test(b)));
}

/** A share that does not say of what ("41 percent"): it could be any poll's answer, so it joins nothing. */
const isBareShare = (unit: string | null) => normalizeUnit(unit) === '%' && measureOf(unit) === '';

/**
 * Two figures count the same thing unless both say what they count and it differs ("injured" and "arrested"). The
 * stage of a criminal case is part of it: "arrested" and "charged" are two counts, "of murder; charged" and "of
 * murder; convicted" too; a stage one printing leaves out ("two counts of murder") is no difference, but a stage
 * alone and another measure alone ("arrested" and "killed") are two.
 */
function compatibleMeasures(a: string | null, b: string | null): boolean {
  const [ma, mb] = [measureOf(a), measureOf(b)];
  // The end of a range ("$140 million to $160 million") bounds it: it is no figure printed on its own.
  if ((ma === RANGE) !== (mb === RANGE)) return false;
  // So is a bound the sentence denies ("none offered more than eight years"): a ceiling, not what anyone reached.
  if ((ma === DENIED_BOUND) !== (mb === DENIED_BOUND)) return false;
  // A rate ("120 miles per hour", "$9 million a season") and a figure given per nothing (a distance, a total) are two.
  if (isRate(ma) !== isRate(mb)) return false;
  // So is the size of a rise or a fall ("would reduce GDP by $63.1 billion") and a figure that measures nothing more: a
  // level ("revenues have totaled about $63 billion"), not a change to one.
  if ((isChange(ma) || isChange(mb)) && (ma === '' || mb === '')) return false;
  if (ma === '' || mb === '' || ma === mb) return true;
  const [sa, sb] = [measureStages(ma), measureStages(mb)];
  if (sa.stages.size > 0 && sb.stages.size > 0 && ![...sa.stages].some((stage) => sb.stages.has(stage))) return false;
  if (sa.rest !== '' && sb.rest !== '') return sa.rest === sb.rest;
  // One names a stage only: the other must name that stage too ("arrested" / "of sect; arrested").
  return sa.stages.size > 0 && sb.stages.size > 0;
}

/**
 * Least gap between the magnitudes of two quakes that cannot be one quake's first and revised readings (6.1 and 6.2,
 * 4.4 and 4.2 are one quake rated twice).
 */
const OTHER_QUAKE_GAP = 0.5;

/**
 * Two figures extraction marked as two of several like ones (extract/figureMarks.ts): told of two quakes, both
 * sentences printing a magnitude that differ by OTHER_QUAKE_GAP or more (a story on one quake recalls earlier ones,
 * "The last quake there, of magnitude 7.6, killed three people", whose tolls are theirs however alike the words); or
 * two of the figures alike in one sentence ("a 15 percent tariff planned ... or a 15 percent tariff imposed ..."); or
 * two sides of a bargain (what one party offered, what the other asked for). A figure without the mark may be either.
 */
function markedApart(a: FigureMarks | null | undefined, b: FigureMarks | null | undefined): boolean {
  const [ma, mb] = [figureMarksOf(a), figureMarksOf(b)];
  if (ma.quake !== null && mb.quake !== null && Math.abs(ma.quake - mb.quake) >= OTHER_QUAKE_GAP - 1e-9) return true;
  if (ma.side !== null && mb.side !== null && ma.side !== mb.side) return true;
  return ma.inSentence !== null && mb.inSentence !== null && ma.inSentence !== mb.inSentence;
}

/**
 * A figure that is the magnitude its sentence gives a quake (the quake mark equals its value): "a 6.1 magnitude
 * earthquake hit", "the 6.1 quake", "a magnitude of 6.1 struck", whatever word after it extraction read as its unit.
 */
const isQuakeMagnitude = (value: number | null, marks: FigureMarks | null | undefined) => value !== null && figureMarksOf(marks).quake === value;

/**
 * Two figures said to hold in two years ("2,000 staff in 2015" / "2,000 staff in 2019"): the year is which figure, like
 * a mark, not what is counted, so a figure that prints none may be either.
 */
function yearsApart(a: string | null, b: string | null): boolean {
  const [ya, yb] = [yearOfUnit(a), yearOfUnit(b)];
  return ya !== null && yb !== null && ya !== yb;
}

/** A measure that is a rate per something (extractFigures' rateAfter: "per hour", "per season"). */
const isRate = (measure: string) => /^per\b/.test(measure);

/** What extraction says the size of a change measures (findMeasure's changeBy: "rose 3 percent", "cut output by $5 billion"). */
const CHANGES = new Set([measureOf('(rise)'), measureOf('(fall)')]);
const isChange = (measure: string) => CHANGES.has(measure);

/** What extraction says an end of a range measures (extractFigures' endsRange). */
const RANGE = measureOf('(range)');
/** What extraction says a denied bound measures (extractFigures' deniedBound). */
const DENIED_BOUND = measureOf('(bound denied)');

/**
 * How two figures' units relate: the same unit; or (only for one value in one story, where two outlets print
 * one count in their own words) units WordNet makes one kind ("three boats" and "three skiffs", "two houses" and
 * "two homes"; sameKindOfThing), the head noun deciding; else null.
 */
function unitRelation(a: string | null, b: string | null, inStory: boolean): 'same' | 'kind' | null {
  const [ua, ub] = [normalizeUnit(a), normalizeUnit(b)];
  if (ua === ub || someCurrency(a, b) || someCurrency(b, a)) return 'same';
  const head = (unit: string) => unit.split(' ').at(-1) ?? '';
  // "three times" counts occasions or multiplies, whatever sense of "time" WordNet shares with "minute" or "day".
  if (head(ua) === 'time' || head(ub) === 'time') return null;
  if (!inStory || ua === '' || ub === '') return null;
  return sameKindOfThing(head(ua), head(ub)) || peopleOfOneMeasure(a, b) ? 'kind' : null;
}

/** An ISO 4217 code as extraction prints a currency unit ("EUR", "USD (paid)"). */
const CURRENCY_UNIT = /^[A-Z]{3}(?:\s|$)/;

/** extract's LOST_CURRENCY (readNumber.ts), the unit of an amount whose currency sign was lost in encoding. */
const LOST_CURRENCY = 'XXX';

/**
 * "\uFFFD110 billion" and "110 billion euros": an amount whose currency sign was lost in encoding (extract's
 * LOST_CURRENCY) is in some currency, so it may be any other's; two known currencies stay two.
 */
const someCurrency = (lost: string | null, other: string | null): boolean =>
  normalizeUnit(lost) === normalizeUnit(LOST_CURRENCY) && other !== null && CURRENCY_UNIT.test(other);

/**
 * "Three people killed" and "three workers killed": a count of people (the unit "person") and a count of a kind of
 * person (isKindOfPerson) are one count when both say the same of what befell them (the measure, "killed"). Without
 * one, "three people" could be any three of the story (the candidates, the witnesses), so they stay apart.
 */
function peopleOfOneMeasure(a: string | null, b: string | null): boolean {
  const [ma, mb] = [measureOf(a), measureOf(b)];
  if (ma === '' || ma !== mb) return false;
  const [ha, hb] = [normalizeUnit(a), normalizeUnit(b)].map((u) => u.split(' ').at(-1) ?? '');
  return (ha === 'person' && isKindOfPerson(hb ?? '')) || (hb === 'person' && isKindOfPerson(ha ?? ''));
}

/** Largest ratio between two values of one subject and unit that reads as one figure misreported, not two facts. */
const CONFLICT_RATIO = 10;

/** Two values that could be one figure reported two ways ("100 million" and "10 million" users). */
function rivalValues(a: number | null, b: number | null): boolean {
  if (a === null || b === null || a === b || a <= 0 || b <= 0) return false;
  return Math.max(a, b) / Math.min(a, b) <= CONFLICT_RATIO;
}

/**
 * A figure large enough to be one fact wherever it is told ("more than 100 million users", "$363 million"),
 * unlike a small count ("two contests", "eight years", "five states"), which every story has its own of.
 */
export const STORY_FREE_VALUE = 100;

/** Whether a figure claim is carried by an article of the figure's story (false when either is not known). */
const sharesStory = (subject: MergeSubject, claim: ClaimCandidate): boolean =>
  !!subject.storyId && !!claim.stories && claim.stories.includes(subject.storyId);

/**
 * Whether a figure may join a figure claim: they are told in one story (or either's story is not known), or
 * the value is too large to be another fact by chance (STORY_FREE_VALUE): "two contests" and "eight years"
 * of two stories are two facts, however alike their words and names.
 */
function inOneStory(subject: MergeSubject, claim: ClaimCandidate): boolean {
  if (!subject.storyId || !claim.stories) return true;
  return sharesStory(subject, claim) || Math.abs(subject.value ?? 0) >= STORY_FREE_VALUE;
}

/**
 * Figures join by value, unit and subject, within one story. The same subject and unit with another value (within a factor of
 * CONFLICT_RATIO) is a conflicting variant: one of the two is a misreport, a correction or an update.
 */
function decideFigure(subject: MergeSubject, candidates: readonly ClaimCandidate[]): MergeDecision {
  const matches: string[] = [];
  const conflicts: MergeDecision['conflicts'] = [];
  if (isBareShare(subject.unit)) return { matches, conflicts };
  const ownWords = countedWords(subject.text, subject.unit);
  const restatements: ClaimCandidate[] = [];
  for (const c of candidates) {
    if (c.kind !== 'number') continue;
    // Within one story the same value is one figure unless the two are shown to count other things or be about
    // two subjects ("90 days", "two counts"); another value there is a rival only of the same subject and unit.
    const sameValueInStory = c.value === subject.value && sharesStory(subject, c);
    if (!sameValueInStory && normalizeUnit(c.unit) !== normalizeUnit(subject.unit)) continue;
    // Each variant on its own (its unit says what it counted), so that claims stay the components of a relation.
    const counted = (v: ClaimVariant) => (v.unit === undefined ? c.unit : v.unit);
    // A rounded restatement of the value in one story and unit ("more than 50 charges" / "54 charges") is judged as
    // the same value would be; across stories another value stays a rival.
    const restated = (v: ClaimVariant) =>
      c.value !== subject.value && sharesStory(subject, c) && roundedRestatement(subject, { text: v.text, value: c.value });
    // Two outlets that say the same thing is counted ("of aggravated assault") name whom they like around it. When
    // only one says what it counts ("40 people injured" / "40 people"), the other could count anything of that
    // unit in the story (those arrested, those evacuated), so they join only on one named subject, as they would
    // in two stories: a bare printing never bridges two counts of one story.
    const sameThing = (v: ClaimVariant, words: ReadonlySet<string>) =>
      (sameValueInStory || restated(v)) && (ownWords.size > 0) === (words.size > 0)
        ? !differentSubjects(subject.entities, v.entities) || (sameCount(withoutStages(ownWords), withoutStages(words)) && !twoPlayerRows(subject.entities, v.entities))
        : sameSubject(subject.entities, v.entities);
    const agrees = (v: ClaimVariant) => {
      // Two printings of one quake's magnitude are one measure, however their units were read.
      const magnitudes = sameValueInStory && isQuakeMagnitude(subject.value, subject.marks) && isQuakeMagnitude(c.value, v.marks);
      const units = magnitudes ? 'same' : unitRelation(subject.unit, counted(v), sameValueInStory);
      if (isBareShare(counted(v)) || units === null) return false;
      if (markedApart(subject.marks, v.marks) || yearsApart(subject.unit, counted(v)) || !compatibleMeasures(subject.unit, counted(v))) return false;
      if (!compatibleBounds(subject.text, v.text)) return false;
      const words = countedWords(v.text, counted(v));
      // Units of one kind in other words say no more of what they count than each other ("three boats" and
      // "three skiffs"), or a bare "five vessels" would chain "five merchant vessels" to "five suspicious boats".
      // A stage one printing names ("convicted") is measured apart (compatibleMeasures), not as another thing counted.
      const counts = units === 'kind' ? alikeCounts(withoutStages(ownWords), withoutStages(words)) : compatibleCounts(ownWords, words);
      return counts && sameThing(v, words);
    };
    const agreeing = c.variants.filter(agrees);
    if (agreeing.length === 0 || !inOneStory(subject, c)) continue;
    if (c.value === subject.value) matches.push(c.id);
    else if (agreeing.some(restated)) restatements.push(c);
    else if (rivalValues(c.value, subject.value)) conflicts.push({ claimId: c.id, reason: 'figure' });
  }
  // A rounded printing that restates two values of the story ("more than 80" of 83 and of 86) could be either: it
  // joins neither, or it would bridge two figures (as storyFigureJoins keeps them apart).
  const bridges = new Set(restatements.map((c) => c.value)).size > 1;
  for (const c of restatements) {
    if (!bridges) matches.push(c.id);
    else if (rivalValues(c.value, subject.value)) conflicts.push({ claimId: c.id, reason: 'figure' });
  }
  return { matches: matches.sort(), conflicts };
}

/**
 * The same texts are compared again and again (a claim's variants, with every mention that finds them), so
 * what is made of a text alone is remembered: up to this many texts, then the memos start again.
 */
const TEXT_MEMO_LIMIT = 20_000;

/** Token counts at which each clause of a text ends (the last is its token count, clause by clause). */
const clauseCounts = boundedMemo(TEXT_MEMO_LIMIT, (text): ReadonlySet<number> & { last: number } => {
  const ends = new Set<number>();
  let count = 0;
  for (const clause of text.split(CLAUSE_BREAK)) {
    count += tokenize(clause).length;
    ends.add(count);
  }
  return Object.assign(ends, { last: count });
});

/** Token counts at which a printed text's clauses end, or null when its clauses do not add up to its tokens. */
function clauseEnds(text: string, tokens: readonly string[]): ReadonlySet<number> | null {
  const ends = clauseCounts(text);
  return ends.last === tokens.length ? ends : null;
}

const cutWords = boundedMemo(TEXT_MEMO_LIMIT, wordsWithCuts);

/** Most function words a part may leave of its clause's end ("lying" of "lying about me"): they hold no qualifier. */
const CLAUSE_TAIL = 2;

/**
 * Words that open a clause of their own where no comma was printed ("could affect all versions as hackers exploit
 * it", "we left because the talks failed"): a part cut before one stops at a clause, not inside one. Not "which" or
 * "who": without a comma they narrow what was said ("every immigrant who has committed a crime"), and a part that
 * leaves them out says less than the whole. "And" only before a clause or a predicate of its own (opensAndClause).
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['because', 'as', 'since', 'so']);

/** Subjects that open a clause of their own after "and" ("we will rebuild and we will not forget"). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'he', 'she', 'they', 'you', 'it', 'there']);

/** Adverbs that may stand between "and" and the verb of its predicate ("and just say good luck"). */
const PREDICATE_ADVERBS: ReadonlySet<string> = new Set(['just', 'then', 'also', 'now', 'still', 'even', 'simply']);

/**
 * Whether "and" at `k` of a whole opens a clause with its own subject ("... rebuild and we will not forget") or a
 * predicate of its own (a word WordNet holds mostly as a verb: "wish my successor all the best and say good luck"):
 * a part cut before it printed one of the statement's assertions whole. Not a noun phrase's second half ("killed the
 * father and son", "the father and mother"), whose cut drops part of what was said of one thing.
 */
function opensAndClause(whole: readonly string[], k: number): boolean {
  if (whole[k] !== 'and') return false;
  let next = k + 1;
  if (PREDICATE_ADVERBS.has(whole[next] ?? '')) next += 1;
  const word = whole[next] ?? '';
  if (word === '' || isGuardToken(word)) return false;
  return SUBJECT_PRONOUNS.has(word) || mostlyVerb(word);
}

/** Words after "as" that make it a condition or a comparison ("as long as", "as well as"), which qualify what went before. */
const AS_QUALIFIERS: ReadonlySet<string> = new Set(['long', 'well', 'much', 'many', 'soon', 'far', 'little', 'few']);

/** Whether the whole's word at `k` opens a clause of its own, not a condition, comparison or date ("since 2010"). */
function opensClause(whole: readonly string[], k: number): boolean {
  const word = whole[k] ?? '';
  if (!CLAUSE_OPENERS.has(word)) return false;
  const next = whole[k + 1] ?? '';
  if (next === '' || isGuardToken(next)) return false;
  return !(word === 'as' && AS_QUALIFIERS.has(next));
}

/** Whether a whole's words end a clause at `end`: they end there, a break is printed there, or the next word opens a clause. */
const endsClause = (whole: readonly string[], ends: ReadonlySet<number>, end: number) =>
  end === whole.length || ends.has(end) || opensClause(whole, end) || opensAndClause(whole, end) || opensAgent(whole, end);

/** Forms of "be" before a passive's participle ("was found", "has been seen"). */
const BE_FORMS: ReadonlySet<string> = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being']);

/** Determiners skipped before the word that says who the agent is ("by a bank employee"). */
const AGENT_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * Whether the whole's word at `k` opens a passive's agent ("the bomb was found | by a bank employee"): "by" after a
 * form of "be" and a participle, then a word that is no figure ("was lowered by 5%" keeps its measure). A part that leaves out who did it still says what was done: outlets
 * print "the bomb was found" of a statement that goes on "by a bank employee in the bushes".
 */
function opensAgent(whole: readonly string[], k: number): boolean {
  if (whole[k] !== 'by' || !BE_FORMS.has(whole[k - 2] ?? '')) return false;
  const participle = whole[k - 1] ?? '';
  if (!/^\p{L}+ed$/u.test(participle) && irregularLemmas(participle).length === 0) return false;
  let i = k + 1;
  while (AGENT_DETERMINERS.has(whole[i] ?? '')) i += 1;
  const who = whole[i] ?? '';
  return who !== '' && !isGuardToken(who) && /^\p{L}/u.test(who);
}

/** Whether the whole's words from `end` to its next clause end are at most CLAUSE_TAIL function words, none a figure or negation. */
function onlyTailLeft(whole: readonly string[], ends: ReadonlySet<number>, end: number): boolean {
  for (let k = end; k <= Math.min(end + CLAUSE_TAIL, whole.length); k++) {
    if (endsClause(whole, ends, k)) return true;
    const word = whole[k] ?? '';
    if (!isStopWord(word) || isGuardToken(word)) return false;
  }
  return false;
}

/**
 * Whether some printing of `part` inside `whole` stops where `whole` ends a clause (or ends), or leaves only a
 * few function words of it ("the campaign lying" of "the campaign lying about me"). A part that ends on a function
 * word ("killed on Saturday night after") was cut short by whoever printed it, not at a qualifier; a qualifier
 * ("unless the deficit grows", "or not") holds a word of substance or a negation. A part that stops right before
 * a figure or a negation of the whole ("we do" of "we do not fund it") never ends cleanly there.
 */
function endsAtClause(part: readonly string[], wholeText: string, whole: readonly string[]): boolean {
  const last = part[part.length - 1] ?? '';
  const cutShort = isStopWord(last) && !isGuardToken(last);
  const ends = clauseEnds(wholeText, whole);
  for (let i = 0; i + part.length <= whole.length; i++) {
    if (!part.every((token, j) => whole[i + j] === token)) continue;
    const end = i + part.length;
    if (end < whole.length && isGuardToken(whole[end] ?? '')) continue;
    // Typography the clause split cannot follow: trust the words alone.
    if (cutShort || !ends || onlyTailLeft(whole, ends, end)) return true;
  }
  return false;
}

/** Share of a part's words the whole must hold before their alignment is worth computing. */
const ALIGN_OVERLAP = 0.75;

/**
 * Whether `part` is a printing of part of `whole` with cuts ("…", "[to Berlin]") or a few changed words
 * (alignPart), stopping where `whole` ends a clause, and long enough to say so (minRun words of its own).
 */
function isCutPart(part: PrintedQuote, whole: PrintedQuote, minRun: number): boolean {
  const words = cutWords(part.text);
  const own = words.filter((w) => w !== CUT);
  if (own.length < minRun || own.length >= whole.tokens.length) return false;
  const held = new Set(whole.tokens);
  if (own.filter((w) => held.has(w)).length < ALIGN_OVERLAP * own.length) return false;
  const ends = partEnds(words, whole.tokens, editBudget(own.length));
  if (ends.length === 0) return false;
  const clauses = clauseEnds(whole.text, whole.tokens);
  return !clauses || ends.some((end) => endsClause(whole.tokens, clauses, end));
}

/** Pronouns that stand for a whole's subject in a part that prints its predicate ("It's a dream come true"). */
const STAND_IN_SUBJECTS: ReadonlySet<string> = new Set(['it', 'this', 'that']);

/** The copula and predicate of a printing opening on a stand-in subject (STAND_IN_SUBJECTS) and "is" or "was"; null otherwise. */
function predicateOf(tokens: readonly string[]): readonly string[] | null {
  const [first = '', second = ''] = tokens;
  if (first === "it's" || first === "that's") return ['is', ...tokens.slice(1)];
  return STAND_IN_SUBJECTS.has(first) && (second === 'is' || second === 'was') ? tokens.slice(1) : null;
}

/**
 * Whether `part` prints the predicate of a clause of `whole` with a pronoun for its subject ("It's a dream come true
 * for me" of "to be part of this moment is a dream come true for me"): the copula and at least minRun words after it,
 * FRAGMENT_SUBSTANCE of them of substance, a run of the whole after a subject of its own, ending where the
 * whole ends a clause (endsAtClause). The outlet cut the subject and let "it" stand for it.
 */
function restatesPredicate(part: PrintedQuote, whole: PrintedQuote, minRun: number): boolean {
  const predicate = predicateOf(part.tokens);
  if (predicate === null || predicate.length - 1 < minRun || whole.tokens[0] === predicate[0]) return false;
  if (predicate.filter((t) => !isStopWord(t) && !isGuardToken(t)).length < FRAGMENT_SUBSTANCE) return false;
  return endsAtClause(predicate, whole.text, whole.tokens);
}

/** An ellipsis in a printing ("…", "...", ". . ."): where an editor left words out. A bracketed insertion is no such mark: it may stand for a figure ("[five]"). */
const ELLIPSIS = /\u2026|\.\s?\.\s?\./;

/**
 * Whether `part`, printed with an ellipsis, is a cut printing of `whole` (isCutPart) that prints no figure the whole
 * lacks and the whole's negations, no fewer: the figures the whole prints beyond it sit in what the cut left out. A
 * cut that drops a "not" stays apart (the negation guard).
 */
function elidesFigures(part: PrintedQuote, whole: PrintedQuote, minRun: number): boolean {
  if (!ELLIPSIS.test(part.text) || negations(part.tokens) !== negations(whole.tokens)) return false;
  const held = new Set(whole.tokens);
  return part.tokens.every((t) => !isGuardToken(t) || held.has(t)) && isCutPart(part, whole, minRun);
}

/** A printed quote: its text and its normalised words. */
export interface PrintedQuote {
  text: string;
  tokens: readonly string[];
}

/**
 * Compares two printed quotes (text and its tokens) as compareTexts does, but a quote contained in a longer one
 * must stop where the longer one ends a clause: a cut inside a clause can drop its qualifier ("we will not
 * raise taxes" of "we will not raise taxes unless the deficit grows"). Such a pair is then judged on
 * similarity alone. A part printed with cuts or a changed word is contained too (isCutPart).
 */
export function compareQuotes(a: PrintedQuote, b: PrintedQuote, options: MergeOptions): TextComparison {
  const comparison = compareTexts(a.tokens, b.tokens, options);
  const cut =
    (comparison.relation === 'contains' && !endsAtClause(b.tokens, a.text, a.tokens)) ||
    (comparison.relation === 'contained' && !endsAtClause(a.tokens, b.text, b.tokens));
  const judged = cut
    ? compareTexts(a.tokens, b.tokens, { ...options, minRun: Number.POSITIVE_INFINITY })
    : comparison;
  // "Not one person, but probably several": the contrast a printing rules out is no assertion of its own; a printing
  // of what it asserts instead is the same statement. Compared again without the contrast, joined if nothing guards.
  if (judged.guard !== null) {
    const [plainA, plainB] = [withoutContrast(a), withoutContrast(b)];
    if ((plainA !== a || plainB !== b) && !assertsRuledOut(a, b) && !assertsRuledOut(b, a)) {
      const plain = compareQuotes(plainA, plainB, options);
      if (plain.guard === null && plain.relation !== 'different') return plain;
    }
  }
  // An aside that echoes the sentence's negation ("never ..., not me, not Bill, nobody more qualified") negates nothing new.
  if (judged.guard === 'negation' && (echoesNegation(a, b) || echoesNegation(b, a))) return { relation: 'similar', score: judged.score, guard: null };
  // A person's age printed beside their name ("Ann Lee, 38, said nothing") tells who they are, not what was said: the
  // printings compare again without an age the other does not print.
  if (judged.guard === 'figure') {
    const [plainA, plainB] = [withoutAges(a, b), withoutAges(b, a)];
    if (plainA !== a || plainB !== b) {
      const plain = compareQuotes(plainA, plainB, options);
      if (plain.guard === null && plain.relation !== 'different') return plain;
    }
  }
  // "to save euro30 billion ($40 billion)" / "to save $40 billion": an amount and the same amount in another currency
  // or unit in brackets right after it are one figure; the printings compare again with one of the two, as the other
  // printing has it.
  if (judged.guard === 'figure') {
    for (const [plainA, plainB] of [...oneOfConversions(a, b).map((x) => [x, b] as const), ...oneOfConversions(b, a).map((x) => [a, x] as const)]) {
      const plain = compareQuotes(plainA, plainB, options);
      if (plain.guard === null && plain.relation !== 'different') return plain;
    }
  }
  // A part printed with an ellipsis says nothing of the words its cut leaves out: a figure among them ("the city …
  // I still don't know" / "the city. With just four days to go, I still don't know") is no figure told two ways.
  if (judged.guard === 'figure') {
    const elided = elidesFigures(b, a, options.minRun) ? 'contains' : elidesFigures(a, b, options.minRun) ? 'contained' : null;
    if (elided !== null) return { relation: elided, score: judged.score, guard: null };
  }
  if (judged.guard || (judged.relation !== 'different' && judged.relation !== 'similar')) return judged;
  // A part printed with cuts is contained even when it is also near the whole: containment says more (isStrong).
  const part =
    isCutPart(b, a, options.minRun) || restatesPredicate(b, a, options.minRun)
      ? 'contains'
      : isCutPart(a, b, options.minRun) || restatesPredicate(a, b, options.minRun)
        ? 'contained'
        : null;
  // Near words, or a part with a changed word, that swap a word for its antonym ("fair" / "unfair") or for a sister
  // term in its slot ("the night shift" / "the day shift") say something else.
  if ((part !== null || judged.relation === 'similar') && saysOtherwise(substanceOf(a.tokens), substanceOf(b.tokens)))
    return { relation: 'different', score: judged.score, guard: null };
  if (part !== null) return { relation: part, score: judged.score, guard: null };
  // Near words that swap a noun for another kind of one thing ("seized a rifle" / "seized a shotgun") are two statements.
  if (judged.relation === 'similar')
    return swapsKind(substanceOf(a.tokens), substanceOf(b.tokens)) ? { relation: 'different', score: judged.score, guard: null } : judged;
  // An editor's words in brackets ("altered (its direction) towards") are no part of what was said: the printings
  // compare again without them, unless they hold a figure or a negation ("we will (not) raise taxes").
  const [bareA, bareB] = [withoutInsertions(a), withoutInsertions(b)];
  if (bareA !== a || bareB !== b) return compareQuotes(bareA, bareB, options);
  return judged;
}

/** A printing's words of substance as swapsKind and saysOtherwise read them: no function word, figure or negation, letters only. */
const substanceOf = (tokens: readonly string[]) => tokens.filter((t) => !isStopWord(t) && !isGuardToken(t) && /^\p{L}+$/u.test(t));

/**
 * A contrast a printing rules out before what it asserts ("was not one person, but probably a group", "not an
 * accident, but arson"): "not", a thing named by an article or a count, a comma and "but". Not "not only ... but" (both
 * hold), nor "not to resign but" or "was not forgiven, but" (two clauses, each its own assertion).
 */
const CONTRAST = /\bnot\s+(?:a|an|the|one|two|three|\d+)\s+[^,;.:!?]{1,40}?,\s+but\s+/gi;

/**
 * Whether `other` prints a word of substance (or a figure) that `quote` rules out in a contrast ("not an accident,
 * but arson" / "was an accident"): then the two say opposite things, the contrast being the point.
 */
function assertsRuledOut(quote: PrintedQuote, other: PrintedQuote): boolean {
  const words = new Set(other.tokens);
  return [...quote.text.matchAll(CONTRAST)].some((m) =>
    tokenize(m[0]).some((t) => t !== 'not' && t !== 'but' && !isStopWord(t) && words.has(t)),
  );
}

/** A printing without the contrasts it rules out (CONTRAST); itself when it has none. */
function withoutContrast(quote: PrintedQuote): PrintedQuote {
  const text = quote.text.replace(CONTRAST, '');
  return text === quote.text ? quote : { text, tokens: tokenize(text) };
}

/**
 * An age in commas after a capitalised name ("Ann Lee, 38, said"), or after one that ends the printing ("shot Ann Lee,
 * 38."): the name, then the age.
 */
const AGE_AFTER_NAME = /(\p{Lu}[\p{L}'.-]*)\s*,\s*(\d{1,3})\s*(?:,|(?=\.?\s*$))/gu;
/** AGE_AFTER_NAME without the global flag, for a test that keeps no lastIndex between calls. */
const HAS_AGE_AFTER_NAME = new RegExp(AGE_AFTER_NAME.source, 'u');

/**
 * A printing without the ages after names (AGE_AFTER_NAME) when `other` prints no age after a name and not the age:
 * itself otherwise. Two ages told two ways ("Ann Lee, 38," / "Ann Lee, 83,") stay a figure apart.
 */
function withoutAges(quote: PrintedQuote, other: PrintedQuote): PrintedQuote {
  if (HAS_AGE_AFTER_NAME.test(other.text)) return quote;
  const held = new Set(other.tokens);
  const text = quote.text.replace(AGE_AFTER_NAME, (match, name: string, age: string) =>
    Number(age) >= 1 && Number(age) <= 120 && !held.has(age) ? name : match,
  );
  return text === quote.text ? quote : { text, tokens: tokenize(text) };
}

/** A figure as a conversion prints it: a currency sign or code glued on, digits, and a scale or a unit word. */
const CONVERTED_FIGURE = String.raw`(?:[$€£¥]\s?|\b\p{L}{1,4})?\d[\d.,]*(?:\s?(?:million|billion|trillion|thousand|bn|m|km|kilometres|kilometers|miles|kg|pounds|feet|metres|meters|percent|per cent|%))?`;
/** A figure and the same one in brackets right after it ("€2 million (R26 million)", "24km (15 miles)"). */
const CONVERSION = new RegExp(`(${CONVERTED_FIGURE})\\s*\\(\\s*(${CONVERTED_FIGURE})\\s*\\)`, 'giu');

/**
 * The printings of `quote` with each figure-and-conversion pair (CONVERSION) printed as one of the two, when `other`
 * prints no such pair itself: first the one before the brackets, then the one inside; none when it has no pair.
 */
function oneOfConversions(quote: PrintedQuote, other: PrintedQuote): PrintedQuote[] {
  if (new RegExp(CONVERSION.source, 'iu').test(other.text) || !new RegExp(CONVERSION.source, 'iu').test(quote.text)) return [];
  return ['$1', '$2'].map((kept) => {
    const text = quote.text.replace(CONVERSION, kept);
    return { text, tokens: tokenize(text) };
  });
}

/** A printing without the bracketed words an editor inserted that hold no figure or negation (withoutInsertedWords); itself when none. */
function withoutInsertions(quote: PrintedQuote): PrintedQuote {
  const text = withoutInsertedWords(quote.text);
  return text === quote.text ? quote : { text, tokens: tokenize(text) };
}

/**
 * The same two printings meet again and again (a quote carried by many articles, against every variant of the claims
 * it finds, and those variants often print one text for several speakers), so what is made of two texts alone is
 * remembered too: up to this many pairs, then the memos start again.
 */
const PAIR_MEMO_LIMIT = 50_000;

/** compareQuotes' verdicts, by options' threshold and minRun (all it reads of them) and the two texts. */
const comparedPairs = new Map<string, (a: string, b: string, make: () => TextComparison) => TextComparison>();

/** compareQuotes of two printings made from their texts (printingsOf), remembered: it reads nothing else of them. */
function compareQuotesOnce(a: PrintedQuote, b: PrintedQuote, options: MergeOptions): TextComparison {
  const optionsKey = `${options.threshold} ${options.minRun}`;
  let compared = comparedPairs.get(optionsKey);
  if (!compared) comparedPairs.set(optionsKey, (compared = boundedPairCache(PAIR_MEMO_LIMIT)));
  return compared(a.text, b.text, () => compareQuotes(a, b, options));
}

/** Quotes and statements compare with each other (a statement may carry a quote's words); figures with figures. */
export const comparableKinds = (a: MentionKind, b: MentionKind) => (a === 'number') === (b === 'number');

/**
 * The quoted stretches of a printed text (a statement carrying a quote's words: the move was “absolutely justified”).
 * Some wires and tokenised copy close a quote with two apostrophes and may open it with two backticks or, after a
 * space, two apostrophes ("as potential arson at this point '' but did not elaborate", ``like this'', ''like this''),
 * as extract/findQuoteSpans.ts reads them: such a mark closes the stretch, so the words after it are the statement's
 * own, not a quote running on to the next mark.
 */
const QUOTED = /(?:[“"«„]|``|(?<![^\s([])'')((?:(?!''|``)[^“”"«»„])+)(?:[”"»“]|'')/g;

/** A text and the stretches it quotes, each with its tokens. */
const quotedStretches = boundedMemo(TEXT_MEMO_LIMIT, (text): readonly PrintedQuote[] => [
  { text, tokens: tokenize(text) },
  ...[...text.matchAll(QUOTED)].map((m) => ({ text: m[1] ?? '', tokens: tokenize(m[1] ?? '') })),
]);

/** A printed text and the stretches it quotes that are long enough to be matched on their own. */
function printingsOf(text: string, minRun: number): readonly PrintedQuote[] {
  const [whole, ...quoted] = quotedStretches(text) as [PrintedQuote, ...PrintedQuote[]];
  return [whole, ...quoted.filter((f) => f.tokens.length >= minRun && f.tokens.length < whole.tokens.length)];
}

/** Fewest words two printings must share for them to join when only one of them names its speaker. */
const STRONG_RUN = 8;
/**
 * Fewer words suffice for the same words printed whole when this many of them are words of substance ("He is
 * becoming ISIS's best recruiter"): a stock phrase anyone could say ("we will see what happens") has fewer.
 */
const SHORT_RUN = 6;
const SHORT_RUN_SUBSTANCE = 4;

/** Whether a printing, the same words in both, is long or distinctive enough to be one statement whoever printed the speaker. */
const isDistinctive = (tokens: readonly string[]) =>
  tokens.length >= STRONG_RUN || (tokens.length >= SHORT_RUN && tokens.filter((t) => !isStopWord(t)).length >= SHORT_RUN_SUBSTANCE);

/** Fewest words the same words need to join whoever printed the speaker when they name someone the story names (printsName). */
const NAMED_RUN = 4;

/**
 * Whether a printing names someone or something among the names around it (namesAround), by a capitalised word of
 * one of them ("Ortiz probably died instantly", the article naming "Deputy Jerry Ortiz"): the same short words about
 * one named person are one report of one event, where a stock phrase ("we have no idea") could be anyone's.
 */
function printsName(text: string, around: readonly string[]): boolean {
  if (around.length === 0) return false;
  const names = new Set(
    around.flatMap((name) => name.split(/\s+/)).filter((word) => /^\p{Lu}\p{Ll}{2,}$/u.test(word) && !isStopWord(word.toLowerCase())),
  );
  return text.split(/[^\p{L}]+/u).some((word) => names.has(word));
}
/** Word similarity (without figures and negations) at which two long printings are one, whoever printed the speaker. */
const STRONG_SIMILARITY = 0.8;

/**
 * Whether a comparison is strong enough to join two printings whose speakers are not both named: the same
 * words (isDistinctive, or NAMED_RUN words naming one of the names around: printsName), one printing at least STRONG_RUN words of the other, or two long printings (STRONG_RUN words or more
 * each) that differ by a few words. A missing or generic speaker ("police", "a source") is the extractor's or the
 * outlet's vagueness, not another person, but a short wording ("we will see") could be anyone's. `around`: the
 * names around the two (namesAround), which the rewording reads.
 */
function isStrong(comparison: TextComparison, a: PrintedQuote, b: PrintedQuote, described = false, around: readonly string[] = []): boolean {
  if (comparison.relation === 'same') return isDistinctive(a.tokens) || (a.tokens.length >= NAMED_RUN && printsName(a.text, around));
  if (comparison.relation === 'contains') return b.tokens.length >= STRONG_RUN;
  if (comparison.relation === 'contained') return a.tokens.length >= STRONG_RUN;
  const shorter = Math.min(a.tokens.length, b.tokens.length);
  if (comparison.relation !== 'similar' || shorter < STRONG_RUN) return false;
  return comparison.score >= STRONG_SIMILARITY || (described && shorter >= NEAR_RUN && comparison.score >= NEAR_SIMILARITY && rewordedAssertion(a.text, b.text, undefined, around));
}

/**
 * Word similarity at which two long printings near in their words of substance (compareQuotes: similar, the same
 * figures and negations), one by a described speaker ("the Ostrians", "police") and one by a named one, are one
 * statement with a few words changed ("the crew were from two ports on the coast" /
 * "the crew are from two ports along the coast of the bay") when the rewording (rewordedAssertion) reads them as one
 * assertion too: two signals, one of the words in order, one of their senses, where STRONG_SIMILARITY needs one.
 */
const NEAR_SIMILARITY = 0.6;
/**
 * Fewest words each printing must have for NEAR_SIMILARITY to join them: a fact two sources tell in one short
 * sentence ("X died at his home in Y on Thursday", a newspaper's and a grandson's) is near in words whoever tells it,
 * where a dozen words or more with a few changed are one printing edited.
 */
const NEAR_RUN = 12;

/** A speaker as merging compares it: named (a person's or an organisation's name), weak (only described) or none, and the role printed with it. */
type Speaker = { key: string | null; weak: boolean; role?: string | null };

/**
 * Whether two printings have one speaker (named and compatible, weak and the same description, or both unknown):
 * then any join holds. 'a' or 'b' when a description and a named speaker whose role it describes ("Police" and
 * "Police Lt. Jeffrey Silva") may be one: the named one (a or b) must have said something distinctive (roleJoins).
 * Null when their speakers cannot be compared (one is missing or weak and the other is not the same, two names
 * that may be one person's printed two ways: mayNameOnePerson, or a body and a named person printed as of it): then
 * only a strong join holds. False when two named speakers differ otherwise: never.
 */
function sameSpeakers(a: Speaker, b: Speaker, printedA = speakerString(a), printedB = speakerString(b)): boolean | 'a' | 'b' | null {
  return speakerPairs(printedA, printedB, () => compareSpeakers(a, b));
}

/**
 * sameSpeakers' verdicts by the two speakers printed as strings (speakerString), which is all it reads (issue 19:
 * a batch's mentions meet the same few speakers' variants over and over, and each pair normalized and stemmed their
 * roles again under the merge's locks).
 */
const speakerPairs = boundedPairCache<boolean | 'a' | 'b' | null>(PAIR_MEMO_LIMIT);

/** A speaker as one string: its key or none, whether weak, and its role (none and empty are read alike). */
const speakerString = (s: Speaker) => `${s.key === null ? '-' : `+${s.key}`}\u0000${s.weak ? 'w' : ''}\u0000${s.role ?? ''}`;

/**
 * A variant's speaker as one string (speakerString), remembered by the variant: a merge meets a candidate's variants
 * again for every mention that finds the claim (the same objects, read once a batch), and each string was built and
 * hashed again for each. Variants are never changed.
 */
const variantSpeakers = new WeakMap<ClaimVariant, string>();
const variantSpeakerString = (variant: ClaimVariant): string => {
  let printed = variantSpeakers.get(variant);
  if (printed === undefined) {
    printed = speakerString({ key: variant.speakerKey, weak: variant.weakSpeaker === true, role: variant.role });
    variantSpeakers.set(variant, printed);
  }
  return printed;
};

/** sameSpeakers, computed. */
function compareSpeakers(a: Speaker, b: Speaker): boolean | 'a' | 'b' | null {
  if (a.key === null && b.key === null) return true;
  const named = (s: Speaker) => s.key !== null && !s.weak;
  if (named(a) && named(b)) {
    // One surname printed with one office of two places ("Smith, the mayor of Springfield" / "... of Shelbyville"): two people.
    if (compatibleSpeakers(a.key, b.key)) return !rolesOfTwoHolders(a.role, b.role);
    // "Kraft Foods" and "Kraft Food's Susan Davison": a body and one printed as speaking for it may be one source; so
    // may a body and one printed as of its people ("a researcher with Acme Labs"), whose words outlets give to it.
    const ofBody = speaksFor(a.key, b.role) || speaksFor(b.key, a.role) || belongsTo(a.key, b.role) || belongsTo(b.key, a.role);
    return mayNameOnePerson(a.key, b.key) || ofBody ? null : false;
  }
  if (a.weak && b.weak && (compatibleSpeakers(a.key, b.key) || describeOneBody(a.key, b.key))) return true;
  if (a.weak && named(b) && describesRole(a.key, b.role)) return 'b';
  if (b.weak && named(a) && describesRole(b.key, a.role)) return 'a';
  return null;
}

/**
 * Whether a join between a described speaker's printing and a named one's whose role it describes holds: the
 * named printing is distinctive (isDistinctive), or the join is strong. A description ("police") fits every
 * officer of its force, so a short wording ("we are looking for a white van") printed by one officer could be
 * another's: through a "police" printing that joined one officer's claim, another officer's same short words
 * would join it too. Pairwise, so that claims stay the components of a relation whatever the arrival order.
 */
function roleJoins(comparison: TextComparison, a: PrintedQuote, b: PrintedQuote, named: 'a' | 'b'): boolean {
  return isDistinctive((named === 'a' ? a : b).tokens) || isStrong(comparison, a, b);
}

/**
 * How a mention's printings (its words, and what it quotes) relate to a variant's: the first that joins, else
 * the guard of the whole texts' comparison. A quoted stretch joins only by being the other's words or a part
 * of them, never by loose similarity.
 */
function compareVariant(
  printings: readonly PrintedQuote[],
  others: readonly PrintedQuote[],
  sameSpeaker: boolean | 'a' | 'b',
  options: MergeOptions & { byWords?: boolean; described?: boolean; around?: readonly string[] },
): { joins: boolean; guard: GuardReason | null } {
  let guard: GuardReason | null = null;
  for (const [i, a] of printings.entries()) {
    for (const [j, b] of others.entries()) {
      if (i > 0 && j > 0) continue;
      const comparison = compareQuotesOnce(a, b, options);
      if (i === 0 && j === 0) guard = comparison.guard;
      if (comparison.relation === 'different') continue;
      const fragment = i > 0 || j > 0;
      if (fragment && comparison.relation === 'similar') continue;
      if (fragment && i > 0 && comparison.relation === 'contains') continue;
      if (fragment && j > 0 && comparison.relation === 'contained') continue;
      if (options.byWords && comparison.relation === 'similar' && comparison.score < options.threshold) continue;
      const joins =
        sameSpeaker === true ||
        (typeof sameSpeaker === 'string' && roleJoins(comparison, a, b, sameSpeaker)) ||
        isStrong(comparison, a, b, options.described === true && !fragment, options.around);
      if (joins) return { joins: true, guard: null };
    }
  }
  return { joins: false, guard };
}

/** Fewest words, and words of substance, a sentence two printings of one speaker share must have to make them one statement. */
const SHARED_SENTENCE_WORDS = 6;
const SHARED_SENTENCE_SUBSTANCE = 3;

/** The sentences of a printing of more than one with SHARED_SENTENCE_WORDS words and SHARED_SENTENCE_SUBSTANCE of substance; none for a printing of one sentence. */
const sentencesOf = boundedMemo(TEXT_MEMO_LIMIT, (text): readonly PrintedQuote[] => {
  const sentences = text.split(/(?<=(?:\p{L}{2}|\p{N})[.!?]["”’]?)\s+(?=["“]?\p{Lu})/u).map((sentence) => ({ text: sentence, tokens: tokenize(sentence) }));
  if (sentences.length < 2) return [];
  return sentences.filter(
    ({ tokens }) => tokens.length >= SHARED_SENTENCE_WORDS && tokens.filter((t) => !isStopWord(t) && !isGuardToken(t)).length >= SHARED_SENTENCE_SUBSTANCE,
  );
});

/** The sentences of a printing of more than one (sentencesOf), each as its words joined. */
const sentenceKeys = boundedMemo(TEXT_MEMO_LIMIT, (text): readonly string[] => sentencesOf(text).map(({ tokens }) => tokens.join(' ')));

/**
 * Whether two printings of several sentences each print one of them whole ("This idea is a myth. He knows what he is
 * doing." / "Let us be done with this myth. He knows what he is doing."): two excerpts of one answer, or the line a
 * speaker repeats, overlapping on a sentence of SHARED_SENTENCE_WORDS words. One speaker's only; a part printed
 * alone is compareQuotes' containment, which must end a clause.
 */
function sharesSentence(a: string, b: string): boolean {
  const keys = new Set(sentenceKeys(a));
  return keys.size > 0 && sentenceKeys(b).some((key) => keys.has(key));
}

/**
 * Whether a sentence of `several`, a printing of more than one (sentencesOf), is `other` or a part of it, or holds it
 * (compareQuotes: the same, or contained up to a clause's end with a changed word at most, nothing guarded; not near
 * words, which would let a part cut inside a clause join through its sentence): one excerpt of an
 * answer went on to its next sentence, the other printed that sentence alone or inside a longer one ("We were down
 * 14-0. So that changed our plans." / "It was a strange game, we were down 14-0"). One speaker's only, as sharesSentence.
 */
function printsSentenceOf(several: string, other: string, options: MergeOptions): boolean {
  const sentences = sentencesOf(several);
  if (sentences.length === 0) return false;
  const [whole] = quotedStretches(other) as [PrintedQuote];
  return sentences.some((sentence) => {
    const comparison = compareQuotesOnce(sentence, whole, options);
    return comparison.guard === null && comparison.relation !== 'different' && comparison.relation !== 'similar';
  });
}

/** Fewest words, and words of substance, a quoted fragment shorter than minRun must have to join (quotedFragmentOf). */
const FRAGMENT_WORDS = 4;
const FRAGMENT_SUBSTANCE = 2;

/**
 * Whether `statement` reports a short stretch of `other` in quotes, framed by words `other` prints too: a fragment of
 * FRAGMENT_WORDS words or more (fewer than minRun, which compareVariant matches on its own) that is a run of `other`'s
 * words, in a statement whose own words of substance, outside the quotes, are all among `other`'s, and at least one
 * ("Lena is “soft like a sponge.”" of "soft on spending, soft - Lena - soft like a sponge"), a surname counting as the
 * given name the other prints when the names `around` them join the two (namedOtherwise). Or, a fragment that ends a
 * clause of `other` ("not fully there yet" of "I am just not fully there yet."), in a statement whose names outside the
 * quotes and the writer's asides (framingNames) are all among `other`'s, and at least one: the writer's own words
 * around it ("on backing Halden") tell what it is about in other words, the names whom. One named speaker's only:
 * a stock phrase ("make our town great again") with no word of its own around it could be any of that speaker's lines.
 */
function quotesFragmentOf(statement: string, other: string, minRun: number, around: readonly string[] = []): boolean {
  const fragments = shortFragments(statement, minRun);
  if (fragments.length === 0) return false;
  let quoted = fragmentsQuoted.get(minRun);
  if (!quoted) fragmentsQuoted.set(minRun, (quoted = boundedPairCache(PAIR_MEMO_LIMIT)));
  // The names around take part in the verdict (namedOtherwise), so they are part of its key.
  const key = around.length === 0 ? other : `${other}\u0000${around.join('\u0001')}`;
  return quoted(statement, key, () => {
    const { run, words } = tokenRun(other);
    const found = fragments.filter((fragment) => run.includes(fragment));
    if (found.length === 0) return false;
    const printed = (t: string) => words.has(t) || namedOtherwise(t, other, around);
    const framing = framingWords(statement);
    if (framing.length > 0 && framing.every(printed)) return true;
    const names = framingNames(statement);
    return names.length > 0 && names.every(printed) && found.some((fragment) => endsClauseOf(fragment, other));
  });
}

/** A writer's aside about someone a statement names (", who faces a vote in May"): no part of what it reports. */
const ASIDE = /,\s+(?:who|whom|whose|which)\b[^,;:.!?“”"]*/g;

/**
 * The names a statement prints outside its quotes and the writer's asides (ASIDE), lower case, without a possessive:
 * its capitalised words that are no function words ("she was “not there yet” on backing Halden": halden).
 */
const framingNames = boundedMemo(TEXT_MEMO_LIMIT, (statement): readonly string[] =>
  statement
    .replace(QUOTED, ' ')
    .replace(ASIDE, ' ')
    .split(/[^\p{L}'’-]+/u)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.toLowerCase().replace(/['’]s$/u, ''))
    .filter((word) => word !== '' && !isStopWord(word)),
);

/** Whether a fragment (its tokens joined, a space either side) is a run of `other`'s words that ends one of its clauses. */
function endsClauseOf(fragment: string, other: string): boolean {
  const tokens = tokenize(other);
  const ends = clauseEnds(other, tokens);
  if (ends === null) return false;
  const words = fragment.trim().split(' ');
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (words.every((word, j) => tokens[i + j] === word) && ends.has(i + words.length)) return true;
  }
  return false;
}

/**
 * Whether `word` is a word of a name among the names `around` two printings (namesAround) whose other word `other`
 * prints as a name, capitalised: one person named by surname in one printing and by given name in the other
 * ("Halden would ..." / "Orla wants ...", the story naming "Orla Halden").
 */
function namedOtherwise(word: string, other: string, around: readonly string[]): boolean {
  return around.some((name) => {
    const words = name.split(/\s+/);
    if (words.length < 2 || !words.some((w) => w.toLowerCase() === word)) return false;
    return words.some((w) => w.toLowerCase() !== word && /^\p{Lu}\p{Ll}+$/u.test(w) && new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(other));
  });
}

/** quotesFragmentOf's verdicts, by minRun, the two texts and the names around them (it reads nothing else). */
const fragmentsQuoted = new Map<number, (a: string, b: string, make: () => boolean) => boolean>();

/** Words of substance of a run of tokens as quotesFragmentOf reads them: no stop word or guard token, a letter at least. */
const fragmentSubstance = (tokens: readonly string[]) => tokens.filter((t) => !isStopWord(t) && !isGuardToken(t) && /\p{L}/u.test(t));

/**
 * The stretches a text quotes that quotesFragmentOf may match in another text: FRAGMENT_WORDS words or more, fewer
 * than minRun, FRAGMENT_SUBSTANCE words of substance; each as its tokens joined, with a space either side.
 */
function shortFragments(text: string, minRun: number): readonly string[] {
  return fragmentRuns(text)
    .filter((f) => f.length < minRun)
    .map((f) => f.run);
}

/** A text's quoted stretches of FRAGMENT_WORDS words and FRAGMENT_SUBSTANCE words of substance or more: their length and run. */
const fragmentRuns = boundedMemo(TEXT_MEMO_LIMIT, (text): ReadonlyArray<{ length: number; run: string }> => {
  const [, ...quoted] = quotedStretches(text);
  return quoted
    .filter((f) => f.tokens.length >= FRAGMENT_WORDS && fragmentSubstance(f.tokens).length >= FRAGMENT_SUBSTANCE)
    .map((f) => ({ length: f.tokens.length, run: ` ${f.tokens.join(' ')} ` }));
});

/** A text's tokens joined with a space either side, and as a set (quotesFragmentOf's other printing). */
const tokenRun = boundedMemo(TEXT_MEMO_LIMIT, (text) => {
  const tokens = tokenize(text);
  return { run: ` ${tokens.join(' ')} `, words: new Set(tokens) };
});

/** A statement's words of substance outside its quotes (quotesFragmentOf's framing). */
const framingWords = boundedMemo(TEXT_MEMO_LIMIT, (statement) => fragmentSubstance(tokenize(statement.replace(QUOTED, ' '))));

/**
 * Fewest words of substance two printings of one description ("police" and "police") must share to be one
 * report reworded when they name nothing in common: a description alone may be two forces in two events, and a
 * frame's worth of shared words ("a man", "charged", "arson", "warehouse", "blaze") fits both, where more ("they
 * believe they know the gunman", "no suspect taken into custody") ties the two to one event as a shared name does.
 */
const DESCRIBED_SHARED_WORDS = 6;

/**
 * Whether a printing is a variant reworded (rewordedAssertion): only between printings of one named speaker, or of
 * one description ("police" and "police"), which must also name someone or something in common (shareName: the
 * suspect, the street) or share DESCRIBED_SHARED_WORDS words of substance, since a description alone may be two
 * forces in two events; two unknown speakers could be anyone. Not gated on stories: a story is placed as articles
 * arrive, so an article's story when it merges depends on what came before, and a reworded join gated on it made
 * claims depend on the order of arrival (test/integration/order.test.ts); the guards (figures, negations, names)
 * keep one speaker's two assertions apart instead.
 */
function reworded(subject: MergeSubject, variant: ClaimVariant, described = subject.weakSpeaker === true): boolean {
  if (subject.speakerKey === null || variant.speakerKey === null) return false;
  const around = namesAround(subject, variant);
  // The verdict reads the texts and the names of two words or more around them (the rest name no given name).
  const key = `${subject.text}\u0000${around.filter((name) => name.includes(' ')).sort().join('|')}`;
  if (described)
    return rewordedDescribed(key, variant.text, () =>
      shareName(subject.text, variant.text)
        ? rewordedAssertion(subject.text, variant.text, undefined, around)
        : rewordedAssertion(subject.text, variant.text, DESCRIBED_SHARED_WORDS, around),
    );
  return rewordedNamed(key, variant.text, () => rewordedAssertion(subject.text, variant.text, undefined, around));
}

/**
 * Whether a printing with no speaker and one of a named speaker are one assertion reworded: a quote the article
 * leaves unattributed (a pronoun or role the resolution missed) of what another article prints as a named person's.
 * Only with the evidence a description's printings need (reworded): a name in common and DESCRIBED_SHARED_WORDS words of
 * substance shared, since a missing speaker could be anyone.
 */
function rewordedUnattributed(subject: MergeSubject, variant: ClaimVariant): boolean {
  const [a, b] = [subject.speakerKey, variant.speakerKey];
  const named = (key: string | null, weak: boolean | null | undefined) => key !== null && weak !== true;
  if (!((a === null && named(b, variant.weakSpeaker)) || (b === null && named(a, subject.weakSpeaker)))) return false;
  if (!shareName(subject.text, variant.text)) return false;
  return rewordedAssertion(subject.text, variant.text, DESCRIBED_SHARED_WORDS, namesAround(subject, variant));
}

/**
 * How a mention's speaker and a variant's are one source as a body and one who speaks for it: 'named' when one is
 * a named body and the other's role prints them as speaking for it ("FBI" / "FBI Director"; speaksFor), 'described'
 * when one is a description that the other's role holds ("police" / "Vancouver police Const."; sameSpeakers' 'a'
 * or 'b'); null otherwise. `same`: sameSpeakers' verdict on the two.
 */
function bodySpeaker(subject: MergeSubject, variant: ClaimVariant, same: boolean | 'a' | 'b' | null): 'named' | 'described' | null {
  if (same === 'a' || same === 'b') return 'described';
  if (same !== null || subject.weakSpeaker === true || variant.weakSpeaker === true) return null;
  return speaksFor(subject.speakerKey, variant.role) || speaksFor(variant.speakerKey, subject.role) ? 'named' : null;
}

/** The names around a mention and a variant (their entities), which the rewording reads for two people of one surname (rewordedAssertion). */
const namesAround = (subject: { entities: readonly string[] }, variant: { entities: readonly string[] }) => [...subject.entities, ...variant.entities];

/** reworded's verdicts on two texts, of one named speaker and of one description: they read the texts and the names of two words or more around them. */
const rewordedNamed = boundedPairCache<boolean>(PAIR_MEMO_LIMIT);
const rewordedDescribed = boundedPairCache<boolean>(PAIR_MEMO_LIMIT);

/**
 * Whether two printings join by their words, as compareVariant joins one speaker's (the same words, a part, a
 * quoted stretch, small edits), not by their content alone (compareTexts' sameContent, rewordedAssertion): a
 * wording of a claim is verbatim or reworded by this (dedupe/wordingKinds.ts).
 */
export function joinByWords(a: string, b: string, options: MergeOptions = DEFAULT_MERGE_OPTIONS): boolean {
  const [printingsA, printingsB] = [printingsOf(a, options.minRun), printingsOf(b, options.minRun)];
  return compareVariant(printingsA, printingsB, true, { ...options, byWords: true }).joins;
}

/**
 * Decides which canonical claims a mention joins: quotes and statements by the same speaker that are the same
 * words up to typography, one printing part of the other (up to the end of a clause, or with cuts and a changed
 * word), a stretch one of them quotes, or small edits, or (of one named speaker) the same assertion reworded
 * (rewordedAssertion); figures by value, unit and subject. A printing whose
 * speaker is missing or only described joins a named one's on the same words only (isStrong); two named
 * speakers who differ never join. A different figure or negation keeps them apart and is reported as a conflict.
 * The test is between the mention and each variant on its own (never a claim's aggregate), so claims are
 * the connected components of a pairwise relation and do not depend on the order in which mentions arrive.
 */
export function decideMerge(
  subject: MergeSubject,
  candidates: readonly ClaimCandidate[],
  options: MergeOptions = DEFAULT_MERGE_OPTIONS,
): MergeDecision {
  if (subject.kind === 'number') return decideFigure(subject, candidates);
  const printings = printingsOf(subject.text, options.minRun);
  const matches: string[] = [];
  const conflicts: MergeDecision['conflicts'] = [];
  const speaker: Speaker = { key: subject.speakerKey, weak: subject.weakSpeaker === true, role: subject.role };
  const printedSpeaker = speakerString(speaker);
  for (const candidate of candidates) {
    if (!comparableKinds(candidate.kind, subject.kind)) continue;
    let guard: GuardReason | null = null;
    let matched = false;
    for (const variant of candidate.variants) {
      // A missing or weak speaker is no name to compare: such a pair may join on the same words (isStrong).
      const same = sameSpeakers(
        speaker,
        { key: variant.speakerKey, weak: variant.weakSpeaker === true, role: variant.role },
        printedSpeaker,
        variantSpeakerString(variant),
      );
      // Two named speakers who differ, or printings whose subjects are described as two holders of one office.
      if (same === false || describesTwoPeople(subject.text, variant.text)) continue;
      // A described speaker against a named one ("the Ostrians" / "Jan Olsen, a navy spokesman") may be one source;
      // a missing speaker could be anyone.
      const described = same === null && subject.speakerKey !== null && variant.speakerKey !== null && (subject.weakSpeaker === true) !== (variant.weakSpeaker === true);
      const result = compareVariant(printings, printingsOf(variant.text, options.minRun), same ?? false, { ...options, described, around: namesAround(subject, variant) });
      // A near printing that compareQuotes guards for its negations ("no suspects" for "not ... taken into custody")
      // is asked too: the rewording's own negation guard (another count of negations, odd or even) keeps "a chance"
      // and "no chance" apart. One guarded for a figure printed in one only is not: on MRPC, asking those too
      // joined about one wrong pair in four ("to 45 percent from 23 percent" / "by around 45 percent").
      const named = same === true && subject.speakerKey !== null && subject.weakSpeaker !== true;
      // A body and one who speaks for it (role), named or described ("the ministry" / "ministry spokesman Ann Lee"):
      // one source, whose statement other outlets reword; a described body as a description's printings are.
      const body = bodySpeaker(subject, variant, same);
      if (
        result.joins ||
        (same === true &&
          (sharesSentence(subject.text, variant.text) ||
            printsSentenceOf(subject.text, variant.text, options) ||
            printsSentenceOf(variant.text, subject.text, options) ||
            (result.guard !== 'figure' && reworded(subject, variant)))) ||
        (body !== null && result.guard !== 'figure' && reworded(subject, variant, body === 'described')) ||
        (same === null && result.guard !== 'figure' && rewordedUnattributed(subject, variant)) ||
        (named &&
          (quotesFragmentOf(subject.text, variant.text, options.minRun, namesAround(subject, variant)) ||
            quotesFragmentOf(variant.text, subject.text, options.minRun, namesAround(subject, variant))))
      ) {
        matched = true;
        break;
      }
      if (same !== null) guard ??= result.guard;
    }
    if (matched) matches.push(candidate.id);
    else if (guard) conflicts.push({ claimId: candidate.id, reason: guard });
  }
  const matched = new Set(matches);
  return {
    matches: matches.sort(),
    conflicts: conflicts
      .filter((c) => !matched.has(c.claimId))
      .sort((a, b) => a.claimId.localeCompare(b.claimId)),
  };
}
