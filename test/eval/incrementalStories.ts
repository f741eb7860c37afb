/**
 * The store's incremental story placement (store/stories.ts) run in memory: articles arrive one by one,
 * each looks up the articles holding its weightiest terms, takes in their whole stories (only the articles
 * found of a story larger than `regroupLimit`) and that neighbourhood is grouped again. Used to measure
 * arrival order against the batch grouping.
 */
import type { StoryOptions } from '../../dedupe/groupStories.ts';
import { DEFAULT_STORY_OPTIONS } from '../../dedupe/groupStories.ts';
import type { StoryArticle } from '../../dedupe/placeStories.ts';
import {
  regroupNeighbourhood,
  renamedStories,
  STORY_REGROUP_LIMIT,
  storyKeyTerms,
  storyLookupTerms,
} from '../../dedupe/placeStories.ts';
import { termCounts } from '../../dedupe/storyVectors.ts';

export interface ArrivingDocument {
  id: string;
  title?: string;
  text: string;
}

/** Story of every document (its story's least id) after they arrive in the order given. */
export function placeIncrementally(
  docs: readonly ArrivingDocument[],
  copies: ReadonlyMap<string, string>,
  options: StoryOptions = DEFAULT_STORY_OPTIONS,
  regroupLimit = STORY_REGROUP_LIMIT,
): Map<string, string> {
  const articles = new Map<string, StoryArticle>();
  const postings = new Map<string, string[]>();
  const members = new Map<string, Set<string>>();
  const df = new Map<string, number>();
  let total = 0;
  for (const doc of docs) {
    const counts = termCounts(doc, options.nameWeight);
    for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    total += 1;
    const article: StoryArticle = {
      id: doc.id,
      publishedAt: null,
      counts,
      groupId: copies.get(doc.id) ?? doc.id,
      storyId: null,
    };
    const found = new Set<string>();
    for (const term of storyLookupTerms(counts, { total, df }, options))
      for (const id of postings.get(term) ?? []) found.add(id);
    // Copies already placed are one story with it.
    for (const other of articles.values()) if (other.groupId === article.groupId) found.add(other.id);
    const neighbourhood = new Set<string>();
    const kept = new Set<string>();
    for (const id of found) {
      const story = articles.get(id)?.storyId ?? null;
      const whole = story === null ? undefined : members.get(story);
      if (story !== null && whole !== undefined && whole.size > regroupLimit) {
        kept.add(story);
        neighbourhood.add(id);
      } else for (const member of whole ?? [id]) neighbourhood.add(member);
    }
    articles.set(doc.id, article);
    const near = [...neighbourhood, doc.id].map((id) => articles.get(id) as StoryArticle);
    const regrouped = regroupNeighbourhood(near, { total, df }, options, kept);
    const move = (id: string, story: string) => {
      const a = articles.get(id) as StoryArticle;
      if (a.storyId === story) return;
      if (a.storyId) members.get(a.storyId)?.delete(id);
      a.storyId = story;
      const set = members.get(story) ?? new Set<string>();
      set.add(id);
      members.set(story, set);
    };
    for (const [old, story] of renamedStories(near, regrouped, kept))
      for (const id of [...(members.get(old) ?? [])]) move(id, story);
    for (const [id, story] of regrouped) move(id, story);
    for (const term of storyKeyTerms(counts)) {
      const list = postings.get(term);
      if (list) list.push(doc.id);
      else postings.set(term, [doc.id]);
    }
  }
  return new Map([...articles].map(([id, a]) => [id, a.storyId ?? id]));
}
