import type { StoryOptions } from '../dedupe/groupStories.ts';
import { DEFAULT_STORY_OPTIONS } from '../dedupe/groupStories.ts';
import type { StoryArticle, TermStatistics } from '../dedupe/placeStories.ts';
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

/**
 * Groups a neighbourhood again as regroupNeighbourhood does, elsewhere than on this event loop (a worker's dedupe
 * thread, see startExtractionThreads): the same stories, and meanwhile the event loop answers other transactions.
 */
export type Regrouper = (
  articles: StoryArticle[],
  stats: TermStatistics,
  options: StoryOptions,
  kept: ReadonlySet<string>,
) => Promise<Map<string, string>>;

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

/** What a placement sends with its statements for a batch (PlacementBatcher): see placeLocked. */
interface Along {
  /** Receives the stories instead of writing them (a batch writes them with its next placement's read). */
  defer: (writes: StoryWrites) => void;
  /** An earlier placement's stories, to be written by this one's read (before, when a story is renamed). */
  written?: StoryWrites;
  /** This article's terms, recorded by the earlier placement's read. */
  recorded?: store.stories.RecordedTerms;
  /** The article placed next in the batch, whose terms this one's read records (when it may). */
  next?: Placement;
  /** Receives what recording `next`'s terms told. */
  recordedNext: (recorded: store.stories.RecordedTerms) => void;
  /** Where the neighbourhood is grouped again when not on this event loop (a worker's dedupe thread). */
  regroup?: Regrouper | undefined;
}

/**
 * Places one article (its term counts given) in a transaction that holds the placements lock.
 * @param along in a batch (PlacementBatcher): the stories are not written but deferred, to be written by the next
 * placement's read (one statement: the read reads them as written), and the next article's terms are recorded by
 * this placement's read (one statement: the read reads the database as it was before it, so as if recorded after).
 * So a batch places an article in one round trip, where alone it takes three (record, read, write).
 * @returns the article's story, and whether any other article of the neighbourhood (or of a renamed kept story)
 * changed story.
 */
async function placeLocked(
  tx: Queryable,
  article: ArticleForStory,
  counts: TermCounts,
  options: StoryOptions,
  regroupLimit: number,
  along?: Along,
): Promise<Placed> {
  let written = along?.written;
  // A renamed story's other articles are moved by a statement of their own (rare): the read cannot see through it.
  if (written && written.renamed.size > 0) {
    await store.stories.writeStories(tx, written.stories, written.renamed);
    written = undefined;
  }
  const recorded = along?.recorded ?? (await store.stories.recordTerms(tx, article.id, counts, storyKeyTerms(counts)));
  const lookup = storyLookupTerms(counts, recorded.stats, options);
  // The next article's terms travel with this read unless its row is written by it too, or it is this article again.
  const next = along?.next;
  const recordNext = next && next.article.id !== article.id && !written?.stories.has(next.article.id);
  const {
    articles: neighbours,
    kept,
    stats,
    next: recordedNext,
  } = await store.stories.readNeighbourhood(
    tx,
    { ...article, terms: counts.keys() },
    lookup,
    { windowDays: options.windowDays, limit: STORY_CANDIDATE_LIMIT, regroupLimit },
    {
      ...(written ? { written: written.stories } : {}),
      ...(recordNext ? { next: { id: next.article.id, counts: next.counts, keys: storyKeyTerms(next.counts) } } : {}),
    },
  );
  if (recordedNext) along?.recordedNext(recordedNext);
  const self: StoryArticle = {
    id: article.id,
    publishedAt: article.publishedAt === null ? null : new Date(article.publishedAt),
    counts,
    groupId: article.groupId,
    storyId: null,
  };
  const all = [...neighbours, self];
  const regroup = along?.regroup;
  const stories = regroup ? await regroup(all, stats, options, kept) : regroupNeighbourhood(all, stats, options, kept);
  const renamed = renamedStories(all, stories, kept);
  // No merge is waited for: a figure merge reads its article's story with its candidates in one statement
  // (store.claims.readForMerge), so this placement, committed while one runs, is as if it came after it.
  if (along) along.defer({ stories, renamed });
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

/**
 * How many articles one transaction of a PlacementBatcher places at most, so that it holds the lock a bounded time
 * (16: with two workers the lock is handed from one process to the other at each batch; round tput60, README).
 */
export const PLACEMENT_BATCH_LIMIT = 16;

interface Placement {
  article: ArticleForStory;
  counts: TermCounts;
}

/**
 * Places the articles of one process's dedupe jobs several under one acquisition of the placements lock, which
 * every placement in the database takes in turn (LockBatcher); each is placed exactly as placeStory places it, in
 * one statement an article but the first (see placeLocked).
 */
export class PlacementBatcher extends LockBatcher<Placement, Placed> {
  /** The stories of the batch's last placement, not written yet: the next placement's read writes them, or finish. */
  private unwritten: StoryWrites | undefined;
  /** The terms of the article placed next, recorded by the last placement's read. */
  private recorded: { placement: Placement; recorded: store.stories.RecordedTerms } | undefined;

  constructor(
    db: Db,
    private readonly options: StoryOptions = DEFAULT_STORY_OPTIONS,
    limit = PLACEMENT_BATCH_LIMIT,
    regroup?: Regrouper,
  ) {
    super(
      db,
      {
        lock: store.stories.LOCK_PLACEMENTS,
        inLock: (tx, placement, following) => {
          const written = this.unwritten;
          const recorded = this.recorded?.placement === placement ? this.recorded.recorded : undefined;
          this.unwritten = undefined;
          this.recorded = undefined;
          return placeLocked(tx, placement.article, placement.counts, options, STORY_REGROUP_LIMIT, {
            defer: (writes) => (this.unwritten = writes),
            ...(written ? { written } : {}),
            ...(recorded ? { recorded } : {}),
            ...(following ? { next: following } : {}),
            recordedNext: (next) => {
              if (following) this.recorded = { placement: following, recorded: next };
            },
            regroup,
          });
        },
        alone: ({ article }) => placeAlone(db, article, options, STORY_REGROUP_LIMIT),
        start: () => {
          this.unwritten = undefined;
          this.recorded = undefined;
        },
        finish: async (tx) => {
          const written = this.unwritten;
          this.unwritten = undefined;
          if (written) await store.stories.writeStories(tx, written.stories, written.renamed);
        },
      },
      limit,
    );
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
 * Places an article as placeStory does, in a batch with the other articles this process places on `db` meanwhile,
 * each neighbourhood grouped again by `regroup` (a thread) when given (the batcher keeps its first caller's).
 * @returns its story, and whether other articles changed story.
 */
export function placeStoryInBatch(db: Db, article: ArticleForStory, regroup?: Regrouper): Promise<Placed> {
  return batcherOf(batchers, db, (d) => new PlacementBatcher(d, DEFAULT_STORY_OPTIONS, PLACEMENT_BATCH_LIMIT, regroup)).placeTelling(article);
}
