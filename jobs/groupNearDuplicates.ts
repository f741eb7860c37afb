import { findNearDuplicates } from '../dedupe/findNearDuplicates.ts';
import { bandKeys } from '../dedupe/minhash.ts';
import type { Db, Queryable } from '../store/db.ts';
import * as store from '../store/index.ts';

/** An article to group with its near duplicates: its id and MinHash signature. */
export interface SignedArticle {
  id: string;
  signature: number[];
}

/**
 * Groups an article with its near duplicates (wire copy), under the groups lock, its MinHash signature stored.
 * @returns its near-duplicate group.
 */
export function groupNearDuplicates(db: Db, article: SignedArticle): Promise<string> {
  return db.transaction(async (tx) => {
    await store.articles.lockGroups(tx);
    return groupLocked(tx, article);
  });
}

/**
 * Groups one article in a transaction that holds the groups lock.
 * @returns its near-duplicate group.
 */
async function groupLocked(tx: Queryable, article: SignedArticle): Promise<string> {
  const { id, signature } = article;
  const candidates = await store.articles.storeSignature(tx, id, bandKeys(signature));
  const groupIds = findNearDuplicates(signature, candidates).map((c) => c.groupId); // pure
  // Rewriting other articles' groups locks their rows, which placements lock too, several in a transaction: it
  // is done under the placements lock (taken after the groups lock, never before it), so neither waits for
  // rows the other holds while holding some itself. No article row is locked before that.
  if (store.articles.groupsOthers(id, groupIds)) await store.stories.lockPlacements(tx);
  return store.articles.joinGroups(tx, id, signature, groupIds);
}

/** How many articles one transaction of a GroupBatcher groups at most. */
export const GROUP_BATCH_LIMIT = 8;

interface WaitingGroup {
  article: SignedArticle;
  resolve: (groupId: string) => void;
  reject: (error: unknown) => void;
}

/**
 * Groups the articles of one process's dedupe jobs with their near duplicates several under one acquisition of
 * the groups lock, which every grouping in the database takes in turn: each acquisition cost a lock handover, a
 * BEGIN and a COMMIT, round trips that wait for this process's event loop while the lock is held. Articles that
 * arrive while a batch waits for the lock, or is grouped, join it (up to `limit`); each is grouped exactly as
 * groupNearDuplicates groups it, one after the other in the same transaction, so each sees those grouped before
 * it. An article whose grouping rewrites others' rows takes the placements lock as groupNearDuplicates does, but
 * the earlier articles of its batch have written their own rows by then: a placement in progress that rewrites
 * one of those (an article placed before, grouped again) deadlocks with the batch, which PostgreSQL detects. When
 * the batch's transaction fails, so, its articles are grouped again one by one, so that one article's failure is
 * its own job's.
 */
export class GroupBatcher {
  private readonly waiting: WaitingGroup[] = [];
  private draining = false;

  constructor(
    private readonly db: Db,
    private readonly limit = GROUP_BATCH_LIMIT,
  ) {}

  /**
   * Groups an article (as groupNearDuplicates does) in the next batch.
   * @returns its near-duplicate group.
   */
  group(article: SignedArticle): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      this.waiting.push({ article, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.waiting.length > 0) await this.groupBatch();
    } finally {
      this.draining = false;
    }
  }

  private async groupBatch(): Promise<void> {
    const batch: WaitingGroup[] = [];
    const groups: string[] = [];
    try {
      await this.db.transaction(async (tx) => {
        await store.articles.lockGroups(tx);
        // Taken once the lock is held: the articles that arrived while it was awaited are in this batch.
        batch.push(...this.waiting.splice(0, this.limit));
        for (const next of batch) groups.push(await groupLocked(tx, next.article));
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
          waiting.resolve(await groupNearDuplicates(this.db, waiting.article));
        } catch (error) {
          waiting.reject(error);
        }
      }
      return;
    }
    batch.forEach((waiting, i) => waiting.resolve(groups[i] as string));
  }
}

const batchers = new WeakMap<Db, GroupBatcher>();

/** Groups an article as groupNearDuplicates does, in a batch with the other articles this process groups on `db` meanwhile. */
export function groupInBatch(db: Db, article: SignedArticle): Promise<string> {
  let batcher = batchers.get(db);
  if (!batcher) batchers.set(db, (batcher = new GroupBatcher(db)));
  return batcher.group(article);
}
