import type { MergeOutcome } from '../dedupe/planMerges.ts';
import type { ArticleVersion } from '../store/claimMerges.ts';
import type { Db } from '../store/db.ts';
import type { StoredMention } from '../store/mentions.ts';
import type { ArticleMerge, BatchExtension, DedupeOptions, MergePlanner } from './mergeMentions.ts';
import { mergeAndJoin, mergeMentions } from './mergeMentions.ts';
import type { StoryJoin, StoryJoinResult, StoryMoves } from './joinStoryFigures.ts';
import { findStoryJoin, joinAlone, joinStoryFigures } from './joinStoryFigures.ts';
import type { StepTimer } from './stepTimer.ts';
import { timeStep } from './stepTimer.ts';
import { batcherOf } from './lockBatcher.ts';

/**
 * How many articles one merge transaction of a MergeBatcher places at most: the union of their scope locks is held
 * until it commits, so a bounded batch keeps the other process's merges from waiting long. With two workers whose
 * merges share a lock (one speaker's quotes), the batches take turns, and each turn costs a handover, BEGIN, the
 * read's and write's fixed part and COMMIT: at 8 nearly every batch was full (7.3-7.7 articles), at 16 a page costs
 * fewer statements and the queues before the locks are shorter (round tput60, README).
 */
export const MERGE_BATCH_LIMIT = 16;

interface WaitingMerge extends ArticleMerge {
  time: StepTimer | undefined;
  queued: number;
  resolve: (merged: MergedArticle) => void;
  reject: (error: unknown) => void;
}

/** What became of an article's mentions, and of its story's figures when they were asked for (see merge). */
export interface MergedArticle extends StoryJoinResult {
  outcomes: MergeOutcome[];
}

interface WaitingJoin {
  join: StoryJoin;
  resolve: (joined: number) => void;
  reject: (error: unknown) => void;
}

/**
 * Merges the articles of one process's dedupe jobs several in one transaction (mergeArticles): the merges of
 * articles that share a scope lock (a speaker's quotes, a figure's names) run one after the other over every
 * process, and each paid a lock handover, BEGIN, its read, its write and COMMIT, round trips that wait for a busy
 * event loop while the locks are held. Articles that arrive while a batch waits for its scope locks join it once
 * they are held, as far as their own are got without waiting (BatchExtension); those that arrive later wait for the
 * next batch (up to `limit` in all); each is placed as it would be merged alone after the batch's earlier articles. When a batch's
 * transaction fails (a deadlock with a placement batch over article rows, a mention gone), its articles are
 * merged again one by one, so that one article's failure is its own job's.
 */
export class MergeBatcher {
  private readonly waiting: WaitingMerge[] = [];
  private readonly joins: WaitingJoin[] = [];
  private draining = false;

  constructor(
    private readonly db: Db,
    private readonly options: DedupeOptions,
    private readonly limit = MERGE_BATCH_LIMIT,
    /** Where merges are planned when not on this event loop (a worker's planning thread). */
    private readonly plan?: MergePlanner,
  ) {}

  /**
   * Merges an article's mentions (as mergeMentions does) in the next batch; `time` receives the time it waited for
   * its batch (merge_batch_wait) and, for the batch it starts, the batch's steps (those of mergeMentions).
   * @returns the outcome of each mention placed here.
   */
  async merge(mentions: readonly StoredMention[], done: ArticleVersion, time?: StepTimer): Promise<MergeOutcome[]> {
    return (await this.mergeTelling(mentions, done, time)).outcomes;
  }

  /**
   * Merges an article's mentions as merge does and, with `storyFigures`, joins the figure claims of its story that
   * agree in the same transaction, after the batch's merges (joinInMerge); a join whose locks another transaction
   * holds is returned as `deferred`, for the caller to make in a later batch (join).
   */
  mergeTelling(mentions: readonly StoredMention[], done: ArticleVersion, time?: StepTimer, storyFigures?: StoryMoves): Promise<MergedArticle> {
    return new Promise<MergedArticle>((resolve, reject) => {
      this.waiting.push({ mentions, done, ...(storyFigures ? { storyFigures } : {}), time, queued: performance.now(), resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  /**
   * Makes a story figure join (joinStoryFigures.ts) in the next batch's transaction, after its merges, its scope
   * locks taken with theirs: so that it neither waits for this process's merges nor keeps them waiting.
   * @returns how many claims it absorbed.
   */
  join(join: StoryJoin): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.joins.push({ join, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.waiting.length > 0 || this.joins.length > 0) {
        await this.mergeBatch(this.waiting.splice(0, this.limit), this.joins.splice(0, this.limit));
      }
    } finally {
      this.draining = false;
    }
  }

  private async mergeBatch(first: readonly WaitingMerge[], joins: readonly WaitingJoin[]): Promise<void> {
    const started = performance.now();
    for (const waiting of first) waiting.time?.('merge_batch_wait', (started - waiting.queued) / 1000);
    // The batch's articles: those it started with, then those it took in once its locks were held (BatchExtension).
    const batch = [...first];
    const extend: BatchExtension = {
      waiting: () => this.waiting.slice(0, Math.max(0, this.limit - batch.length)),
      take: (count) => {
        const now = performance.now();
        for (const waiting of this.waiting.splice(0, count)) {
          waiting.time?.('merge_batch_wait', (now - waiting.queued) / 1000);
          batch.push(waiting);
        }
      },
    };
    let outcomes: MergeOutcome[][];
    let joined: number[];
    let stories: StoryJoinResult[];
    try {
      ({ outcomes, joined, stories } = await mergeAndJoin(this.db, first, joins.map((j) => j.join), this.options, first[0]?.time, this.plan, extend));
    } catch (error) {
      if (batch.length + joins.length === 1) {
        batch[0]?.reject(error);
        joins[0]?.reject(error);
        return;
      }
      for (const waiting of joins) {
        try {
          waiting.resolve(await joinAlone(this.db, waiting.join, this.options));
        } catch (error) {
          waiting.reject(error);
        }
      }
      for (const waiting of batch) {
        try {
          const merged = await mergeMentions(this.db, waiting.mentions, this.options, waiting.done, waiting.time, this.plan);
          const moves = waiting.storyFigures;
          const joinedAlone = moves && waiting.done
            ? await joinStoryFigures(this.db, waiting.done.articleId, this.options, moves.movedOthers, moves.movedInto)
            : 0;
          waiting.resolve({ outcomes: merged, joined: joinedAlone, deferred: null });
        } catch (error) {
          waiting.reject(error);
        }
      }
      return;
    }
    batch.forEach((waiting, i) => waiting.resolve({ outcomes: outcomes[i] ?? [], ...(stories[i] ?? { joined: 0, deferred: null }) }));
    joins.forEach((waiting, i) => waiting.resolve(joined[i] ?? 0));
  }
}

const batchers = new WeakMap<Db, MergeBatcher>();

/** The process's MergeBatcher on `db` (made with the options and planner of its first caller). */
const batcherFor = (db: Db, options: DedupeOptions, plan: MergePlanner | undefined) =>
  batcherOf(batchers, db, (d) => new MergeBatcher(d, options, MERGE_BATCH_LIMIT, plan));

/**
 * Merges an article's mentions as mergeMentions does, in a batch with the other articles this process merges on `db`
 * meanwhile, planned by `plan` (a thread) when given.
 */
export function mergeInBatch(
  db: Db,
  mentions: readonly StoredMention[],
  options: DedupeOptions,
  done: ArticleVersion,
  time?: StepTimer,
  plan?: MergePlanner,
): Promise<MergeOutcome[]> {
  return batcherFor(db, options, plan).merge(mentions, done, time);
}

/**
 * Merges an article's mentions in a batch as mergeInBatch does and joins the figure claims of its story that agree
 * in the same transaction (joinInMerge), where its placement moved other articles as `moves` says; a join whose
 * claims' locks another transaction holds is made in this process's next merge batch (story_figures_join).
 * @returns the outcome of each mention placed here, and how many claims the story's join absorbed.
 */
export async function mergeAndJoinInBatch(
  db: Db,
  mentions: readonly StoredMention[],
  options: DedupeOptions,
  done: ArticleVersion,
  moves: StoryMoves,
  time?: StepTimer,
  plan?: MergePlanner,
): Promise<{ outcomes: MergeOutcome[]; joined: number }> {
  const batcher = batcherFor(db, options, plan);
  const { outcomes, joined, deferred } = await batcher.mergeTelling(mentions, done, time, moves);
  if (!deferred) return { outcomes, joined };
  return { outcomes, joined: await timeStep(time, 'story_figures_join', () => batcher.join(deferred)) };
}

/**
 * Joins the figure claims of an article's story that agree, as joinStoryFigures does, the locked part in the
 * transaction of this process's next merge batch on `db`.
 * @returns how many claims were absorbed.
 */
export async function joinStoryFiguresInBatch(
  db: Db,
  articleId: string,
  options: DedupeOptions,
  movedOthers: boolean,
  movedInto: readonly string[],
  plan?: MergePlanner,
  time?: StepTimer,
): Promise<number> {
  const join = await timeStep(time, 'story_figures_read', () => findStoryJoin(db, articleId, options, movedOthers, movedInto));
  return join ? timeStep(time, 'story_figures_join', () => batcherFor(db, options, plan).join(join)) : 0;
}
