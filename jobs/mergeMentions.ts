import { figureKeys, textKeys } from '../dedupe/candidateKeys.ts';
import { figureNameScopes, figureValueScope } from '../dedupe/storyFigures.ts';
import { figureNames } from '../dedupe/decideMerge.ts';
import type { MergeOptions } from '../dedupe/decideMerge.ts';
import type { MentionToPlace, MergeOutcome, MergePlan } from '../dedupe/planMerges.ts';
import { planMerges } from '../dedupe/planMerges.ts';
import { isWeakSpeaker, roleBodyWords, speakerKey, surnameOf } from '../dedupe/speakerKey.ts';
import type { Db, Queryable } from '../store/db.ts';
import * as store from '../store/index.ts';
import { lockScopesStatement, tryLockGroups } from '../store/locks.ts';
import type { ArticleVersion } from '../store/claimMerges.ts';
import { MERGE_SETTINGS, VariantCache } from '../store/claimMerges.ts';
import type { StoredMention } from '../store/mentions.ts';
import type { SpeakerInput } from '../store/speakers.ts';
import type { StoryJoin, StoryJoinResult, StoryMoves } from './joinStoryFigures.ts';
import { joinInMerge, joinLocked } from './joinStoryFigures.ts';
import type { StepTimer } from './stepTimer.ts';
import { timeStep } from './stepTimer.ts';

export type DedupeOptions = MergeOptions;

/**
 * Plans a merge as planMerges does, elsewhere than on this event loop (a worker's planning thread, see
 * startExtractionThreads): the plan is the same, and meanwhile the event loop answers other transactions.
 */
export type MergePlanner = (mentions: MentionToPlace[], options: MergeOptions) => Promise<MergePlan>;

/** Each database's candidate variants as this process read them (VariantCache: checked against the rows at each read). */
const variantCaches = new WeakMap<Db, VariantCache>();
const variantCacheOf = (db: Db) => {
  let cache = variantCaches.get(db);
  if (!cache) variantCaches.set(db, (cache = new VariantCache()));
  return cache;
};

/** The scope every quote and statement merge holds: shared when its speaker is named, else exclusive. */
const TEXT_SCOPE = 'text|*';

/** Where a mention merges: the scope locks it needs, its speaker's comparable key and its candidate keys. */
function planOf(mention: StoredMention) {
  const isFigure = mention.kind === 'number';
  const key = mention.speaker ? speakerKey(mention.speaker) : '';
  const weak = isWeakSpeaker(mention.speaker);
  // Quotes and statements of one surname merge one after the other (they may join each other); one whose speaker
  // is missing or only described ("police") may join anyone's on the same words, so it waits for every other
  // quote and statement merge (which hold TEXT_SCOPE shared). A figure locks each word of its names with its
  // unit, which any figure it may join or rival shares. Either way two mentions that may meet are merged one
  // after the other and see each other (one joins the other's claim, or they are linked as conflicting variants).
  const names = isFigure ? figureNames(mention.entities) : [];
  // A spokesman's printings are keyed with the body their role names too ("FBI Director": fbi), and merge after its.
  const bodies = isFigure ? [] : roleBodyWords(mention.role, key).filter((word) => word !== surnameOf(key));
  const keys = isFigure ? figureKeys(mention.value, mention.unit, names) : textKeys(mention.text, surnameOf(key), bodies);
  const scopes = isFigure
    ? figureNameScopes(mention.unit, mention.entities)
    : key && !weak
      ? [`text|${surnameOf(key)}`, ...bodies.map((word) => `text|${word}`)]
      : [TEXT_SCOPE];
  const shared = isFigure || !key || weak ? [] : [TEXT_SCOPE];
  const locks = key ? [...scopes, store.speakers.speakerScope(surnameOf(key))] : scopes;
  return { mention, isFigure, key, weak, locks, shared, keys };
}

/**
 * The mentions of one article version to merge, and the version to mark merged (none in one-off merges); with
 * `storyFigures` (where its placement moved other articles), the figure claims of its story that agree are joined
 * after its merge, in the same transaction (joinInMerge).
 */
export interface ArticleMerge {
  mentions: readonly StoredMention[];
  done?: ArticleVersion;
  storyFigures?: StoryMoves;
}

/** What merging several articles made: each article's outcomes and story join, and what each join given absorbed. */
export interface MergedArticles {
  outcomes: MergeOutcome[][];
  joined: number[];
  stories: StoryJoinResult[];
}

const NO_STORY_JOIN: StoryJoinResult = { joined: 0, deferred: null };

/**
 * Places mentions (an article's) in their canonical claims in one transaction and a fixed number of
 * statements, `done` (an article version) marked merged in the same transaction. Every scope lock the
 * mentions need (a quote's speaker surname, a figure's unit and names, the speaker) is taken at once, in
 * one order, so concurrent merges queue up instead of deadlocking; then one statement locks the mentions
 * still unplaced and reads their candidates and what is known of their speakers; the speakers are resolved
 * (a statement only when one is new), the merge planned in memory (decideMerge is pure) and written, the
 * touched claims recomputed, in one statement. A mention another worker placed first is skipped.
 * `time` receives the time of its steps: merge (the whole transaction, BEGIN to COMMIT), and in it merge_locks
 * (waiting for the scope locks), then merge_read, merge_plan (speakers resolved, the merge planned) and
 * merge_write, while they are held.
 * @returns the outcome of each mention placed here.
 */
export async function mergeMentions(
  db: Db,
  mentions: readonly StoredMention[],
  options: DedupeOptions,
  done?: ArticleVersion,
  time?: StepTimer,
  plan?: MergePlanner,
): Promise<MergeOutcome[]> {
  const [outcomes = []] = await mergeArticles(db, [done ? { mentions, done } : { mentions }], options, time, plan);
  return outcomes;
}

/**
 * Merges the mentions of several articles as mergeMentions merges one article's, in one transaction and the
 * same statements: the scope locks of them all taken at once, one read, one plan (planMerges places the
 * mentions one after the other, each article's after the earlier articles', as if each article were merged
 * alone in that order) and one write that marks every article merged. So the merges of several dedupe jobs
 * take one acquisition of their locks, one BEGIN, read, write and COMMIT, instead of one each: merges that share
 * a lock (a speaker's quotes, a figure's names) run one after the other, and these round trips are what they
 * wait for. The speakers of all the articles are resolved together (full names first, as for one article, each
 * name stored as resolving the articles one after the other would store it): a lone surname of an earlier article
 * of the batch resolves through a full name of a later one at once instead of being folded into it, to the same
 * speaker (the speakers of a surname that two full names of the batch answer to, which one at a time depend on the
 * order of arrival, are those of the full names coming first).
 * @returns the outcomes of each article's mentions placed here, in the order given.
 */
export async function mergeArticles(
  db: Db,
  articles: readonly ArticleMerge[],
  options: DedupeOptions,
  time?: StepTimer,
  plan?: MergePlanner,
): Promise<MergeOutcome[][]> {
  return (await mergeAndJoin(db, articles, [], options, time, plan)).outcomes;
}

/**
 * Merges articles as mergeArticles does and, in the same transaction, after their merges, makes story figure joins
 * (joinStoryFigures.ts: joinLocked) found by articles merged before: their scope locks are taken with the merges',
 * in the same statement; then joins the story figures of each article given `storyFigures` (joinInMerge). A join would otherwise take them in a transaction of its own, which holds the locks it got
 * first while it waits for the others, held by a merge, and so keeps the next merge waiting in turn. With `plan` the
 * merge is planned by it (a thread) instead of on this event loop, the same plan.
 * @returns the outcomes of each article's mentions, in the order given, and how many claims each join absorbed.
 */
export async function mergeAndJoin(
  db: Db,
  articles: readonly ArticleMerge[],
  joins: readonly StoryJoin[],
  options: DedupeOptions,
  time?: StepTimer,
  plan?: MergePlanner,
  extend?: BatchExtension,
): Promise<MergedArticles> {
  // A mention is placed once, by the first article that lists it (the same article twice in a batch places it once).
  const seen = new Set<string>();
  const planned = planArticles(articles, seen);
  const pieces = piecesUnderLockLimit(planned, articles, MAX_MERGE_LOCKS);
  if (pieces.length <= 1) {
    return timeStep(time, 'merge', () => mergeInTransaction(db, planned, articles, joins, options, time, plan, extend && { extend, seen }));
  }
  // Too many scope locks for one transaction (a page of thousands of mentions): the articles' mentions are merged
  // piece after piece, in order, each piece in a transaction of its own; an article is marked merged with its last
  // piece, and the joins are made with the last piece (an article's story figures with its own last piece).
  const outcomes = articles.map((): MergeOutcome[] => []);
  const stories = articles.map(() => NO_STORY_JOIN);
  let joined: number[] = [];
  for (const [n, piece] of pieces.entries()) {
    const last = n === pieces.length - 1;
    const result = await timeStep(time, 'merge', () =>
      mergeInTransaction(
        db,
        piece.map((part) => part.plans),
        piece.map((part) => {
          const storyFigures = part.done ? articles[part.article]?.storyFigures : undefined;
          return { mentions: part.plans.map((p) => p.mention), ...(part.done ? { done: part.done } : {}), ...(storyFigures ? { storyFigures } : {}) };
        }),
        last ? joins : [],
        options,
        time,
        plan,
      ),
    );
    piece.forEach((part, i) => {
      outcomes[part.article]?.push(...(result.outcomes[i] ?? []));
      if (part.done) stories[part.article] = result.stories[i] ?? NO_STORY_JOIN;
    });
    if (last) joined = result.joined;
  }
  return { outcomes, joined, stories };
}

/**
 * Articles a merge batch may take in once its scope locks are held (MergeBatcher): those that arrived while it waited
 * for them, merged after the batch's own articles, in order, as the next batch would merge them.
 */
export interface BatchExtension {
  /** The articles waiting now, in order (as many as the batch has room for). */
  waiting(): readonly ArticleMerge[];
  /** The first `count` of them are merged by this batch, after its own articles. */
  take(count: number): void;
}

/** Each article's mentions planned (planOf), with the article whose story they join; a mention `seen` before is left out. */
function planArticles(articles: readonly ArticleMerge[], seen: Set<string>): PlannedMention[][] {
  return articles.map(({ mentions: listed, done }) => {
    const mentions = listed.filter((m) => !seen.has(m.id) && seen.add(m.id));
    // Figures join within their article's story as it is now: readForMerge reads each article's story with the
    // candidates, in one snapshot, so no placement needs to wait for this merge (one committed meanwhile is as if
    // it came after it). A figure finds the figures of its value in its story whatever they name, so it locks its
    // value (its story is not known before the read): two figures of one value merge one after the other, in one
    // story or not (figures of other values meet through keys, under the scope locks of their names).
    const plans = mentions.map(planOf);
    const storyOf = done && plans.some((p) => p.isFigure) ? done.articleId : null;
    return plans.map((p) => ({
      ...p,
      storyOf,
      locks: p.isFigure && storyOf ? [...p.locks, figureValueScope(p.mention.value)] : p.locks,
    }));
  });
}

/**
 * The most scope locks one merge transaction takes (distinct scopes). Each is an entry of PostgreSQL's shared lock
 * table, which holds max_locks_per_transaction (64) times max_connections (100) entries for every session together:
 * a page of thousands of quotes and figures (a live blog) asked for more than 16,000 at once and failed with "out of
 * shared memory", its mentions left unmerged.
 */
export const MAX_MERGE_LOCKS = 2000;

type PlannedMention = ReturnType<typeof planOf> & { storyOf: string | null; locks: string[] };

/** A run of one article's planned mentions in a piece, with the version to mark merged when it is the article's last. */
interface PiecePart {
  article: number;
  plans: PlannedMention[];
  done?: ArticleVersion;
}

/**
 * The articles' planned mentions cut, in order, into pieces whose distinct scope locks number at most `limit` (a
 * mention needing more goes alone): one piece, the whole, when they fit. An article with no mention to place stays
 * in the piece where it comes, to be marked merged.
 */
export function piecesUnderLockLimit(
  planned: ReadonlyArray<ReadonlyArray<PlannedMention>>,
  articles: readonly ArticleMerge[],
  limit: number,
): PiecePart[][] {
  const pieces: PiecePart[][] = [[]];
  let locks = new Set<string>();
  planned.forEach((plans, article) => {
    const done = articles[article]?.done;
    let part: PiecePart = { article, plans: [] };
    pieces[pieces.length - 1]?.push(part);
    for (const p of plans) {
      const fresh = [...new Set([...p.locks, ...p.shared])].filter((lock) => !locks.has(lock));
      if (locks.size > 0 && locks.size + fresh.length > limit) {
        locks = new Set();
        if (part.plans.length === 0) pieces[pieces.length - 1]?.pop();
        part = { article, plans: [] };
        pieces.push([part]);
      }
      for (const lock of [...p.locks, ...p.shared]) locks.add(lock);
      part.plans.push(p);
    }
    if (done) part.done = done;
  });
  return pieces;
}

/**
 * mergeAndJoin's transaction, each article's mentions planned (planOf, with the article whose story they join). With
 * `extension`, once the batch's scope locks are held, the articles that came meanwhile are taken in after its own,
 * in order, as far as their scope locks are got at once (tryLockGroups: no wait, so no deadlock) and fit under
 * MAX_MERGE_LOCKS: they would otherwise wait for the next batch, and that batch's locks, BEGIN, read, write and
 * COMMIT (merge_extend times the try). Their outcomes and story joins follow the batch's own.
 */
function mergeInTransaction(
  db: Db,
  batchPlanned: ReadonlyArray<ReadonlyArray<PlannedMention>>,
  batchArticles: readonly ArticleMerge[],
  joins: readonly StoryJoin[],
  options: DedupeOptions,
  time: StepTimer | undefined,
  planner: MergePlanner | undefined,
  extension?: { extend: BatchExtension; seen: Set<string> },
): Promise<MergedArticles> {
  const planned = [...batchPlanned];
  const articles = [...batchArticles];
  const versions = () => articles.flatMap((a) => (a.done ? [a.done] : []));
  const markDone = async (tx: Queryable) => {
    for (const done of versions()) await store.articles.markDeduped(tx, done.articleId, done.contentHash);
  };
  const none = () => articles.map((): MergeOutcome[] => []);
  // The scope locks travel with BEGIN, in one round trip: merge_locks is the time until both are done.
  const exclusive = [...planned.flat().flatMap((p) => p.locks), ...joins.flatMap((j) => j.scopes)];
  const shared = planned.flat().flatMap((p) => p.shared);
  const begin = lockScopesStatement(exclusive, shared, MERGE_SETTINGS);
  // The scopes this transaction holds, exclusively and shared.
  const held = new Set(exclusive);
  const heldShared = new Set(shared);
  const started = performance.now();
  return db.transaction(async (tx) => {
    if (extension) await extendBatch(tx, extension);
    const outcomes = await mergeLocked(tx);
    const joined: number[] = [];
    for (const join of joins) joined.push(await joinLocked(tx, join, options));
    // Each article's story figures after every merge of the batch, in order: each join sees the earlier ones.
    const asked = articles.flatMap(({ done, storyFigures }, i) => (done && storyFigures ? [{ i, articleId: done.articleId, moves: storyFigures }] : []));
    const stories = articles.map(() => NO_STORY_JOIN);
    if (asked.length > 0) {
      const found = await timeStep(time, 'merge_story_figures', () => joinInMerge(tx, asked, held, options));
      asked.forEach(({ i }, n) => (stories[i] = found[n] ?? NO_STORY_JOIN));
    }
    return { outcomes, joined, stories };
  }, { begin });

  async function extendBatch(tx: Queryable, { extend, seen }: { extend: BatchExtension; seen: Set<string> }): Promise<void> {
    const waiting = extend.waiting();
    if (waiting.length === 0) return;
    // Planned with a copy of the batch's mentions seen, so that those not taken are planned again by their own batch.
    const seenHere = new Set(seen);
    const more = planArticles(waiting, seenHere);
    // As many as fit under the lock limit with the batch's own.
    const scopes = new Set([...held, ...heldShared]);
    let fit = 0;
    for (const plans of more) {
      for (const p of plans) for (const lock of [...p.locks, ...p.shared]) scopes.add(lock);
      if (scopes.size > MAX_MERGE_LOCKS) break;
      fit++;
    }
    if (fit === 0) return;
    const groups = more.slice(0, fit).map((plans) => ({ scopes: plans.flatMap((p) => p.locks), shared: plans.flatMap((p) => p.shared) }));
    const got = await timeStep(time, 'merge_extend', () => tryLockGroups(tx, groups, held, heldShared));
    if (got === 0) return;
    extend.take(got);
    for (const [i, article] of waiting.slice(0, got).entries()) {
      articles.push(article);
      planned.push(more[i] ?? []);
      for (const p of more[i] ?? []) seen.add(p.mention.id);
    }
  }

  async function mergeLocked(tx: Queryable): Promise<MergeOutcome[][]> {
    const plans = planned.flat();
    // The article (its index in `articles`) of each mention.
    const articleOf = planned.flatMap((list, a) => list.map(() => a));
    if (plans.length === 0) {
      await markDone(tx);
      return none();
    }
    time?.('merge_locks', (performance.now() - started) / 1000);
    const inputs = plans.map(({ key, mention: m }) => ({ key, name: m.speaker ?? key, type: m.speakerType, role: m.role }));
    const found = await timeStep(time, 'merge_read', () =>
      store.claims.readForMerge(
        tx,
        plans.map((p) => ({ id: p.mention.id, kind: p.mention.kind, keys: p.keys, value: p.mention.value, storyOf: p.storyOf })),
        store.speakers.speakerNames(inputs),
        null,
        undefined,
        undefined,
        variantCacheOf(db),
      ),
    );
    const todo = plans.flatMap((p, i) =>
      found.unplaced.has(p.mention.id)
        ? [{ ...p, article: articleOf[i] ?? 0, storyId: found.storyIds[i] ?? null, hits: found.hits[i] ?? [], saturated: found.saturated[i] }]
        : [],
    );
    if (todo.length === 0) {
      await markDone(tx);
      return none();
    }
    const planStarted = performance.now();
    const speakers = await store.speakers.resolveMany(
      tx,
      speakersOfArticles(inputs.flatMap((input, i) => (found.unplaced.has(plans[i]?.mention.id ?? '') ? [{ input, article: articleOf[i] ?? 0 }] : []))),
      found.speakers,
    );
    const toPlace: MentionToPlace[] = todo.map(({ mention: m, isFigure, key, weak, keys, hits, saturated, storyId }) => ({
        mentionId: m.id,
        subject: {
          kind: m.kind,
          text: m.text,
          // Figures are claims about a subject whoever states them; quotes belong to their speaker.
          speakerKey: isFigure || key === '' ? null : key,
          weakSpeaker: !isFigure && weak,
          role: isFigure ? null : m.role,
          value: m.value,
          unit: m.unit,
          entities: m.entities,
          marks: m.marks,
          storyId,
        },
        speakerId: speakers.get(key)?.id ?? null,
        speakerKey: key === '' ? null : key,
        keys,
        hits,
        saturated,
      }));
    // In a thread when the worker has one: its CPU then keeps no other transaction's answers waiting on this loop.
    const plan = planner ? await planner(toPlace, options) : planMerges(toPlace, options);
    time?.('merge_plan', (performance.now() - planStarted) / 1000);
    // Marking the articles in the same statement keeps their rows locked only for the last moments of the merge.
    await timeStep(time, 'merge_write', () => store.claims.applyMerges(tx, plan.writes, versions()));
    const outcomes = none();
    plan.outcomes.forEach((outcome, i) => outcomes[todo[i]?.article ?? 0]?.push(outcome));
    return outcomes;
  }
}

/**
 * The speakers to resolve for the mentions of several articles, one input a name: what resolving them article after
 * article would store (resolveMany takes each article's first input of a name; a later article's teaches a role or
 * type the stored speaker lacks).
 */
function speakersOfArticles(inputs: ReadonlyArray<{ input: SpeakerInput; article: number }>): SpeakerInput[] {
  const byKey = new Map<string, SpeakerInput>();
  const seen = new Set<string>();
  for (const { input, article } of inputs) {
    if (seen.has(`${article}\u0000${input.key}`)) continue;
    seen.add(`${article}\u0000${input.key}`);
    const first = byKey.get(input.key);
    if (!first) byKey.set(input.key, { ...input });
    else {
      first.name = store.speakers.preferredName(first.name, input.name);
      first.role ??= input.role;
      first.type ??= input.type;
    }
  }
  return [...byKey.values()];
}
