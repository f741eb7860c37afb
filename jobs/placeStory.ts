import type { StoryOptions } from '../dedupe/groupStories.ts';
import { DEFAULT_STORY_OPTIONS } from '../dedupe/groupStories.ts';
import type { StoryArticle } from '../dedupe/placeStories.ts';
import {
  regroupNeighbourhood,
  renamedStories,
  STORY_CANDIDATE_LIMIT,
  STORY_REGROUP_LIMIT,
  storyKeyTerms,
  storyLookupTerms,
} from '../dedupe/placeStories.ts';
import type { TermCounts } from '../dedupe/storyVectors.ts';
import { termCounts } from '../dedupe/storyVectors.ts';
import type { Db, Queryable } from '../store/db.ts';
import * as store from '../store/index.ts';

export interface ArticleForStory {
  id: string;
  title: string | null;
  text: string;
  publishedAt: string | null;
  /** Its near-duplicate group. */
  groupId: string;
}

/**
 * Places an article in its story, in one transaction under the placements lock: its terms are counted, the
 * articles holding its weightiest terms and their whole stories (but for large ones) are read, and that
 * neighbourhood is grouped again (dedupe/placeStories.ts). Other articles of the neighbourhood may change story.
 * @returns the article's story.
 */
export async function placeStory(
  db: Db,
  article: ArticleForStory,
  options: StoryOptions = DEFAULT_STORY_OPTIONS,
  regroupLimit = STORY_REGROUP_LIMIT,
): Promise<string> {
  const counts = termCounts({ title: article.title ?? undefined, text: article.text }, options.nameWeight);
  return db.transaction(async (tx) => {
    await store.stories.lockPlacements(tx);
    return placeLocked(tx, article, counts, options, regroupLimit);
  });
}

/** Places one article (its term counts given) in a transaction that holds the placements lock. */
async function placeLocked(
  tx: Queryable,
  article: ArticleForStory,
  counts: TermCounts,
  options: StoryOptions,
  regroupLimit: number,
): Promise<string> {
  const recorded = await store.stories.recordTerms(tx, article.id, counts, storyKeyTerms(counts));
  const lookup = storyLookupTerms(counts, recorded.stats, options);
  const {
    articles: neighbours,
    kept,
    stats,
  } = await store.stories.readNeighbourhood(tx, { ...article, terms: counts.keys() }, lookup, {
    windowDays: options.windowDays,
    limit: STORY_CANDIDATE_LIMIT,
    regroupLimit,
  });
  const self: StoryArticle = {
    id: article.id,
    publishedAt: article.publishedAt === null ? null : new Date(article.publishedAt),
    counts,
    groupId: article.groupId,
    storyId: null,
  };
  const all = [...neighbours, self];
  const stories = regroupNeighbourhood(all, stats, options, kept);
  const renamed = renamedStories(all, stories, kept);
  // No merge is waited for: a figure merge reads its article's story with its candidates in one statement
  // (store.claims.readForMerge), so this placement, committed while one runs, is as if it came after it.
  await store.stories.writeStories(tx, stories, renamed);
  return stories.get(article.id) ?? article.id;
}

/** How many articles one transaction of a PlacementBatcher places at most, so that it holds the lock a bounded time. */
export const PLACEMENT_BATCH_LIMIT = 8;

interface WaitingPlacement {
  article: ArticleForStory;
  counts: TermCounts;
  resolve: (storyId: string) => void;
  reject: (error: unknown) => void;
}

/**
 * Places the articles of one process's dedupe jobs several under one acquisition of the placements lock: the
 * placements are one at a time for the whole database, and each acquisition costs a lock handover, a BEGIN
 * and a COMMIT, round trips that wait for this process's event loop while the lock is held. Articles that
 * arrive while a batch waits for the lock, or is placed, join it (up to `limit`); each is placed exactly as
 * placeStory places it, one after the other in the same transaction, so each sees those placed before it.
 * When the batch's transaction fails, its articles are placed again one by one, so that one article's
 * failure is its own job's.
 */
export class PlacementBatcher {
  private readonly waiting: WaitingPlacement[] = [];
  private draining = false;

  constructor(
    private readonly db: Db,
    private readonly options: StoryOptions = DEFAULT_STORY_OPTIONS,
    private readonly limit = PLACEMENT_BATCH_LIMIT,
  ) {}

  /**
   * Places an article (as placeStory does) in the next batch.
   * @returns the article's story.
   */
  place(article: ArticleForStory): Promise<string> {
    const counts = termCounts(
      { title: article.title ?? undefined, text: article.text },
      this.options.nameWeight,
    );
    return new Promise<string>((resolve, reject) => {
      this.waiting.push({ article, counts, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.waiting.length > 0) await this.placeBatch();
    } finally {
      this.draining = false;
    }
  }

  private async placeBatch(): Promise<void> {
    const batch: WaitingPlacement[] = [];
    const stories: string[] = [];
    try {
      await this.db.transaction(async (tx) => {
        await store.stories.lockPlacements(tx);
        // Taken once the lock is held: the articles that arrived while it was awaited are in this batch.
        for (let next = this.waiting.shift(); next !== undefined; next = this.waiting.shift()) {
          batch.push(next);
          stories.push(await placeLocked(tx, next.article, next.counts, this.options, STORY_REGROUP_LIMIT));
          if (batch.length >= this.limit) break;
        }
      });
    } catch (error) {
      // Nothing taken: the transaction or the lock itself failed (the database is down). Every waiting article fails
      // with that error, to be retried by its job, rather than trying again at once, and for ever.
      if (batch.length === 0) {
        for (const waiting of this.waiting.splice(0)) waiting.reject(error);
        return;
      }
      for (const waiting of batch) {
        try {
          waiting.resolve(await placeStory(this.db, waiting.article, this.options));
        } catch (error) {
          waiting.reject(error);
        }
      }
      return;
    }
    batch.forEach((waiting, i) => waiting.resolve(stories[i] as string));
  }
}

const batchers = new WeakMap<Db, PlacementBatcher>();

/** Places an article as placeStory does, in a batch with the other articles this process places on `db` meanwhile. */
export function placeStoryInBatch(db: Db, article: ArticleForStory): Promise<string> {
  let batcher = batchers.get(db);
  if (!batcher) batchers.set(db, (batcher = new PlacementBatcher(db)));
  return batcher.place(article);
}
