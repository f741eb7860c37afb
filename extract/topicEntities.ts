import type { TextAnalysis } from './analyzeText.ts';
import { textTokens } from './analyzeText.ts';
import { findEntities } from './findEntities.ts';
import type { ExtractedMention } from './types.ts';

/**
 * What the story is about: the names of its lead (the first sentence, which the headline usually echoes) and
 * the names it mentions at least twice, most mentioned first, a lead mention counting twice.
 */
export function topicEntities(analysis: TextAnalysis, limit = 4): string[] {
  const counts = new Map<string, number>();
  analysis.sentences.forEach((sentence, i) => {
    const names = findEntities(textTokens(analysis, sentence.start, sentence.end), analysis.known);
    for (const name of new Set(names)) counts.set(name, (counts.get(name) ?? 0) + (i === 0 ? 2 : 1));
  });
  return [...counts]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([name]) => name);
}

/** Words of four letters or more that say nothing of what a figure is about. */
const FUNCTION_WORDS = new Set([
  'that', 'this', 'these', 'those', 'with', 'from', 'have', 'been', 'were', 'will', 'would', 'could', 'should',
  'about', 'after', 'before', 'than', 'more', 'over', 'into', 'their', 'there', 'they', 'which', 'while', 'some',
  'such', 'also', 'said', 'says', 'according', 'nearly', 'almost', 'around', 'roughly', 'least', 'most', 'only',
  'just', 'still', 'already', 'being', 'what', 'when', 'where', 'whose', 'other', 'another', 'each', 'every',
]);

/**
 * What a figure whose sentence names no one is about, read from its sentence: its content words outside the
 * figure, lower case, as one phrase ("repairs bridge expected cost" of "Repairs to the bridge are expected to
 * cost more than £12 million"). Two printings of one sentence, or one trimmed, share it (decideMerge compares
 * names by their words: a shorter form counts); a sentence of another subject does not. Null under two words.
 */
export function sentenceSubject(sentence: string, figureText: string): string | null {
  const words = sentence
    .replace(figureText, ' ')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4 && !FUNCTION_WORDS.has(w));
  const unique = [...new Set(words)].slice(0, 12);
  return unique.length >= 2 ? unique.join(' ') : null;
}

/**
 * Gives a figure whose sentence names no one (nor has a speaker, who extractFigures puts first) a subject
 * from its sentence's own words, then the article's topic names as context ("42,000 households in the city"
 * in a story about a flood in Carrisford). A figure whose sentence has names keeps them alone, so that the
 * story's other names do not join it to the same-valued figure of another story.
 */
export function withTopic(mentions: readonly ExtractedMention[], analysis: TextAnalysis): ExtractedMention[] {
  if (!mentions.some((m) => m.kind === 'number' && m.entities.length === 0)) return [...mentions];
  const topic = topicEntities(analysis);
  return mentions.map((m) => {
    if (m.kind !== 'number' || m.entities.length > 0) return m;
    const own = sentenceSubject(m.sentence, m.text);
    return { ...m, entities: own === null ? topic : [own, ...topic.filter((name) => name !== own)] };
  });
}
