import { findNearDuplicates } from '../dedupe/findNearDuplicates.ts';
import { bandKeys } from '../dedupe/minhash.ts';
import type { Db, Queryable } from '../store/db.ts';
import * as store from '../store/index.ts';
import { batcherOf, LockBatcher } from './lockBatcher.ts';

/** An article to group with its near duplicates: its id and MinHash signature. */
export interface SignedArticle {
  id: string;
  signature: number[];
  /** The version of its text the signature is of: the grouping is skipped when the article holds another now. */
  contentHash?: string;
}

/**
 * Groups an article with its near duplicates (wire copy), under the groups lock, its MinHash signature stored.
 * @returns its near-duplicate group; null when the article no longer holds `contentHash`'s text (nothing written).
 */
export function groupNearDuplicates(db: Db, article: SignedArticle): Promise<string | null> {
  return db.transaction((tx) => groupLocked(tx, article), { begin: store.articles.LOCK_GROUPS });
}

/**
 * Groups one article in a transaction that holds the groups lock.
 * @returns its near-duplicate group; null when the article no longer holds `contentHash`'s text.
 */
async function groupLocked(tx: Queryable, article: SignedArticle): Promise<string | null> {
  const { id, signature } = article;
  // With no article sharing a band key, its signature is written in the same statement: it joins no group.
  const candidates = await store.articles.storeSignature(tx, id, bandKeys(signature), article.contentHash ?? null, signature);
  if (candidates === null) return null;
  if (candidates.length === 0) return id;
  const groupIds = findNearDuplicates(signature, candidates).map((c) => c.groupId); // pure
  // Rewriting other articles' groups locks their rows, which placements lock too, several in a transaction: it
  // is done under the placements lock (taken after the groups lock, never before it), so neither waits for
  // rows the other holds while holding some itself. No article row is locked before that.
  if (store.articles.groupsOthers(id, groupIds)) await store.stories.lockPlacements(tx);
  return store.articles.joinGroups(tx, id, signature, groupIds);
}

/**
 * How many articles one transaction of a GroupBatcher groups at most (16: with two workers the lock is handed from
 * one process to the other at each batch; raised with the merge and placement limits in round tput60, README).
 */
export const GROUP_BATCH_LIMIT = 16;

/**
 * Groups the articles of one process's dedupe jobs with their near duplicates several under one acquisition of
 * the groups lock, which every grouping in the database takes in turn (LockBatcher); each is grouped exactly as
 * groupNearDuplicates groups it. An article whose grouping rewrites others' rows takes the placements lock as
 * groupNearDuplicates does, but the earlier articles of its batch have written their own rows by then: a placement
 * in progress that rewrites one of those (an article placed before, grouped again) deadlocks with the batch, which
 * PostgreSQL detects; the batch's articles are then grouped again one by one.
 */
export class GroupBatcher extends LockBatcher<SignedArticle, string | null> {
  constructor(db: Db, limit = GROUP_BATCH_LIMIT) {
    super(
      db,
      {
        lock: store.articles.LOCK_GROUPS,
        inLock: (tx, article) => groupLocked(tx, article),
        alone: (article) => groupNearDuplicates(db, article),
      },
      limit,
    );
  }

  /**
   * Groups an article (as groupNearDuplicates does) in the next batch.
   * @returns its near-duplicate group; null when the article no longer holds `contentHash`'s text.
   */
  group(article: SignedArticle): Promise<string | null> {
    return this.add(article);
  }
}

const batchers = new WeakMap<Db, GroupBatcher>();

/** Groups an article as groupNearDuplicates does, in a batch with the other articles this process groups on `db` meanwhile. */
export function groupInBatch(db: Db, article: SignedArticle): Promise<string | null> {
  return batcherOf(batchers, db, (d) => new GroupBatcher(d)).group(article);
}
