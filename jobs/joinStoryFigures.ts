import type { MergeOptions } from '../dedupe/decideMerge.ts';
import type { StoryFigureClaim } from '../dedupe/storyFigures.ts';
import { claimScopes, storyFigureJoins } from '../dedupe/storyFigures.ts';
import type { Db, Queryable } from '../store/db.ts';
import * as store from '../store/index.ts';
import { lockScopesStatement, tryLockScopes } from '../store/locks.ts';

/**
 * Joins the figure claims of an article's story that agree (dedupe/storyFigures.ts), after the article's merge: its
 * placement may have joined two stories whose figures merged apart. A first read (no lock) says whether any join;
 * only then are the scope locks of those claims taken (those every merge of their figures takes: their value and
 * the words of their names), so that no merge changes them meanwhile, the story read again and the joins written as
 * a merge writes the claims a mention bridges (store.claims.applyMerges). A claim that came into the story between
 * the two reads, whose locks are not held, waits for a later article's join.
 *
 * Only when the placement moved other articles (`movedOthers`: two stories joined, articles moved between them or a
 * story renamed) are all the story's figures compared: otherwise the story's other articles are those it had, whose
 * figures were compared when they merged, and what changed is the article's own figures, so only the claims of a
 * value one of them has are read (those its figures are, and those they may join; a join is within one value, but
 * for a rounded restatement of a near value, which the mention's own merge makes or a later whole read). The
 * other stories the placement moved articles into (`movedInto`, an article of each) are put on a list: the next
 * article of each compares them whole, when the whole read of every article would have joined what they now hold.
 * @returns how many claims were absorbed.
 */
export async function joinStoryFigures(
  db: Db,
  articleId: string,
  options: MergeOptions,
  movedOthers = true,
  movedInto: readonly string[] = [],
): Promise<number> {
  const join = await findStoryJoin(db, articleId, options, movedOthers, movedInto);
  return join ? joinAlone(db, join, options) : 0;
}

/** A story whose figure claims agree, found by an article's first read (no lock): the locks to take to join them. */
export interface StoryJoin {
  articleId: string;
  /** Whether all the story's figures are compared again, not only those of the article's own values. */
  whole: boolean;
  /** The scope locks of the claims read (their value and the words of their names), taken exclusively. */
  scopes: string[];
}

/**
 * joinStoryFigures' first read, without a lock (it marks the stories `movedInto` due, and clears the article's own).
 * @returns the join to make under the claims' scope locks, or null when no claims of the story agree.
 */
export async function findStoryJoin(
  db: Db,
  articleId: string,
  options: MergeOptions,
  movedOthers: boolean,
  movedInto: readonly string[],
): Promise<StoryJoin | null> {
  const seen = await store.claims.readStoryFigures(db, articleId, movedOthers, movedInto);
  if (seen.storyId === null || storyFigureJoins(seen.storyId, seen.claims, options).length === 0) return null;
  return { articleId, whole: seen.whole, scopes: [...new Set(seen.claims.flatMap(claimScopes))] };
}

/** Makes a join in a transaction of its own, its scope locks sent with BEGIN, in one round trip. */
export function joinAlone(db: Db, join: StoryJoin, options: MergeOptions): Promise<number> {
  return db.transaction((tx) => joinLocked(tx, join, options), { begin: lockScopesStatement(join.scopes) });
}

/**
 * Makes a join in a transaction that holds its scope locks (and perhaps others): the story read again and the
 * joins among the claims whose locks it holds written as a merge writes the claims a mention bridges.
 * @returns how many claims were absorbed.
 */
export async function joinLocked(tx: Queryable, join: StoryJoin, options: MergeOptions): Promise<number> {
  const held = new Set(join.scopes);
  const locked = (claim: StoryFigureClaim) => claimScopes(claim).every((scope) => held.has(scope));
  const now = await store.claims.readStoryFigures(tx, join.articleId, join.whole);
  if (now.storyId === null) return 0;
  const redirects = storyFigureJoins(now.storyId, now.claims.filter(locked), options);
  if (redirects.length === 0) return 0;
  const touched = [...new Set(redirects.flatMap((r) => [r.oldId, r.newId]))];
  await store.claims.applyMerges(tx, { claims: [], redirects, placements: [], keys: [], variants: [], conflicts: [], touched }, null);
  return redirects.length;
}

/** Where an article's placement moved other articles (placeStory): what its story figures' read compares. */
export interface StoryMoves {
  movedOthers: boolean;
  movedInto: readonly string[];
}

/** What joinInMerge made of an article's story: the claims it absorbed, or the join left to a later transaction. */
export interface StoryJoinResult {
  joined: number;
  deferred: StoryJoin | null;
}

/**
 * Joins the figure claims of each article's story that agree, as joinStoryFigures does, in the transaction of the
 * articles' own merge, after it (so no join waits for a later transaction): the stories are read under the merge's
 * scope locks (`held`, taken exclusively), every article's in one statement, one after the other; an article whose
 * claims an earlier article's join changed is read again. The locks of the claims read that the merge does not hold
 * are tried without waiting (a wait, out of the order every merge takes its locks in, could deadlock), and when got
 * the story is read again (those claims may have changed before). When one is held elsewhere the join is returned
 * to be made in a later transaction, as joinStoryFigures makes it. `held` gains the locks got.
 * @returns each article's join, in the order given.
 */
export async function joinInMerge(
  tx: Queryable,
  articles: ReadonlyArray<{ articleId: string; moves: StoryMoves }>,
  held: Set<string>,
  options: MergeOptions,
): Promise<StoryJoinResult[]> {
  const reads = await store.claims.readStoryFiguresOfArticles(
    tx,
    articles.map(({ articleId, moves }) => ({ articleId, whole: moves.movedOthers, due: moves.movedInto })),
  );
  // The claims the joins made here absorbed or grew: a later read that holds one of them is stale.
  const changed = new Set<string>();
  const results: StoryJoinResult[] = [];
  for (const [i, { articleId }] of articles.entries()) {
    let seen = reads[i]!;
    if (seen.claims.some((c) => changed.has(c.id))) seen = await store.claims.readStoryFigures(tx, articleId, seen.whole);
    if (seen.storyId === null || storyFigureJoins(seen.storyId, seen.claims, options).length === 0) {
      results.push({ joined: 0, deferred: null });
      continue;
    }
    const scopes = [...new Set(seen.claims.flatMap(claimScopes))];
    const missing = scopes.filter((scope) => !held.has(scope));
    if (!(await tryLockScopes(tx, missing))) {
      results.push({ joined: 0, deferred: { articleId, whole: seen.whole, scopes } });
      continue;
    }
    for (const scope of missing) held.add(scope);
    // Claims whose locks were not held when they were read may have changed since: read again, as a join does.
    if (missing.length > 0) seen = await store.claims.readStoryFigures(tx, articleId, seen.whole);
    const redirects = seen.storyId === null ? [] : storyFigureJoins(seen.storyId, seen.claims.filter((c) => claimScopes(c).every((scope) => held.has(scope))), options);
    if (redirects.length > 0) {
      const touched = [...new Set(redirects.flatMap((r) => [r.oldId, r.newId]))];
      await store.claims.applyMerges(tx, { claims: [], redirects, placements: [], keys: [], variants: [], conflicts: [], touched }, null);
      for (const id of touched) changed.add(id);
    }
    results.push({ joined: redirects.length, deferred: null });
  }
  return results;
}
