import { collectKnownNames, findEntities } from './findEntities.ts';
import { splitSentences } from './splitSentences.ts';
import type { ExtractedMention } from './types.ts';

/** The names an article mentions most often (at least twice): what the story is about. */
export function topicEntities(text: string, limit = 3): string[] {
  const sentences = splitSentences(text);
  const known = collectKnownNames(text, sentences);
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    for (const name of new Set(findEntities(sentence.text, known))) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([name]) => name);
}

/**
 * Adds the article's topic names to each figure's subject names: a figure's own sentence often names no
 * subject ("42,000 households in the city"), yet the story does.
 */
export function withTopic(mentions: readonly ExtractedMention[], text: string): ExtractedMention[] {
  if (!mentions.some((m) => m.kind === 'number')) return [...mentions];
  const topic = topicEntities(text);
  return mentions.map((m) =>
    m.kind === 'number' ? { ...m, entities: [...new Set([...m.entities, ...topic])] } : m,
  );
}
