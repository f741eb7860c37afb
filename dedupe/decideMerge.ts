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

export const DEFAULT_MERGE_OPTIONS: MergeOptions = Object.freeze({ threshold: 0.8, minRun: 5 });

export interface MergeDecision {
  /** Claims this mention belongs to, sorted; the first survives and absorbs the others. Empty: a new claim. */
  matches: string[];
  /** Near matches kept apart by a guard: conflicting variants. */
  conflicts: Array<{ claimId: string; reason: GuardReason }>;
}

/** The words of names, so that "Benedek" and "Carla Benedek" share one: possessives and short words dropped. */
const nameWords = (entities: readonly string[]) =>
  entities.flatMap((e) =>
    e
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3),
  );

/** Whether two figures speak of the same subject: their names share a word, or one names none. */
function sameSubject(a: readonly string[], b: readonly string[]): boolean {
  const wordsA = new Set(nameWords(a));
  const wordsB = nameWords(b);
  if (wordsA.size === 0 || wordsB.length === 0) return true;
  return wordsB.some((w) => wordsA.has(w));
}

function decideFigure(subject: MergeSubject, candidates: readonly ClaimCandidate[]): MergeDecision {
  const unit = normalizeUnit(subject.unit);
  const matches = candidates
    .filter(
      (c) =>
        c.kind === 'number' &&
        c.value === subject.value &&
        normalizeUnit(c.unit) === unit &&
        c.variants.some((v) => sameSubject(subject.entities, v.entities)),
    )
    .map((c) => c.id);
  return { matches: matches.sort(), conflicts: [] };
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
