import type { MentionKind } from '../extract/types.ts';
import { normalizeUnit } from './candidateKeys.ts';
import type { GuardReason, TextComparison } from './compareTexts.ts';
import { compareTexts } from './compareTexts.ts';
import { tokenize } from './normalizeText.ts';
import { compatibleSpeakers } from './speakerKey.ts';

/** The mention to place. */
export interface MergeSubject {
  kind: MentionKind;
  text: string;
  /** dedupe's speakerKey of the speaker named in the document ("dmitry peskov", "peskov"), or null. */
  speakerKey: string | null;
  value: number | null;
  unit: string | null;
  /** Names around the mention; for a figure, the one it is about first (extract's orderFigureNames). */
  entities: readonly string[];
}

/** One way a claim has been printed: the words, who said them and the names around them. */
export interface ClaimVariant {
  text: string;
  speakerKey: string | null;
  entities: readonly string[];
}

/** A canonical claim found through the key index, with every variant it has been printed in. */
export interface ClaimCandidate {
  id: string;
  kind: MentionKind;
  value: number | null;
  unit: string | null;
  variants: readonly ClaimVariant[];
}

export interface MergeOptions {
  /** Word similarity (without figures and negations) at which two wordings are one statement. */
  threshold: number;
  /** Fewest words a partial quote needs to join the longer quote that contains it. */
  minRun: number;
}

/**
 * 0.75: on MRPC's labelled news sentence pairs (npm run eval -- mrpc) it merges more than 0.8 at a higher
 * precision, and on the dedupe bench's corpus it merges no look-alike; at 0.7 the bench's precision drops.
 */
export const DEFAULT_MERGE_OPTIONS: MergeOptions = Object.freeze({ threshold: 0.75, minRun: 5 });

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

/** The distinctive words of a name, lower case: possessives, punctuation and generic words dropped. */
function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !GENERIC_WORDS.has(w));
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
 * The names a figure could be about, each as its distinctive words sorted and joined ("dmitry peskov"), at
 * most `max` (sameSubject reads no more): their words key and lock figures of one subject and unit.
 */
export function figureNames(entities: readonly string[], max = FIGURE_NAMES): string[] {
  return [...new Set(namesOf(entities).map((words) => [...words].sort().join(' ')))].slice(0, max);
}

/** Largest ratio between two values of one subject and unit that reads as one figure misreported, not two facts. */
const CONFLICT_RATIO = 10;

/** Two values that could be one figure reported two ways ("100 million" and "10 million" users). */
function rivalValues(a: number | null, b: number | null): boolean {
  if (a === null || b === null || a === b || a <= 0 || b <= 0) return false;
  return Math.max(a, b) / Math.min(a, b) <= CONFLICT_RATIO;
}

/**
 * Figures join by value, unit and subject. The same subject and unit with another value (within a factor of
 * CONFLICT_RATIO) is a conflicting variant: one of the two is a misreport, a correction or an update.
 */
function decideFigure(subject: MergeSubject, candidates: readonly ClaimCandidate[]): MergeDecision {
  const unit = normalizeUnit(subject.unit);
  const matches: string[] = [];
  const conflicts: MergeDecision['conflicts'] = [];
  for (const c of candidates) {
    if (c.kind !== 'number' || normalizeUnit(c.unit) !== unit) continue;
    if (!c.variants.some((v) => sameSubject(subject.entities, v.entities))) continue;
    if (c.value === subject.value) matches.push(c.id);
    else if (rivalValues(c.value, subject.value)) conflicts.push({ claimId: c.id, reason: 'figure' });
  }
  return { matches: matches.sort(), conflicts };
}

/** A break between clauses as printed: . , ; : ! ? brackets, double quotes, dashes; not a decimal point or thousands separator. */
const CLAUSE_BREAK = /(?<!\d)[.,]|[.,](?!\d)|[;:!?()[\]"“”«»„—–]|\s-+\s/;

/** Token counts at which a printed text's clauses end, or null when its clauses do not add up to its tokens. */
function clauseEnds(text: string, tokens: readonly string[]): Set<number> | null {
  const ends = new Set<number>();
  let count = 0;
  for (const clause of text.split(CLAUSE_BREAK)) {
    count += tokenize(clause).length;
    ends.add(count);
  }
  return count === tokens.length ? ends : null;
}

/** Whether some printing of `part` inside `whole` stops where `whole` ends a clause (or ends). */
function endsAtClause(part: readonly string[], wholeText: string, whole: readonly string[]): boolean {
  const ends = clauseEnds(wholeText, whole);
  if (!ends) return true; // typography the clause split cannot follow: trust the words alone
  for (let i = 0; i + part.length <= whole.length; i++) {
    if (!part.every((token, j) => whole[i + j] === token)) continue;
    const end = i + part.length;
    if (end === whole.length || ends.has(end)) return true;
  }
  return false;
}

/**
 * Compares two printed quotes (text and its tokens) as compareTexts does, but a quote contained in a longer one
 * must stop where the longer one ends a clause: a cut inside a clause can drop its qualifier ("we will not
 * raise taxes" of "we will not raise taxes unless the deficit grows"). Such a pair is then judged on
 * similarity alone.
 */
export function compareQuotes(
  a: { text: string; tokens: readonly string[] },
  b: { text: string; tokens: readonly string[] },
  options: MergeOptions,
): TextComparison {
  const comparison = compareTexts(a.tokens, b.tokens, options);
  const cut =
    (comparison.relation === 'contains' && !endsAtClause(b.tokens, a.text, a.tokens)) ||
    (comparison.relation === 'contained' && !endsAtClause(a.tokens, b.text, b.tokens));
  return cut
    ? compareTexts(a.tokens, b.tokens, { ...options, minRun: Number.POSITIVE_INFINITY })
    : comparison;
}

/**
 * Decides which canonical claims a mention joins: quotes by the same speaker that are the same words up
 * to typography, one printing part of the other (up to the end of a clause), or small edits; figures by
 * value, unit and subject.
 * A different speaker, figure or negation keeps them apart; the last two are reported as conflicts.
 * The test is between the mention and each variant on its own (never a claim's aggregate), so claims are
 * the connected components of a pairwise relation and do not depend on the order in which mentions arrive.
 */
export function decideMerge(
  subject: MergeSubject,
  candidates: readonly ClaimCandidate[],
  options: MergeOptions = DEFAULT_MERGE_OPTIONS,
): MergeDecision {
  if (subject.kind === 'number') return decideFigure(subject, candidates);
  const printed = { text: subject.text, tokens: tokenize(subject.text) };
  const matches: string[] = [];
  const conflicts: MergeDecision['conflicts'] = [];
  for (const candidate of candidates) {
    if (candidate.kind !== subject.kind) continue;
    let guard: GuardReason | null = null;
    let matched = false;
    for (const variant of candidate.variants) {
      if (!compatibleSpeakers(subject.speakerKey, variant.speakerKey)) continue;
      const comparison = compareQuotes(
        printed,
        { text: variant.text, tokens: tokenize(variant.text) },
        options,
      );
      if (comparison.relation !== 'different') {
        matched = true;
        break;
      }
      guard ??= comparison.guard;
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
