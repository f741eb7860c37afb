/**
 * Stories as articles arrive. Each article keeps its term counts and a few key terms; an arriving article
 * looks up the articles that hold its weightiest terms (idf over every article seen), takes in the whole
 * stories those belong to, and that neighbourhood is grouped again exactly as groupStories groups a batch.
 * So an article joins or starts a story when it arrives, a story may split or join when a later report
 * shows it is one event or two; two arrival orders may place a few articles apart, and `claims recluster`, which
 * places every stored article again in id order, gives one answer for them. A story of more than STORY_REGROUP_LIMIT articles is not read whole: only
 * its articles found by the lookup are, as one cluster that may take the new article or join another story,
 * but is no longer split, so that placing an article costs the same however large its story has grown.
 */
import type { StoryOptions } from './groupStories.ts';
import { DEFAULT_STORY_OPTIONS, groupStoryVectors, storyIndexTerms } from './groupStories.ts';
import type { TermCounts } from './storyVectors.ts';
import { weighTerms } from './storyVectors.ts';

/** How many of an article's terms are kept as its keys: the terms others find it by. */
export const STORY_KEY_TERMS = 40;

/** How many articles one lookup takes at most (the most recent ones), so a busy term cannot flood it. */
export const STORY_CANDIDATE_LIMIT = 300;

/**
 * Stories of more articles than this are kept whole when an article is placed (see above). Grouping a
 * neighbourhood again compares each pair of its articles, so reading whole stories of hundreds made each
 * placement cost the square of its story's size.
 */
export const STORY_REGROUP_LIMIT = 50;

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
 * stories), as groupStories would group them: every id maps to its story's least id. The articles of a
 * `kept` story (one too large to read whole: only some of its articles are here) start as one cluster, like
 * copies, and its name counts among the ids its cluster is named by, since its other articles go with it.
 */
export function regroupNeighbourhood(
  articles: readonly StoryArticle[],
  stats: TermStatistics,
  options: StoryOptions = DEFAULT_STORY_OPTIONS,
  kept: ReadonlySet<string> = new Set(),
): Map<string, string> {
  const docs = articles.map((a) => ({
    id: a.id,
    publishedAt: a.publishedAt,
    vector: weighTerms(a.counts, stats.df, stats.total),
  }));
  const keptOf = (a: StoryArticle) => (a.storyId !== null && kept.has(a.storyId) ? a.storyId : null);
  // Copies are one story, so a copy of an article of a kept story starts in that story's cluster.
  const storyOfGroup = new Map<string, string>();
  for (const a of articles) {
    const story = keptOf(a);
    if (story !== null) storyOfGroup.set(a.groupId, story);
  }
  const startOf = (a: StoryArticle) => {
    const story = keptOf(a) ?? storyOfGroup.get(a.groupId);
    return story === undefined ? a.groupId : `story ${story}`;
  };
  const copies = new Map(articles.map((a) => [a.id, startOf(a)]));
  const groups = groupStoryVectors(docs, stats.df, options, copies);
  if (kept.size === 0) return groups;
  const least = new Map<string, string>();
  for (const a of articles) {
    const name = groups.get(a.id) as string;
    const story = keptOf(a);
    const own = story !== null && story < a.id ? story : a.id;
    const known = least.get(name);
    if (known === undefined || own < known) least.set(name, own);
  }
  return new Map([...groups].map(([id, name]) => [id, least.get(name) as string]));
}

/**
 * The kept stories whose name changes (old -> new) after a regrouping: their articles that were not read
 * move with those that were.
 */
export function renamedStories(
  articles: readonly StoryArticle[],
  stories: ReadonlyMap<string, string>,
  kept: ReadonlySet<string>,
): Map<string, string> {
  const renamed = new Map<string, string>();
  for (const a of articles) {
    const now = stories.get(a.id);
    if (a.storyId !== null && kept.has(a.storyId) && now !== undefined && now !== a.storyId)
      renamed.set(a.storyId, now);
  }
  return renamed;
}
