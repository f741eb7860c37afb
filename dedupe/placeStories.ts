/**
 * Stories as articles arrive. Each article keeps its term counts and a few key terms; an arriving article
 * looks up the articles that hold its weightiest terms (idf over every article seen), takes in the whole
 * stories those belong to, and that neighbourhood is grouped again exactly as groupStories groups a batch.
 * So an article joins or starts a story when it arrives, a story may split or join when a later report
 * shows it is one event or two, and `claims recluster` (the batch grouping) gives the same stories
 * whatever the order of arrival.
 */
import type { StoryOptions } from './groupStories.ts';
import { DEFAULT_STORY_OPTIONS, groupStoryVectors, storyIndexTerms } from './groupStories.ts';
import type { TermCounts } from './storyVectors.ts';
import { weighTerms } from './storyVectors.ts';

/** How many of an article's terms are kept as its keys: the terms others find it by. */
export const STORY_KEY_TERMS = 40;

/** How many articles one lookup takes at most (the most recent ones), so a busy term cannot flood it. */
export const STORY_CANDIDATE_LIMIT = 300;

/** An article as stories see it. */
export interface StoryArticle {
  id: string;
  publishedAt: Date | null;
  counts: TermCounts;
  /** Its near-duplicate group (its own id when alone): copies are one story. */
  groupId: string;
  /** Its story so far (null when it has none yet). */
  storyId: string | null;
}

/** What is known of every article seen: how many there are and how many hold each term. */
export interface TermStatistics {
  total: number;
  df: ReadonlyMap<string, number>;
}

/**
 * The terms an article is found by: its most frequent, names first (a name counts as several words), so
 * that a later report finds it before idf can tell which of its terms are rare.
 */
export function storyKeyTerms(counts: TermCounts, limit = STORY_KEY_TERMS): string[] {
  return [...counts]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, limit)
    .map(([term]) => term);
}

/** The terms an arriving article looks others up by: its weightiest under the idf of every article seen. */
export function storyLookupTerms(
  counts: TermCounts,
  stats: TermStatistics,
  options: StoryOptions = DEFAULT_STORY_OPTIONS,
): string[] {
  return storyIndexTerms(weighTerms(counts, stats.df, stats.total), stats.df, options);
}

/**
 * Groups a neighbourhood again (an arriving article, the articles it found and every member of their
 * stories), as groupStories would group them: every id maps to its story's least id.
 */
export function regroupNeighbourhood(
  articles: readonly StoryArticle[],
  stats: TermStatistics,
  options: StoryOptions = DEFAULT_STORY_OPTIONS,
): Map<string, string> {
  const docs = articles.map((a) => ({
    id: a.id,
    publishedAt: a.publishedAt,
    vector: weighTerms(a.counts, stats.df, stats.total),
  }));
  const copies = new Map(articles.map((a) => [a.id, a.groupId]));
  return groupStoryVectors(docs, stats.df, options, copies);
}
