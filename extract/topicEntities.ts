import { collectKnownNames, findEntities } from './findEntities.ts';
import { splitSentences } from './splitSentences.ts';
import type { ExtractedMention } from './types.ts';

/**
 * What the story is about: the names of its lead (the first sentence, which the headline usually echoes) and
 * the names it mentions at least twice, most mentioned first, a lead mention counting twice.
 */
export function topicEntities(text: string, limit = 4): string[] {
  const sentences = splitSentences(text);
  const known = collectKnownNames(text, sentences);
  const counts = new Map<string, number>();
  sentences.forEach((sentence, i) => {
    for (const name of new Set(findEntities(sentence.text, known))) counts.set(name, (counts.get(name) ?? 0) + (i === 0 ? 2 : 1));
  });
  return [...counts]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([name]) => name);
}

/**
 * Gives a figure whose sentence names no one (nor has a speaker, who extractFigures puts first) the article's
 * topic names as its subject context ("42,000 households in the city" in a story about a flood in
 * Carrisford). A figure whose sentence has names keeps them alone, so that the story's other names do not join
 * it to the same-valued figure of another story.
 */
export function withTopic(mentions: readonly ExtractedMention[], text: string): ExtractedMention[] {
  if (!mentions.some((m) => m.kind === 'number' && m.entities.length === 0)) return [...mentions];
  const topic = topicEntities(text);
  return mentions.map((m) => (m.kind === 'number' && m.entities.length === 0 ? { ...m, entities: topic } : m));
}
