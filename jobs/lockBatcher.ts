import type { Db, Queryable } from '../store/db.ts';

/** What a LockBatcher does with each item: take the database-wide lock, handle an item under it, or alone. */
export interface LockedSteps<Item, Result> {
  /**
   * The statement (without parameters) that takes the lock in the batch's transaction, an advisory lock held until
   * it commits: it travels with the transaction's BEGIN (TransactionOptions), one round trip for both.
   */
  lock: string;
  /**
   * Handles one item in the batch's transaction, under the lock, after the batch's earlier items. `following` is the
   * item the batch handles next, when one is waiting (a statement of this item's may carry some of its work).
   */
  inLock(tx: Queryable, item: Item, following?: Item): Promise<Result>;
  /** Handles one item in a transaction of its own, as when the item came alone: the fallback of a failed batch. */
  alone(item: Item): Promise<Result>;
  /**
   * Sends what the batch's items left unsent (a write deferred to travel with the next item's statement), after
   * the last one, before the batch's transaction commits.
   */
  finish?(tx: Queryable): Promise<void>;
  /** Called as each batch's transaction starts: forgets what a failed batch left unsent. */
  start?(): void;
}

interface Waiting<Item, Result> {
  item: Item;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * Handles the items of one process's jobs several under one acquisition of a lock that every process in the
 * database takes in turn: each acquisition costs a lock handover, a BEGIN and a COMMIT, round trips that wait for
 * this process's event loop while the lock is held. Items that arrive while a batch waits for the lock, or is
 * handled, join it (up to `limit`, so that the lock is held a bounded time); each is handled as it would be alone,
 * one after the other in the same transaction, so each sees those handled before it. When the batch's transaction
 * fails, its items are handled again one by one, so that one item's failure is its own job's.
 */
export class LockBatcher<Item, Result> {
  private readonly waiting: Waiting<Item, Result>[] = [];
  private draining = false;

  constructor(
    private readonly db: Db,
    private readonly steps: LockedSteps<Item, Result>,
    private readonly limit: number,
  ) {}

  /** Handles an item in the next batch. */
  protected add(item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.waiting.length > 0) await this.handleBatch();
    } finally {
      this.draining = false;
    }
  }

  private async handleBatch(): Promise<void> {
    const batch: Waiting<Item, Result>[] = [];
    const results: Result[] = [];
    try {
      await this.db.transaction(async (tx) => {
        this.steps.start?.();
        // Taken once the lock is held: the items that arrived while it was awaited are in this batch.
        for (let next = this.waiting.shift(); next !== undefined; next = this.waiting.shift()) {
          batch.push(next);
          // The next item taken (the loop takes the head of the queue), when the batch has room for it.
          const following = batch.length < this.limit ? this.waiting[0]?.item : undefined;
          results.push(await this.steps.inLock(tx, next.item, following));
          if (batch.length >= this.limit) break;
        }
        await this.steps.finish?.(tx);
      }, { begin: this.steps.lock });
    } catch (error) {
      // Nothing taken: the transaction or the lock itself failed (the database is down). Every waiting item fails
      // with that error, to be retried by its job, rather than trying again at once, and for ever.
      if (batch.length === 0) {
        for (const waiting of this.waiting.splice(0)) waiting.reject(error);
        return;
      }
      for (const waiting of batch) {
        try {
          waiting.resolve(await this.steps.alone(waiting.item));
        } catch (error) {
          waiting.reject(error);
        }
      }
      return;
    }
    batch.forEach((waiting, i) => waiting.resolve(results[i] as Result));
  }
}

/** One batcher per database handle, made on first use. */
export function batcherOf<B>(batchers: WeakMap<Db, B>, db: Db, make: (db: Db) => B): B {
  let batcher = batchers.get(db);
  if (!batcher) batchers.set(db, (batcher = make(db)));
  return batcher;
}
