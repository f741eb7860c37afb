// A figure joins within its article's story, and stories are placed as articles arrive: when a later report shows
// two stories are one event, their figures that agree must end as one claim, as they would have had the whole
// story been there first (jobs/joinStoryFigures.ts).
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { DEFAULT_MERGE_OPTIONS } from '../../dedupe/mergeOptions.ts';
import { joinStoryFigures } from '../../jobs/joinStoryFigures.ts';
import { joinStoryFiguresInBatch, mergeAndJoinInBatch } from '../../jobs/mergeBatcher.ts';
import { PlacementBatcher } from '../../jobs/placeStory.ts';
import { planInputs } from '../../jobs/planInputs.ts';
import type { Db } from '../../store/db.ts';
import * as store from '../../store/index.ts';
import { ingestInOrder } from './ingestInOrder.ts';
import { tempDir } from './services.ts';

/**
 * A marina fire told on 1 November (`fire`) and, with the insurer's side, on 12 November (`insurer`): eleven days
 * apart, further than a story's window, so alone they are two stories; `bridge`, of 6 November, tells both sides and
 * makes them one. Both earlier reports say 14 boats were destroyed. The others are unrelated news.
 */
const ARTICLES: Record<string, string> = {
  fire:
    'Fire sweeps Elloran marina\n\n2026-11-01\n\nA fire swept through the Elloran marina on Sunday night. Harbour master Ines Calloway said 14 boats were destroyed as flames from the fuel dock spread along the wooden jetty. Firefighters from Elloran and Dunmore fought the blaze for six hours, and Calloway said the marina would stay closed while divers searched the harbour for fuel leaks. Residents of the harbour front were told to keep their windows shut because of the smoke.\n',
  insurer:
    'Elloran marina fire: Varnholt Mutual counts cost\n\n2026-11-12\n\nAfter the fire that swept the Elloran marina, the insurer Varnholt Mutual told policyholders on Tuesday that premiums would rise next year. Its chief executive Olek Varga said 14 boats were destroyed and that payouts would reach a record. Varga said the insurer would send assessors and that its reserves were sound, and shares in Varnholt Mutual fell on the stock exchange.\n',
  bridge:
    'Elloran marina fire: Varnholt Mutual to raise premiums\n\n2026-11-06\n\nAfter the fire that swept the Elloran marina, where harbour master Ines Calloway said flames from the fuel dock spread along the wooden jetty and divers searched the harbour, the insurer Varnholt Mutual told policyholders that premiums would rise next year. Chief executive Olek Varga said payouts would reach a record and the insurer would send assessors to Elloran.\n',
  library: "Council approves new library\n\nThe town council voted on Wednesday to build a new library beside the railway station, with reading rooms and a children's wing.\n",
  striker: 'Striker signs for rivals\n\nThe striker signed a three-year deal with the city rivals on Thursday after scoring twice in the cup final.\n',
  bakery: 'Bakery wins prize\n\nA family bakery in the old quarter won the national bread prize for its rye loaf, its owners said on Friday.\n',
  orchestra: 'Orchestra tours Asia\n\nThe symphony orchestra began a month-long tour of Asian concert halls with a programme of Brahms and Sibelius.\n',
  drought: 'Drought hits wheat growers\n\nWheat growers on the plains reported the driest spring in decades, and grain merchants raised their prices.\n',
  museum: 'Museum returns bronze statues\n\nThe national museum returned two bronze statues to the temple they were taken from a century ago.\n',
  airline: 'Airline cancels winter flights\n\nThe budget airline cancelled its winter flights to the mountain resorts, blaming fuel costs and weak bookings.\n',
};

const OTHERS = ['library', 'striker', 'bakery', 'orchestra', 'drought', 'museum', 'airline'];

describe('figures of stories that become one', () => {
  const cleanups: Array<() => Promise<void>> = [];
  after(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  test('the same figures in two stories later joined end as the claims of the story told whole from the start', async () => {
    const temp = await tempDir();
    cleanups.push(temp.remove);
    const file = (name: string) => path.join(temp.dir, `${name}.txt`);
    for (const [name, text] of Object.entries(ARTICLES)) await fs.writeFile(file(name), text);
    const seen = [];
    for (const order of [['fire', 'insurer', 'bridge'], ['bridge', 'insurer', 'fire']]) {
      const runtime = await ingestInOrder([...OTHERS, ...order].map(file), cleanups);
      const stories = await runtime.db.query<{ url: string; story_id: string }>('SELECT a.url, s.story_id FROM articles a JOIN article_stories s ON s.article_id = a.id');
      const storyOf = (name: string) => stories.find((s) => path.basename(s.url) === `${name}.txt`)?.story_id;
      assert.equal(storyOf('fire'), storyOf('insurer'), 'the bridge makes one story');
      const figures = await runtime.db.query<{ text: string; value: number; unit: string; urls: string[] }>(
        `SELECT c.text, c.value, c.unit, array_agg(a.url ORDER BY a.url) AS urls
         FROM claims c JOIN mentions m ON m.claim_id = c.id JOIN articles a ON a.id = m.article_id
         WHERE c.kind = 'number' GROUP BY c.id ORDER BY c.id`,
      );
      const boats = figures.filter((f) => f.value === 14);
      assert.deepEqual(boats.map((f) => f.urls.map((u) => path.basename(u))), [['fire.txt', 'insurer.txt']]);
      seen.push(figures.map((f) => ({ ...f, urls: f.urls.map((u) => path.basename(u)) })));
    }
    assert.deepEqual(seen[1], seen[0]);
  });

  test('all the figures of a story are read again only when a placement moved other articles', async () => {
    const temp = await tempDir();
    cleanups.push(temp.remove);
    const file = (name: string) => path.join(temp.dir, `${name}.txt`);
    for (const [name, text] of Object.entries(ARTICLES)) await fs.writeFile(file(name), text);
    const runtime = await ingestInOrder([...OTHERS, 'fire', 'insurer'].map(file), cleanups);
    const { db } = runtime;
    const idOf = async (name: string) =>
      (await db.query<{ url: string; id: string }>('SELECT url, id FROM articles')).find((r) => path.basename(r.url) === `${name}.txt`)
        ?.id as string;
    const [fire, insurer, library] = [await idOf('fire'), await idOf('insurer'), await idOf('library')];

    // The two reports' stories made one by hand, with the library article (no figure) in it: the 14 boats are two
    // claims there. Read whole, the story holds both; of its own values, the fire report reads them, the library
    // article nothing, but for once after another placement put the story on the list of those due whole; and only
    // the fire report's read joins them.
    await db.query('INSERT INTO article_stories (article_id, story_id) SELECT unnest($2::text[]), $1 ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id', [fire, [fire, insurer, library]]);
    const read = (id: string, whole: boolean, due: string[] = []) => store.claims.readStoryFigures(db, id, whole, due);
    const whole = await read(library, true);
    assert.deepEqual(whole.claims.map((c) => c.value), [14, 14]);
    assert.deepEqual(await read(fire, false), { ...whole, whole: false });
    assert.deepEqual(await read(library, false), { storyId: fire, whole: false, claims: [] });
    assert.deepEqual((await read(await idOf('bakery'), false, [library])).whole, false);
    assert.deepEqual(await read(library, false), whole);
    assert.deepEqual(await read(library, false), { storyId: fire, whole: false, claims: [] });
    assert.equal(await joinStoryFigures(db, library, DEFAULT_MERGE_OPTIONS, false), 0);
    // In a worker the join is made in the transaction of the process's next merge batch (none waiting here: a batch
    // of the join alone).
    assert.equal(await joinStoryFiguresInBatch(db, fire, DEFAULT_MERGE_OPTIONS, false, []), 1);
    assert.equal(await joinStoryFiguresInBatch(db, fire, DEFAULT_MERGE_OPTIONS, false, []), 0);

    // The two reports in two stories again, with the bridge: placing it joins them (an article of the other story
    // changes story); placing the fire report once more, or an unrelated article, moves no other article.
    const plan = await planInputs([file('bridge')], { maxBytes: 1e6, runId: 'bridge' });
    assert.deepEqual((await runtime.run(plan.jobs, { wait: true }))?.failures, []);
    const bridge = await idOf('bridge');
    await db.query('INSERT INTO article_stories (article_id, story_id) SELECT id, id FROM unnest($1::text[]) AS v (id) ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id', [[fire, insurer, bridge, library]]);
    const batcher = new PlacementBatcher(db);
    const place = async (id: string) => batcher.placeTelling({ ...(await store.articles.get(db, id)), groupId: id });
    const joined = await place(bridge);
    assert.equal(joined.movedOthers, true);
    assert.deepEqual(await place(fire), { storyId: joined.storyId, movedOthers: false, movedInto: [] });
    assert.equal((await place(await idOf('bakery'))).movedOthers, false);
  });

  test("an article's story figures join in its own merge transaction, or in the next when a claim's lock is held elsewhere", async () => {
    const temp = await tempDir();
    cleanups.push(temp.remove);
    const file = (name: string) => path.join(temp.dir, `${name}.txt`);
    for (const [name, text] of Object.entries(ARTICLES)) await fs.writeFile(file(name), text);
    const runtime = await ingestInOrder(['library', 'fire', 'insurer'].map(file), cleanups);
    const { db } = runtime;
    const rows = await db.query<{ url: string; id: string; content_hash: string }>('SELECT url, id, content_hash FROM articles');
    const idOf = (name: string) => rows.find((r) => path.basename(r.url) === `${name}.txt`) as { id: string; content_hash: string };
    const [fire, insurer] = [idOf('fire'), idOf('insurer')];
    const boats = async () => (await db.query('SELECT id FROM claims WHERE kind = $1 AND value = 14', ['number'])).length;
    // The two reports made one story by hand: their 14 boats are two claims, which the fire report's merge joins.
    await db.query('INSERT INTO article_stories (article_id, story_id) SELECT unnest($2::text[]), $1 ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id', [fire.id, [fire.id, insurer.id]]);
    assert.equal(await boats(), 2);
    let transactions = 0;
    const counted: Db = { ...db, transaction: (fn, options) => ((transactions += 1), db.transaction(fn, options)) };
    const moves = { movedOthers: false, movedInto: [] };
    const done = (a: { id: string; content_hash: string }) => ({ articleId: a.id, contentHash: a.content_hash });

    // Another transaction holds the lock of the boats' value: the merge cannot take it without waiting, so the join
    // is made in a second transaction, once that lock is free.
    const { merging } = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['figure|value|14']);
      const merging = mergeAndJoinInBatch(counted, [], DEFAULT_MERGE_OPTIONS, done(fire), moves);
      for (let tries = 0; transactions < 2 && tries < 200; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(transactions, 2, 'the join waits in a transaction of its own');
      assert.equal(await boats(), 2);
      // Not awaited here: the join waits for this transaction's lock.
      return { merging };
    });
    assert.deepEqual(await merging, { outcomes: [], joined: 1 });
    assert.equal(await boats(), 1);

    // The claims apart again (the story's figures merged afresh): with no lock held elsewhere the join is made in
    // the merge's own transaction.
    await db.query('UPDATE mentions SET claim_id = NULL, speaker_id = NULL');
    await db.query('UPDATE articles SET deduped_hash = NULL');
    await db.query('DELETE FROM claim_redirects');
    await db.query('DELETE FROM claims');
    await db.query('INSERT INTO article_stories (article_id, story_id) SELECT id, id FROM articles ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id');
    for (const a of [fire, insurer]) await mergeAndJoinInBatch(db, await store.mentions.listUnmerged(db, a.id), DEFAULT_MERGE_OPTIONS, done(a), moves);
    await db.query('INSERT INTO article_stories (article_id, story_id) SELECT unnest($2::text[]), $1 ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id', [fire.id, [fire.id, insurer.id]]);
    assert.equal(await boats(), 2);
    transactions = 0;
    assert.deepEqual(await mergeAndJoinInBatch(counted, [], DEFAULT_MERGE_OPTIONS, done(fire), moves), { outcomes: [], joined: 1 });
    assert.equal(transactions, 1);
    assert.equal(await boats(), 1);
  });
});
