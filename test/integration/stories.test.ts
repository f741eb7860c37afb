// Stories in the store: each article is placed in its story as it arrives, the same stories whatever the
// order, `claims recluster` rebuilds them, and a story lists its claims with who carried them first.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { reclusterCommand } from '../../app/commands/recluster.ts';
import { createWebApp } from '../../app/web/createWebApp.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import { KEY_SCHEME } from '../../dedupe/candidateKeys.ts';
import { DEFAULT_STORY_OPTIONS } from '../../dedupe/groupStories.ts';
import { DEFAULT_MERGE_OPTIONS } from '../../dedupe/mergeOptions.ts';
import type { MergeOutcome } from '../../dedupe/planMerges.ts';
import { MergeBatcher } from '../../jobs/mergeBatcher.ts';
import { mergeMentions } from '../../jobs/mergeMentions.ts';
import { PlacementBatcher, placeStory } from '../../jobs/placeStory.ts';
import type { Db } from '../../store/db.ts';
import * as store from '../../store/index.ts';
import { streamClaims } from '../../store/exportClaims.ts';
import { searchClaims } from '../../store/search.ts';
import { getStory, listStories } from '../../store/stories.ts';
import { placeIncrementally } from '../eval/incrementalStories.ts';
import { sharedDir } from '../eval/runSeeds.ts';
import { ingestInOrder } from './ingestInOrder.ts';
import { TEST_CORPUS } from './services.ts';

/** The stories as sets of article file names, comparable across databases. */
async function storiesOf(runtime: Runtime): Promise<string[][]> {
  const rows = await runtime.db.query<{ url: string; story_id: string | null }>(
    'SELECT a.url, s.story_id FROM articles a LEFT JOIN article_stories s ON s.article_id = a.id',
  );
  assert.ok(
    rows.every((r) => r.story_id !== null),
    'every article is in a story',
  );
  const byStory = new Map<string, string[]>();
  for (const r of rows)
    byStory.set(r.story_id as string, [...(byStory.get(r.story_id as string) ?? []), path.basename(r.url)]);
  return [...byStory.values()]
    .map((names) => names.sort())
    .sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

/** The claims by kind and text, with their article files: what two runs over the same articles agree on. */
async function claimsOf(runtime: Runtime): Promise<string[]> {
  const claims: string[] = [];
  for await (const c of streamClaims(runtime.db))
    claims.push(
      `${c.kind} ${c.text} [${c.articles
        .map((a) => path.basename(a.url).slice(0, 2))
        .sort()
        .join(',')}]`,
    );
  return claims.sort();
}

const txtFiles = async (dir: string) =>
  (await fs.readdir(dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));

describe('stories', () => {
  const cleanups: Array<() => Promise<void>> = [];
  let corpus: string[] = [];
  let seeds: string[] = [];
  let runtime: Runtime;
  before(async () => {
    corpus = await txtFiles(TEST_CORPUS);
    seeds = await txtFiles(path.join(sharedDir(), 'fixtures', 'seeds'));
    runtime = await ingestInOrder([...corpus, ...seeds], cleanups);
  });
  after(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  test('the airline reports and the WhatsApp reports are two stories, whatever the order of arrival', async () => {
    const stories = await storiesOf(runtime);
    assert.deepEqual(stories, [seeds.map((f) => path.basename(f)), corpus.map((f) => path.basename(f))]);
    const reversed = await ingestInOrder([...seeds, ...corpus].reverse(), cleanups);
    assert.deepEqual(await storiesOf(reversed), stories);
    const interleaved = await ingestInOrder(
      seeds.flatMap((f, i) => [f, corpus[i]].filter((x): x is string => x !== undefined)),
      cleanups,
    );
    assert.deepEqual(await storiesOf(interleaved), stories);
  });

  test('recluster places every article again in the same stories', async () => {
    const before = await storiesOf(runtime);
    const write = process.stderr.write;
    process.stderr.write = () => true;
    try {
      await reclusterCommand(runtime, { wait: true, json: false });
    } finally {
      process.stderr.write = write;
    }
    assert.deepEqual(await storiesOf(runtime), before);
    const terms = await runtime.db.query<{ df: number }>("SELECT df FROM story_terms WHERE term = ''");
    assert.equal(Number(terms[0]?.df), corpus.length + seeds.length, 'each article counted once in the idf');
  });

  test('a figure merged after later reports moved its story joins the story as it is now', async () => {
    // Workers may place several articles before any of them merges, and a later placement may rename the
    // story (a story is named by its least article id): each merge must read its story then, not before.
    const sequential = await ingestInOrder(corpus, cleanups);
    const expected = await claimsOf(sequential);
    assert.ok(
      expected.some((c) => c.startsWith('number 48 hours [01,02,04]')),
      expected.join('\n'),
    );
    const db = sequential.db;
    const reset = await db.transaction((tx) => store.claims.resetForRecluster(tx, KEY_SCHEME));
    // Placed greatest id first, each placement renames the story (its least id): every article but the last
    // placed changes story. Merged last placed first, a merge that read its story too early finds no claim.
    const articles = reset.sort((a, b) => (a.articleId < b.articleId ? 1 : -1));
    for (const { articleId } of articles) {
      const article = await store.articles.get(db, articleId);
      await placeStory(db, { ...article, groupId: article.id });
    }
    for (const done of articles.reverse())
      await mergeMentions(
        db,
        await store.mentions.listUnmerged(db, done.articleId),
        DEFAULT_MERGE_OPTIONS,
        done,
      );
    assert.deepEqual(await claimsOf(sequential), expected);
  });

  test('articles merged several in one transaction make the claims of merging them one at a time in that order', async () => {
    // The corpus's two stories each carry figures: a batch reads each article's own story, and a figure claim that an
    // earlier article of the batch grew is still known to be carried in a later article's story.
    const sequential = await ingestInOrder(corpus, cleanups);
    const db = sequential.db;
    const reset = async () => db.transaction((tx) => store.claims.resetForRecluster(tx, KEY_SCHEME));
    const articles = (await reset()).sort((a, b) => (a.articleId < b.articleId ? -1 : 1));
    for (const { articleId } of articles) {
      const article = await store.articles.get(db, articleId);
      await placeStory(db, { ...article, groupId: article.id });
    }
    const unmerged = async () =>
      Promise.all(articles.map(async (done) => ({ done, mentions: await store.mentions.listUnmerged(db, done.articleId) })));
    const oneByOne: MergeOutcome[][] = [];
    for (const { done, mentions } of await unmerged()) oneByOne.push(await mergeMentions(db, mentions, DEFAULT_MERGE_OPTIONS, done));
    const expected = await claimsOf(sequential);
    assert.ok(expected.some((c) => c.startsWith('number 48 hours [01,02,04]')), expected.join('\n'));

    await db.query('UPDATE mentions SET claim_id = NULL, speaker_id = NULL');
    await db.query('UPDATE articles SET deduped_hash = NULL');
    await db.query('DELETE FROM claim_redirects');
    await db.query('DELETE FROM claims');
    let transactions = 0;
    const counted: Db = { ...db, transaction: (fn, options) => ((transactions += 1), db.transaction(fn, options)) };
    const batcher = new MergeBatcher(counted, DEFAULT_MERGE_OPTIONS, 3);
    // The second article is listed twice in one batch (two jobs of one version): its mentions are placed once.
    const [first, second, ...rest] = await unmerged();
    const listed = [first, second, second, ...rest].flatMap((a) => (a ? [a] : []));
    const batched = await Promise.all(listed.map(({ done, mentions }) => batcher.merge(mentions, done)));
    // The first article starts a batch alone; the others, come meanwhile, join it once its locks are held (up to
    // three in all), then go three at a time.
    assert.equal(transactions, Math.ceil(listed.length / 3));
    assert.deepEqual(await claimsOf(sequential), expected);
    // Each article is told what became of its mentions, as merging it alone tells it (the copy: none placed).
    assert.deepEqual(batched, [oneByOne[0], oneByOne[1], [], ...oneByOne.slice(2)]);
  });

  test('a story too large to read whole moves with its articles read when a placement renames it', async () => {
    const own = await ingestInOrder([...corpus, ...seeds], cleanups);
    const db = own.db;
    const reset = await db.transaction((tx) => store.claims.resetForRecluster(tx, KEY_SCHEME));
    // Greatest id first, each placement renames its story (its least id); with stories of more than one article
    // kept whole, only the articles the lookup finds are read, and the others must follow the new name.
    const arrivals = [];
    for (const { articleId } of reset.sort((x, y) => (x.articleId < y.articleId ? 1 : -1))) {
      const article = await store.articles.get(db, articleId);
      await placeStory(db, { ...article, groupId: article.id }, DEFAULT_STORY_OPTIONS, 1);
      arrivals.push({ id: article.id, title: article.title ?? undefined, text: article.text });
    }
    const rows = await db.query<{ id: string; story_id: string }>('SELECT a.id, s.story_id FROM articles a LEFT JOIN article_stories s ON s.article_id = a.id');
    const placed = placeIncrementally(arrivals, new Map(), DEFAULT_STORY_OPTIONS, 1);
    assert.ok(new Set(placed.values()).size < arrivals.length, 'some articles share a story');
    assert.deepEqual(
      Object.fromEntries(rows.map((r) => [r.id, r.story_id]).sort()),
      Object.fromEntries([...placed].sort()),
    );
  });

  test('a placement never waits for a figure merge in progress, which joins within the story it read', async () => {
    const own = await ingestInOrder(corpus, cleanups);
    const db = own.db;
    const expected = await claimsOf(own);
    const reset = (await db.transaction((tx) => store.claims.resetForRecluster(tx, KEY_SCHEME))).sort(
      (x, y) => (x.articleId < y.articleId ? -1 : 1),
    );
    const [first] = reset;
    assert.ok(first);
    const article = await store.articles.get(db, first.articleId);
    const mentions = await store.mentions.listUnmerged(db, first.articleId);
    assert.ok(
      mentions.some((m) => m.kind === 'number'),
      'the article has figures',
    );
    // A figure merge in progress: held up (by another session's lock on its mentions) after it has taken its
    // scope locks and before it reads its candidates and its story.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked = () => {};
    const holding = new Promise<void>((resolve) => (locked = resolve));
    const blocker = db.transaction(async (tx) => {
      await tx.query('SELECT id FROM mentions WHERE article_id = $1 FOR UPDATE', [first.articleId]);
      locked();
      await held;
    });
    await holding;
    const merge = mergeMentions(db, mentions, DEFAULT_MERGE_OPTIONS, first);
    // Whether the merge waits for the other session, as PostgreSQL itself reports it.
    const mergeWaits = async () => {
      for (let i = 0; i < 600; i += 1) {
        const rows = await db.query<{ n: string }>(
          "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
        );
        if (Number(rows[0]?.n) > 0) return true;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return false;
    };
    const pending = Symbol('pending');
    // Generous: a placement that does not wait is done well within it even on a loaded machine.
    const within = <T>(p: Promise<T>) =>
      Promise.race([p, new Promise<typeof pending>((resolve) => setTimeout(() => resolve(pending), 30_000))]);
    try {
      assert.equal(await mergeWaits(), true);
      // Put in a story (recluster took it out of its own), then placed again (its text changed, say): it moves
      // an article that was in a story. Before, that waited for every figure merge in progress (they held a
      // stories lock shared until they committed), and every placement after it queued behind it.
      assert.equal(await within(placeStory(db, { ...article, groupId: article.id })), article.id);
      assert.equal(await within(placeStory(db, { ...article, groupId: article.id })), article.id);
    } finally {
      release();
      await blocker;
    }
    await merge;
    for (const done of reset.slice(1))
      await mergeMentions(
        db,
        await store.mentions.listUnmerged(db, done.articleId),
        DEFAULT_MERGE_OPTIONS,
        done,
      );
    assert.deepEqual(await claimsOf(own), expected);
  });

  test('articles placed several under one lock are placed as one at a time in the same order, and one that fails fails alone', async () => {
    const own = await ingestInOrder([...corpus, ...seeds], cleanups);
    const db = own.db;
    const reset = async () => db.transaction((tx) => store.claims.resetForRecluster(tx, KEY_SCHEME));
    // Greatest id first: each placement renames its story (its least id), so each sees those placed before it.
    const ids = (await reset())
      .map((r) => r.articleId)
      .sort()
      .reverse();
    const articles = await Promise.all(ids.map((id) => store.articles.get(db, id)));
    const storiesNow = async () =>
      Object.fromEntries(
        (await db.query<{ id: string; story_id: string }>('SELECT a.id, s.story_id FROM articles a LEFT JOIN article_stories s ON s.article_id = a.id')).map((r) => [
          r.id,
          r.story_id,
        ]),
      );
    const returned: string[] = [];
    for (const article of articles) returned.push(await placeStory(db, { ...article, groupId: article.id }));
    const oneByOne = await storiesNow();
    assert.ok(new Set(Object.values(oneByOne)).size < articles.length, 'some articles share a story');

    await reset();
    let transactions = 0;
    let statements = 0;
    const counted: Db = {
      ...db,
      transaction: (fn, options) => (
        (transactions += 1),
        db.transaction(
          (tx) => fn({ query: (sql, params) => ((statements += 1), tx.query(sql, params)) }),
          options,
        )
      ),
    };
    const batcher = new PlacementBatcher(counted, DEFAULT_STORY_OPTIONS, 3);
    const batched = await Promise.all(
      articles.map((article) => batcher.place({ ...article, groupId: article.id })),
    );
    assert.equal(transactions, Math.ceil(articles.length / 3));
    // One statement an article (its read: the last placement's stories written, the next article's terms recorded),
    // and each batch's first article's terms and last article's stories (a renamed kept story would add one).
    assert.equal(statements, articles.length + 2 * transactions);
    assert.deepEqual(await storiesNow(), oneByOne);
    // Each article is told its story as it was when it was placed, as placeStory returns it.
    assert.deepEqual(batched, returned);

    // An article whose placement fails (a date the database refuses) fails its own placement, not its batch's.
    await reset();
    transactions = 0;
    const broken = { ...(articles[1] as (typeof articles)[number]), publishedAt: 'not a date' };
    const settled = await Promise.allSettled(
      [articles[0], broken, articles[2]].map((article) =>
        batcher.place({ ...(article as typeof broken), groupId: article?.id ?? '' }),
      ),
    );
    assert.deepEqual(
      settled.map((s) => s.status),
      ['fulfilled', 'rejected', 'fulfilled'],
    );
    assert.equal(transactions, 4, 'the batch, then each article alone');
  });

  test('a story lists its claims by spread within it, with the outlets and the first to carry each', async () => {
    const listed = await listStories(runtime.db, { limit: 10 });
    assert.equal(listed.length, 2);
    const seedStory = listed.find((s) => s.articleCount === seeds.length);
    assert.ok(seedStory);
    const story = await getStory(runtime.db, seedStory.id, { limit: 5 });
    assert.equal(story.articles.length, seeds.length);
    assert.ok(story.claims.length > 0 && story.claims.length <= 5);
    assert.ok(story.claimCount >= story.claims.length);
    const spreads = story.claims.map((c) => c.articleCount);
    assert.ok(
      story.claims.every((c, i) => i === 0 || c.outletCount <= (story.claims[i - 1]?.outletCount ?? 0)),
      'by outlets',
    );
    assert.ok(spreads[0] !== undefined && spreads[0] >= 2, 'the top claim is carried by several articles');
    // The story's claims are those search finds with its filter, and each names its story.
    const found = await searchClaims(runtime.db, { story: story.id }, { limit: 200 });
    assert.equal(found.results.length, story.claimCount);
    assert.ok(found.results.every((r) => r.story_id === story.id));
    const other = await searchClaims(
      runtime.db,
      { story: listed.find((s) => s !== seedStory)?.id },
      { limit: 200 },
    );
    assert.ok(other.results.length > 0);
    assert.ok(
      other.results.every((r) => !story.claims.some((c) => c.id === r.id)),
      'no claim of one story is in the other',
    );
  });

  test('the story page and API answer, and an unknown story is a 404', async () => {
    const app = createWebApp({ db: runtime.db, queues: null, apiToken: null });
    const [first] = await listStories(runtime.db, { limit: 1 });
    assert.ok(first);
    const page = await app.request(`http://localhost/stories/${first.id}`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Claims, most widely carried first/);
    const api = await app.request(`http://localhost/api/stories/${first.id}?limit=3`);
    assert.equal(api.status, 200);
    assert.ok(((await api.json()) as { claims: unknown[] }).claims.length <= 3);
    assert.equal((await app.request('http://localhost/api/stories/a_nothing')).status, 404);
    assert.equal((await app.request('http://localhost/api/stories/x?limit=0')).status, 400);
  });

  test('a story whose earliest article has no title is named by the earliest that has one', async () => {
    // The seeds' first files print no headline line: their story's earliest articles have no title.
    const listed = await listStories(runtime.db, { limit: 10 });
    const stories = await Promise.all(listed.map((s) => getStory(runtime.db, s.id, { limit: 1 })));
    const untitledFirst = stories.find((s) => s.articles[0]?.title === null);
    const titled = untitledFirst?.articles.find((a) => a.title !== null);
    assert.ok(untitledFirst && titled, 'a story opens on an untitled article and has a titled one');
    assert.equal(untitledFirst.title, titled.title);
    assert.equal(listed.find((s) => s.id === untitledFirst.id)?.title, titled.title);
  });
});
