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
import { batcherOf, LockBatcher } from './lockBatcher.ts';

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
  return (await placeAlone(db, article, options, regroupLimit)).storyId;
}

/** Where a placement put its article, and whether it changed the story of any other article (see placeLocked). */
export interface Placed {
  storyId: string;
  /** Whether another article changed story (joined, moved or renamed): only then may two stories' figures meet. */
  movedOthers: boolean;
  /** An article of each story other than the article's own that another article moved into (ids, sorted). */
  movedInto: string[];
}

/** Places an article as placeStory does, and tells whether other articles changed story. */
function placeAlone(db: Db, article: ArticleForStory, options: StoryOptions, regroupLimit: number): Promise<Placed> {
  const counts = termCounts({ title: article.title ?? undefined, text: article.text }, options.nameWeight);
  return db.transaction((tx) => placeLocked(tx, article, counts, options, regroupLimit), { begin: store.stories.LOCK_PLACEMENTS });
}

/** The stories a placement writes (store.stories.writeStories): id -> story, and kept stories renamed. */
interface StoryWrites {
  stories: ReadonlyMap<string, string>;
  renamed: ReadonlyMap<string, string>;
}

/**
 * Places one article (its term counts given) in a transaction that holds the placements lock.
 * @param defer when given, the stories are not written but passed to it (a batch writes them with its next
 * article's terms, in one statement; see PlacementBatcher).
 * @param written an earlier placement's stories, to be written before this one reads anything (with its terms
 * when it may: they write no row of this article and rename no story).
 * @returns the article's story, and whether any other article of the neighbourhood (or of a renamed kept story)
 * changed story.
 */
async function placeLocked(
  tx: Queryable,
  article: ArticleForStory,
  counts: TermCounts,
  options: StoryOptions,
  regroupLimit: number,
  defer?: (writes: StoryWrites) => void,
  written?: StoryWrites,
): Promise<Placed> {
  const together = written !== undefined && written.renamed.size === 0 && !written.stories.has(article.id);
  if (written && !together) await store.stories.writeStories(tx, written.stories, written.renamed);
  const recorded = await store.stories.recordTerms(
    tx,
    article.id,
    counts,
    storyKeyTerms(counts),
    together ? written.stories : undefined,
  );
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
  if (defer) defer({ stories, renamed });
  else await store.stories.writeStories(tx, stories, renamed);
  const storyId = stories.get(article.id) ?? article.id;
  const moved = neighbours.filter((n) => (stories.get(n.id) ?? n.id) !== n.storyId);
  const into = new Map<string, string>();
  for (const n of moved) {
    const story = stories.get(n.id) ?? n.id;
    if (story !== storyId && !into.has(story)) into.set(story, n.id);
  }
  return { storyId, movedOthers: renamed.size > 0 || moved.length > 0, movedInto: [...into.values()].sort() };
}

/** How many articles one transaction of a PlacementBatcher places at most, so that it holds the lock a bounded time. */
export const PLACEMENT_BATCH_LIMIT = 8;

interface Placement {
  article: ArticleForStory;
  counts: TermCounts;
}

/**
 * Places the articles of one process's dedupe jobs several under one acquisition of the placements lock, which
 * every placement in the database takes in turn (LockBatcher); each is placed exactly as placeStory places it.
 */
export class PlacementBatcher extends LockBatcher<Placement, Placed> {
  /**
   * The stories of the batch's last placement, not written yet: they travel with the next article's terms (the
   * write and the count in one statement, one round trip fewer an article under the lock), or before COMMIT.
   */
  private unwritten: StoryWrites | undefined;

  constructor(
    db: Db,
    private readonly options: StoryOptions = DEFAULT_STORY_OPTIONS,
    limit = PLACEMENT_BATCH_LIMIT,
  ) {
    const defer = (writes: StoryWrites) => {
      this.unwritten = writes;
    };
    super(
      db,
      {
        lock: store.stories.LOCK_PLACEMENTS,
        inLock: (tx, { article, counts }) => {
          const written = this.takeUnwritten();
          return placeLocked(tx, article, counts, options, STORY_REGROUP_LIMIT, defer, written);
        },
        alone: ({ article }) => placeAlone(db, article, options, STORY_REGROUP_LIMIT),
        start: () => void this.takeUnwritten(),
        finish: async (tx) => {
          const written = this.takeUnwritten();
          if (written) await store.stories.writeStories(tx, written.stories, written.renamed);
        },
      },
      limit,
    );
  }

  private takeUnwritten(): StoryWrites | undefined {
    const written = this.unwritten;
    this.unwritten = undefined;
    return written;
  }

  /**
   * Places an article (as placeStory does) in the next batch.
   * @returns the article's story.
   */
  async place(article: ArticleForStory): Promise<string> {
    return (await this.placeTelling(article)).storyId;
  }

  /** Places an article as `place` does, and tells whether other articles changed story. */
  placeTelling(article: ArticleForStory): Promise<Placed> {
    const counts = termCounts({ title: article.title ?? undefined, text: article.text }, this.options.nameWeight);
    return this.add({ article, counts });
  }
}

const batchers = new WeakMap<Db, PlacementBatcher>();

/**
 * Places an article as placeStory does, in a batch with the other articles this process places on `db` meanwhile.
 * @returns its story, and whether other articles changed story.
 */
export function placeStoryInBatch(db: Db, article: ArticleForStory): Promise<Placed> {
  return batcherOf(batchers, db, (d) => new PlacementBatcher(d)).placeTelling(article);
}
