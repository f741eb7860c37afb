/**
 * A generator of realistic corpora for the dedupe bench: stories told by a skewed number of outlets, each
 * article carrying quotes and figures, every copy printed its own way, with the truth of which mentions are
 * one canonical statement. Deterministic for a seed; streamed story by story, so 1M mentions fit in memory.
 */
import type { MentionKind } from '../extract/types.ts';
import type { QuoteWords } from './composeQuote.ts';
import { changeFigure, composeQuote, composeSibling, flipNegation } from './composeQuote.ts';
import { Random } from './random.ts';
import type { VariantKind } from './renderMention.ts';
import { printEdit, printExact, printFigure, printTrim, printTypography } from './renderMention.ts';
import { drawFigure, makeCast } from './cast.ts';
import type { Cast, Figure, Speaker } from './cast.ts';
import { writeArticle } from './writeArticle.ts';
import type { BenchArticle } from './writeArticle.ts';
import { buildVocabulary } from './vocabulary.ts';
import type { Topic, Vocabulary } from './vocabulary.ts';

export type { BenchArticle, BenchMention } from './writeArticle.ts';
export type { VariantKind } from './renderMention.ts';

/** Which hard case a statement stands for. `near` statements must stay apart from the one they resemble. */
export type StatementFamily =
  | 'quote'
  | 'sibling'
  | 'figureQuote'
  | 'figureChanged'
  | 'negatedQuote'
  | 'negationFlipped'
  | 'boilerplate'
  | 'figure'
  | 'figureValueChanged'
  | 'figureOtherSubject';

export const STATEMENT_FAMILIES: readonly StatementFamily[] = [
  'quote', 'sibling', 'figureQuote', 'figureChanged', 'negatedQuote', 'negationFlipped', 'boilerplate', 'figure',
  'figureValueChanged', 'figureOtherSubject',
];

/** One canonical statement: the truth every mention of it points to. */
export interface BenchStatement {
  truth: number;
  kind: MentionKind;
  family: StatementFamily;
  speaker: Speaker | null;
  /** Quotes: the full form's words. */
  quote: QuoteWords | null;
  /** Figures: value, unit and subject. */
  figure: Figure | null;
  /** The truth id of the statement this one resembles but is not (a sibling, a changed figure, a flip). */
  near: number | null;
  /** Outlets that print this statement in place of `near`'s (a misquote), else the share of articles carrying it. */
  share: number;
}

export interface BenchStory {
  index: number;
  statements: BenchStatement[];
  articles: BenchArticle[];
}

export interface CorpusOptions {
  seed: number;
  /** Mentions to generate; the last article is cut to fit. */
  mentions: number;
}

const BOILERPLATE = [
  'we do not comment on ongoing investigations',
  'we are looking into the matter and will respond in due course',
  'we take these concerns very seriously',
  'we continue to do everything we can to keep our customers informed',
  'the safety of our staff is our first priority',
  'we have been in close contact with the authorities',
  'we will not be commenting further at this stage',
  'we are cooperating fully with the investigation',
];

/** How many outlets tell one story: most one to three, a few fifty and more. */
function drawOutletCount(random: Random): number {
  const band = random.weighted([
    [[1, 1], 40],
    [[2, 2], 20],
    [[3, 3], 12],
    [[4, 9], 16],
    [[10, 49], 9],
    [[50, 200], 3],
  ] as const);
  return random.int(band[0], band[1]);
}

class StoryWriter {
  private truth = 0;
  private readonly boilerplateTruth = new Map<string, number>();
  private readonly figureTruth = new Map<string, number>();
  private readonly recentFigures: Figure[] = [];

  constructor(
    private readonly random: Random,
    private readonly vocabulary: Vocabulary,
    private readonly cast: Cast,
  ) {}

  private statement(fields: Omit<BenchStatement, 'truth'>): BenchStatement {
    return { ...fields, truth: this.truth++ };
  }

  /** A figure statement: one value and unit of one subject is one figure, whichever story or wording carries it. */
  private figureStatement(family: StatementFamily, figure: Figure, near: number | null): BenchStatement {
    const key = `${figure.subject}|${figure.value}|${figure.unit}`;
    let truth = this.figureTruth.get(key);
    if (truth === undefined) this.figureTruth.set(key, (truth = this.truth++));
    return { truth, kind: 'number', family, speaker: null, quote: null, figure, near, share: family === 'figureValueChanged' ? 0.25 : 0.6 };
  }

  private quoteStatement(speaker: Speaker, topic: Topic, family: StatementFamily, guard: 'figure' | 'negation' | null) {
    const kind: MentionKind = this.random.chance(0.1) ? 'statement' : 'quote';
    const quote = composeQuote(this.random, this.vocabulary, topic, guard);
    return this.statement({ kind, family, speaker, quote, figure: null, near: null, share: 0.6 });
  }

  /** The statements of one story: plain quotes, then the hard cases that resemble them. */
  statements(topic: Topic, speakers: readonly Speaker[], subject: string): BenchStatement[] {
    const r = this.random;
    const out: BenchStatement[] = [];
    for (const speaker of speakers) {
      for (let i = r.int(1, 2); i > 0; i--) out.push(this.quoteStatement(speaker, topic, 'quote', null));
    }
    if (r.chance(0.35)) {
      const base = r.pick(out) as BenchStatement & { quote: QuoteWords };
      const quote = composeSibling(r, topic, base.quote);
      out.push(this.statement({ ...base, family: 'sibling', quote, near: base.truth, share: 0.5 }));
    }
    for (const [chance, guard] of [
      [0.2, 'figure'],
      [0.2, 'negation'],
    ] as const) {
      if (!r.chance(chance)) continue;
      const base = this.quoteStatement(r.pick(speakers), topic, guard === 'figure' ? 'figureQuote' : 'negatedQuote', guard);
      const slot = base.quote?.guard;
      if (!base.quote || !slot) continue;
      const words = [...base.quote.words];
      let changed: QuoteWords;
      if (guard === 'figure') {
        words[slot.index] = changeFigure(words[slot.index] as string);
        changed = { ...base.quote, words };
      } else {
        const flipped = flipNegation(words, slot.index);
        const dropped = flipped.length < words.length;
        changed = {
          words: flipped,
          commas: base.quote.commas.map((i) => (dropped && i > slot.index ? i - 1 : i)),
          // Where "not" was dropped, trims keep the two words around the gap: a run on one side only is
          // printed by both statements and could belong to either. So do trims of "do" for "don't" (read as
          // "do not"): they keep the word after it.
          guard: dropped
            ? { kind: 'negation', index: Math.max(0, slot.index - 1), length: 2 }
            : words[slot.index] === "don't"
              ? { ...slot, length: 2 }
              : slot,
        };
      }
      out.push(base);
      const family = guard === 'figure' ? 'figureChanged' : 'negationFlipped';
      out.push(this.statement({ ...base, family, quote: changed, near: base.truth, share: 0.25 }));
    }
    if (r.chance(0.2)) {
      const speaker = r.chance(0.6) ? this.cast.org(subject) : r.pick(speakers);
      const phrase = BOILERPLATE[r.zipf(BOILERPLATE.length, 1)] as string;
      const key = `${speaker.name}|${phrase}`;
      // The same speaker saying the same words is one statement, whichever story carries it.
      let truth = this.boilerplateTruth.get(key);
      if (truth === undefined) this.boilerplateTruth.set(key, (truth = this.truth++));
      const quote: QuoteWords = { words: phrase.split(' '), commas: [], guard: null };
      out.push({ truth, kind: 'quote', family: 'boilerplate', speaker, quote, figure: null, near: null, share: 0.4 });
    }
    for (let i = r.int(1, 2); i > 0; i--) {
      const figure = drawFigure(r, subject);
      out.push(this.figureStatement('figure', figure, null));
      this.recentFigures.push(figure);
      if (this.recentFigures.length > 200) this.recentFigures.shift();
      if (r.chance(0.2)) {
        const changed = { ...figure, value: Number(changeFigure(String(figure.value))) };
        const near = out[out.length - 1]?.truth ?? null;
        out.push(this.figureStatement('figureValueChanged', changed, near));
      }
    }
    const other = this.recentFigures.find((f) => f.subject !== subject);
    if (other && r.chance(0.15)) {
      const figure = { ...drawFigure(r, subject), value: other.value, unit: other.unit };
      out.push(this.figureStatement('figureOtherSubject', figure, null));
    }
    return out;
  }

  /** How one outlet prints one statement. */
  print(statement: BenchStatement, topic: Topic): { text: string; variant: VariantKind } {
    const r = this.random;
    if (statement.figure) return { text: printFigure(statement.figure.value, statement.figure.unit, r), variant: 'figureWording' };
    const quote = statement.quote as QuoteWords;
    const long = quote.words.length >= 8 && statement.family !== 'boilerplate';
    const variant = r.weighted<VariantKind>([
      ['exact', 40],
      ['typography', 25],
      ['trim', long ? 20 : 0],
      ['edit', long ? 15 : 0],
    ]);
    if (variant === 'exact') return { text: printExact(quote), variant };
    if (variant === 'typography') return { text: printTypography(quote, r), variant };
    if (variant === 'trim') return { text: printTrim(quote, r), variant };
    return { text: printEdit(quote, r, [...topic.nouns, ...topic.verbs]), variant };
  }
}

/** Generates stories one by one, endlessly: the same seed gives the same stories. */
export function* generateStories(seed: number): Generator<BenchStory> {
  const random = new Random(seed);
  const vocabulary = buildVocabulary(seed);
  const cast = makeCast(vocabulary);
  const writer = new StoryWriter(random, vocabulary, cast);
  for (let index = 0; ; index++) {
    const topic = vocabulary.topics[random.zipf(vocabulary.topics.length, 0.9)] as Topic;
    const subject = cast.subject(random);
    const place = vocabulary.places[random.zipf(vocabulary.places.length, 1)] as string;
    const speakers = cast.speakers(random, subject);
    const statements = writer.statements(topic, speakers, subject);
    const outlets = random.distinctZipf(cast.outlets.length, drawOutletCount(random), 0.8);
    const articles: BenchArticle[] = [];
    for (const outlet of outlets) {
      const carried: Array<{ statement: BenchStatement; text: string; variant: VariantKind }> = [];
      const replaced = new Set<number>();
      // A conflicting variant stands in for the statement it resembles, in the outlets that misprint it.
      for (const s of statements) if (s.near !== null && s.family !== 'sibling' && random.chance(s.share)) replaced.add(s.near);
      statements.forEach((s, i) => {
        const isVariant = s.near !== null && s.family !== 'sibling';
        const carry = isVariant ? replaced.has(s.near as number) : !replaced.has(s.truth) && (i === 0 || random.chance(s.share));
        if (carry) carried.push({ statement: s, ...writer.print(s, topic) });
      });
      if (carried.length > 0) articles.push(writeArticle(random, cast, { index, outlet, subject, place, topic, carried }));
    }
    yield { index, statements, articles };
  }
}

/** The corpus of exactly `options.mentions` mentions, article by article. */
export function* generateCorpus(options: CorpusOptions): Generator<BenchArticle> {
  let left = options.mentions;
  if (left <= 0) return;
  for (const story of generateStories(options.seed)) {
    for (const article of story.articles) {
      if (article.mentions.length >= left) {
        yield { ...article, mentions: article.mentions.slice(0, left) };
        return;
      }
      left -= article.mentions.length;
      yield article;
    }
  }
}
