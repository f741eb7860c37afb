/** Writes one outlet's article of a story around the statements it carries, with the mentions' offsets. */
import type { ExtractedMention } from '../extract/types.ts';
import type { Cast } from './cast.ts';
import type { BenchStatement, StatementFamily } from './generateCorpus.ts';
import type { Random } from './random.ts';
import type { VariantKind } from './renderMention.ts';
import type { Topic } from './vocabulary.ts';

/** A mention as extraction would give it, plus the truth: the statement it is a copy of. */
export interface BenchMention extends ExtractedMention {
  truth: number;
  family: StatementFamily;
  /** The truth of the statement this one resembles but must stay apart from, if any. */
  near: number | null;
  variant: VariantKind;
}

export interface BenchArticle {
  story: number;
  url: string;
  outlet: string;
  title: string;
  publishedAt: string;
  text: string;
  mentions: BenchMention[];
}

export interface ArticlePlan {
  index: number;
  outlet: number;
  subject: string;
  place: string;
  topic: Topic;
  carried: ReadonlyArray<{ statement: BenchStatement; text: string; variant: VariantKind }>;
}

const START = Date.UTC(2024, 0, 1);
const STORY_SPACING_MS = 20 * 60 * 1000;

/** Builds the article text paragraph by paragraph, recording where each mention's words stand. */
export function writeArticle(random: Random, cast: Cast, plan: ArticlePlan): BenchArticle {
  const outlet = cast.outlets[plan.outlet] ?? { name: 'Unknown', host: 'unknown.example' };
  const curly = random.chance(0.5);
  const paragraphs: string[] = [];
  const mentions: BenchMention[] = [];
  let offset = 0;
  const add = (paragraph: string) => {
    paragraphs.push(paragraph);
    offset += paragraph.length + 2;
  };
  const lead = `${plan.subject} ${random.pick(plan.topic.verbs)} the ${random.pick(plan.topic.nouns)} in ${plan.place}.`;
  add(lead);
  for (const { statement, text, variant } of plan.carried) {
    const base = { truth: statement.truth, family: statement.family, near: statement.near, variant, cue: 'said', qualifier: null };
    if (statement.figure) {
      const before = `${plan.subject} reported `;
      const sentence = `${before}${text} in ${plan.place}.`;
      const entities = random.chance(0.5) ? [plan.subject, plan.place] : [plan.subject];
      mentions.push({
        ...base, kind: 'number', text, start: offset + before.length, end: offset + before.length + text.length,
        speaker: null, speakerRaw: null, speakerStart: null, speakerEnd: null, speakerType: null, role: null, sentence,
        value: statement.figure.value, unit: statement.figure.unit, entities,
      });
      add(sentence);
      continue;
    }
    const speaker = statement.speaker ?? { name: 'Unknown', type: 'person' as const, role: 'source' };
    const before = statement.kind === 'statement' ? `${speaker.name} said that ` : curly ? '\u201c' : '"';
    const sentence =
      statement.kind === 'statement'
        ? `${before}${text}.`
        : `${before}${text}${curly ? '\u201d' : '"'}, ${speaker.name}, the ${speaker.role}, said.`;
    // The name opens a statement ("X said that ...") and follows a quote's closing mark and comma.
    const speakerStart = offset + (statement.kind === 'statement' ? 0 : before.length + text.length + 3);
    mentions.push({
      ...base, kind: statement.kind, text, start: offset + before.length, end: offset + before.length + text.length,
      speaker: speaker.name, speakerRaw: speaker.name, speakerStart, speakerEnd: speakerStart + speaker.name.length, speakerType: speaker.type, role: speaker.role, sentence,
      value: null, unit: null, entities: [speaker.name],
    });
    add(sentence);
  }
  const published = START + plan.index * STORY_SPACING_MS + random.int(0, 48 * 3600) * 1000;
  return {
    story: plan.index,
    url: `https://${outlet.host}/story/${plan.index}-${plan.subject.toLowerCase().replace(/\W+/g, '-')}`,
    outlet: outlet.name,
    title: lead.slice(0, -1),
    publishedAt: new Date(published).toISOString(),
    text: paragraphs.join('\n\n'),
    mentions,
  };
}
