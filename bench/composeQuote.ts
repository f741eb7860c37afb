/** Sentences for generated quotes: English function words around topic words, with figures and negations marked. */
import type { Random } from './random.ts';
import type { Topic, Vocabulary } from './vocabulary.ts';

/** Where a quote carries the word that a changed-figure or flipped-negation variant alters. */
export interface GuardSlot {
  kind: 'figure' | 'negation';
  index: number;
  /** Words from index that trims keep and edits leave alone (default: 3 for a figure, 1 for a negation). */
  length?: number;
}

/** How many words a guard covers. */
export const guardLength = (slot: GuardSlot) => slot.length ?? (slot.kind === 'figure' ? 3 : 1);

/** A quote's words as plain lower-case tokens, the clause breaks (a comma after these words), and its guard. */
export interface QuoteWords {
  words: string[];
  commas: number[];
  guard: GuardSlot | null;
}

const SUBJECTS = ['we', 'i', 'they', 'our government', 'the company', 'our partners', 'the ministry', 'people'];
const MODALS = ['will', 'can', 'must', 'should', 'would'];
const CONNECTORS = ['and', 'but', 'because', 'so', 'while'];

const PLAIN = [
  'S M V the A N of the N',
  'S V that the N is A',
  "it's A to V the N and the N",
  'S have always V our N',
  'this is about the A N in the N',
  'S are V with the N of N',
  'there is a A N for the N',
  'the N of the N is A',
  'S V the N to V the A N',
  'what S need is a A N',
];
/** NEG marks the word a flipped variant changes: "no" -> "a", "not" -> dropped, "never" -> "always", "don't" -> "do". */
const NEGATED = [
  'there is NEG:no chance that the N will V',
  'S will NEG:not V the A N',
  'S have NEG:never V the N of the N',
  'S can NEG:not accept a A N',
  "S NEG:don't V the A N of N",
];
/** FIG marks the figure's leading number; the unit follows. */
const FIGURES = [
  'S expect FIG by the end of the N',
  'more than FIG have V the N',
  'the N will cost FIG',
  'S have V FIG in the A N',
];

export const FIGURE_MANTISSAS = ['100', '10', '50', '20', '40', '300', '12', '25', '60', '200', '1.5', '2.5', '5', '3'];
const SCALES = ['million', 'billion', 'thousand'];
const QUOTE_UNITS = ['people', 'users', 'dollars', 'euros', 'jobs', 'homes', 'tonnes', 'barrels', 'patients', 'votes'];

/** The figure in a changed-figure variant: "100" -> "10", "5" -> "50" (a misprint by a factor of ten). */
export function changeFigure(mantissa: string): string {
  const n = Number(mantissa);
  return n >= 10 && n % 10 === 0 ? String(n / 10) : String(Math.round(n * 100) / 10);
}

/** The negation word flipped: the words of the variant and where the guard now sits. */
export function flipNegation(words: readonly string[], index: number): string[] {
  const word = words[index];
  if (word === 'no') return [...words.slice(0, index), 'a', ...words.slice(index + 1)];
  if (word === 'never') return [...words.slice(0, index), 'always', ...words.slice(index + 1)];
  if (word === "don't") return [...words.slice(0, index), 'do', ...words.slice(index + 1)];
  return [...words.slice(0, index), ...words.slice(index + 1)];
}

/** Draws a topic word (most often) or a word of the whole vocabulary (Zipf-skewed). */
function contentWord(random: Random, topic: Topic, all: readonly string[], fromTopic: readonly string[]): string {
  if (random.chance(0.7)) return fromTopic[random.zipf(fromTopic.length, 0.8)] as string;
  return all[random.zipf(all.length, 1.05)] as string;
}

function fillClause(
  random: Random,
  vocabulary: Vocabulary,
  topic: Topic,
  template: string,
  out: QuoteWords,
): void {
  for (const slot of template.split(' ')) {
    if (slot === 'S') out.words.push(...random.pick(SUBJECTS).split(' '));
    else if (slot === 'M') out.words.push(random.pick(MODALS));
    else if (slot === 'N') out.words.push(contentWord(random, topic, vocabulary.nouns, topic.nouns));
    else if (slot === 'V') out.words.push(contentWord(random, topic, vocabulary.verbs, topic.verbs));
    else if (slot === 'A') out.words.push(contentWord(random, topic, vocabulary.adjectives, topic.adjectives));
    else if (slot.startsWith('NEG:')) {
      out.guard = { kind: 'negation', index: out.words.length };
      out.words.push(slot.slice(4));
    } else if (slot === 'FIG') {
      out.guard = { kind: 'figure', index: out.words.length };
      out.words.push(random.pick(FIGURE_MANTISSAS), random.pick(SCALES), random.pick(QUOTE_UNITS));
    } else out.words.push(slot);
  }
}

/**
 * Composes a quote of one to three clauses; `guard` asks for a clause with a figure or a negation that a
 * conflicting variant can change.
 */
export function composeQuote(
  random: Random,
  vocabulary: Vocabulary,
  topic: Topic,
  guard: GuardSlot['kind'] | null = null,
): QuoteWords {
  const out: QuoteWords = { words: [], commas: [], guard: null };
  const clauses = random.weighted([
    [1, 2],
    [2, 5],
    [3, 3],
  ] as const);
  const guardAt = guard ? random.int(0, clauses - 1) : -1;
  for (let c = 0; c < clauses; c++) {
    if (c > 0) {
      out.commas.push(out.words.length - 1);
      out.words.push(random.pick(CONNECTORS));
    }
    const templates = c === guardAt ? (guard === 'figure' ? FIGURES : NEGATED) : PLAIN;
    fillClause(random, vocabulary, topic, random.pick(templates), out);
  }
  // A one-clause quote is too short to trim or edit; give it a second clause.
  if (out.words.length < 8) {
    out.commas.push(out.words.length - 1);
    out.words.push(random.pick(CONNECTORS));
    fillClause(random, vocabulary, topic, random.pick(PLAIN), out);
  }
  return out;
}

/**
 * A different statement by the same speaker on the same topic: many shared words, but no run of five
 * shared words, so that neither prints a part of the other. Guard words stay.
 */
export function composeSibling(random: Random, topic: Topic, base: QuoteWords): QuoteWords {
  const words = [...base.words];
  const guarded = new Set<number>();
  if (base.guard) {
    const size = guardLength(base.guard);
    for (let i = 0; i < size; i++) guarded.add(base.guard.index + i);
  }
  let sinceChange = 0;
  for (let i = 0; i < words.length; i++) {
    // Change the words on both sides of a guard, so that the runs around it stay short too.
    const must = sinceChange >= 3 || guarded.has(i + 1) || guarded.has(i - 1);
    if (!guarded.has(i) && (must || random.chance(0.4))) {
      const pool = random.chance(0.5) ? topic.nouns : random.chance(0.5) ? topic.verbs : topic.adjectives;
      let replacement = random.pick(pool);
      for (let tries = 0; replacement === words[i] && tries < 5; tries++) replacement = random.pick(pool);
      words[i] = replacement === words[i] ? `${replacement}s` : replacement;
      sinceChange = 0;
    } else sinceChange++;
  }
  return { words, commas: [...base.commas], guard: base.guard };
}
