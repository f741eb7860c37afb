import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import type { Db } from '../../store/db.ts';
import { openDb } from '../../store/openDb.ts';
import { migrate, readMigrations } from '../../store/migrate.ts';
import * as store from '../../store/index.ts';
import { findExisting } from '../../store/articleAliases.ts';
import { VariantCache } from '../../store/claimMerges.ts';
import { createTestDatabase, REPO_ROOT, tempDir } from './services.ts';

const article = (url: string, text: string) => ({
  url,
  canonicalUrl: null,
  title: 'A title',
  byline: null,
  publishedAt: '2026-02-12T10:00:00Z',
  siteName: null,
  language: 'en',
  text,
  outlet: 'Example',
  feedId: null,
  contentHash: `hash-${text.length}`,
});

function storeSuite(name: string, open: () => Promise<{ db: Db; cleanup(): Promise<void> }>) {
  describe(`store on ${name}`, () => {
    let db: Db;
    let cleanup: () => Promise<void>;
    before(async () => ({ db, cleanup } = await open()));
    after(async () => {
      await db.close();
      await cleanup();
    });

    test('migrations are recorded and a second run applies nothing', async () => {
      const rows = await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM schema_migrations');
      assert.equal(rows[0]?.n, (await readMigrations()).length);
      assert.deepEqual(await migrate(db), []);
    });

    test('an article upsert is idempotent and tells new from changed', async () => {
      const first = await store.articles.upsert(db, article('https://example.com/a', 'one text'));
      const again = await store.articles.upsert(db, article('https://example.com/a', 'one text'));
      const edited = await store.articles.upsert(db, article('https://example.com/a', 'one longer text'));
      assert.deepEqual([first.created, first.changed], [true, true]);
      assert.deepEqual([again.created, again.changed], [false, false]);
      assert.deepEqual([edited.created, edited.changed], [false, true]);
      assert.equal(first.id, again.id);
      const rows = await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM articles');
      assert.equal(rows[0]?.n, 1);
    });

    test('what an upsert and an extraction return is what the dedupe stage would read of them', async () => {
      // A job that carries its article on (jobs/carryArticle.ts) takes these rows instead of reading them again.
      const { stored } = await store.articles.upsert(db, { ...article('https://example.com/carried', 'The ferry fare rose.'), publishedAt: '2026-02-12' });
      const mention = (kind: 'quote' | 'statement' | 'number', start: number, end: number, text: string) => ({
        kind, text, start, end, speaker: 'Ida Wren', speakerRaw: 'Ms Wren', speakerStart: null, speakerEnd: null,
        speakerType: 'person' as const, role: null, cue: 'said', sentence: text, value: kind === 'number' ? 3 : null,
        unit: kind === 'number' ? 'pounds' : null, qualifier: null, entities: ['Ida Wren'],
      });
      const extraction = [
        mention('statement', 4, 20, 'ferry fare rose'),
        mention('number', 0, 3, 'three pounds'),
        mention('quote', 4, 20, 'fare rose'),
        mention('quote', 4, 20, 'the same span twice: the first one stays'),
      ];
      const { stored: mentions } = await db.transaction((tx) => store.mentions.replaceForArticle(tx, stored.id, extraction, stored.contentHash));
      const { unmerged, ...read } = await store.articles.getWithUnmerged(db, stored.id);
      assert.deepEqual(stored, { ...read, extractedHash: null });
      assert.equal(read.extractedHash, stored.contentHash);
      assert.deepEqual(mentions, unmerged);
      assert.deepEqual(mentions.map((m) => m.kind), ['number', 'quote', 'statement']);
    });

    test('a first extraction is stored in one statement as a replacement would store it, and never over mentions', async () => {
      const mention = (kind: 'quote' | 'number', start: number, end: number, text: string) => ({
        kind, text, start, end, speaker: 'Otto Brisk', speakerRaw: 'Mr Brisk', speakerStart: null, speakerEnd: null,
        speakerType: 'person' as const, role: 'harbour master', cue: 'said', sentence: text, value: kind === 'number' ? 1.5 : null,
        unit: kind === 'number' ? 'metres' : null, qualifier: null, entities: ['Otto Brisk', 'the quay'],
      });
      const extraction = [mention('quote', 9, 30, 'the tide came early'), mention('number', 0, 8, '1.5 metres'), mention('quote', 9, 30, 'same span')];
      const one = await store.articles.upsert(db, article('https://example.com/first-extraction', 'The quay flooded at dawn.'));
      const two = await store.articles.upsert(db, article('https://example.com/replaced-extraction', 'The quay flooded at dawn!'));
      const first = await store.mentions.insertFirstExtraction(db, one.id, extraction, one.stored.contentHash);
      const { stored: replaced } = await db.transaction((tx) => store.mentions.replaceForArticle(tx, two.id, extraction, two.stored.contentHash));
      // The same rows but for their article (a mention's id is made of its article's).
      const apart = (m: store.mentions.StoredMention) => ({ ...m, id: '', articleId: '' });
      assert.deepEqual(first?.map(apart), replaced.map(apart));
      assert.equal(first?.length, 2);
      const { unmerged, extractedHash } = await store.articles.getWithUnmerged(db, one.id);
      assert.deepEqual(first, unmerged);
      assert.equal(extractedHash, one.stored.contentHash);
      // The article holds mentions now: a second first extraction writes nothing and says so.
      const edited = await store.articles.upsert(db, article('https://example.com/first-extraction', 'The quay flooded at dawn again.'));
      assert.equal(await store.mentions.insertFirstExtraction(db, one.id, [mention('quote', 0, 5, 'other')], edited.stored.contentHash), null);
      const after = await store.articles.getWithUnmerged(db, one.id);
      assert.deepEqual(after.unmerged, unmerged);
      assert.equal(after.extractedHash, one.stored.contentHash);
      // No mentions found: the version is marked extracted all the same.
      const empty = await store.articles.upsert(db, article('https://example.com/no-mentions', 'Nothing said here.'));
      assert.deepEqual(await store.mentions.insertFirstExtraction(db, empty.id, [], empty.stored.contentHash), []);
      assert.equal((await store.articles.getWithUnmerged(db, empty.id)).extractedHash, empty.stored.contentHash);
    });

    test('an article being stored is found by its first known alias, else by its content on the same site', async () => {
      const a = await store.articles.upsert(db, article('https://news.example/a', 'a text long enough'), ['alias:a']);
      const b = await store.articles.upsert(db, article('https://news.example/b', 'another text'), ['alias:b']);
      const found = (aliases: string[], contentHash: string | null, urlPrefix = 'https://news.example/') =>
        findExisting(db, aliases, contentHash === null ? null : { contentHash, urlPrefix });
      assert.equal((await found(['alias:none', 'alias:b', 'alias:a'], a.stored.contentHash))?.id, b.id);
      assert.equal((await found(['https://news.example/a'], null))?.id, a.id);
      assert.equal((await found(['alias:none'], a.stored.contentHash))?.id, a.id);
      assert.equal(await found(['alias:none'], a.stored.contentHash, 'https://other.example/'), null);
      assert.equal(await found([], null), null);
      assert.equal((await found([], b.stored.contentHash))?.id, b.id);
    });

    test('a version the article no longer holds is neither grouped nor marked merged', async () => {
      // A job carries its version on from fetch to merge without reading the article again (jobs/carryArticle.ts).
      const url = 'https://example.com/edited-meanwhile';
      const old = await store.articles.upsert(db, article(url, 'the first printing'));
      await store.articles.upsert(db, article(url, 'the second, longer printing'));
      const bands = async () =>
        (await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM article_bands WHERE article_id = $1', [old.id]))[0]?.n;
      assert.equal(await store.articles.storeSignature(db, old.id, [11, 12, 13], old.stored.contentHash), null);
      assert.equal(await bands(), 0);
      await store.articles.markDeduped(db, old.id, old.stored.contentHash);
      const [row] = await db.query<{ deduped_hash: string | null; content_hash: string }>(
        'SELECT deduped_hash, content_hash FROM articles WHERE id = $1',
        [old.id],
      );
      assert.equal(row?.deduped_hash, null);
      assert.deepEqual(await store.articles.storeSignature(db, old.id, [11, 12, 13], row?.content_hash), []);
      assert.equal(await bands(), 3);
    });

    test('a signature is written with its band keys when no article shares one, else left to joinGroups', async () => {
      const minhash = async (id: string) =>
        (await db.query<{ minhash: number[] | null }>('SELECT minhash FROM articles WHERE id = $1', [id]))[0]?.minhash ?? null;
      const lone = await store.articles.upsert(db, article('https://example.com/lone-signature', 'a text of its own'));
      assert.deepEqual(await store.articles.storeSignature(db, lone.id, [71, 72], lone.stored.contentHash, [5, 6, 7]), []);
      assert.deepEqual(await minhash(lone.id), [5, 6, 7]);
      const near = await store.articles.upsert(db, article('https://example.com/near-signature', 'a text of its own too'));
      const candidates = await store.articles.storeSignature(db, near.id, [72, 73], near.stored.contentHash, [5, 6, 8]);
      assert.deepEqual(candidates, [{ id: lone.id, signature: [5, 6, 7], groupId: lone.id }]);
      assert.equal(await minhash(near.id), null);
      // A version the article no longer holds writes nothing.
      await store.articles.upsert(db, article('https://example.com/lone-signature', 'a text of its own, edited'));
      assert.equal(await store.articles.storeSignature(db, lone.id, [74], lone.stored.contentHash, [9]), null);
      assert.deepEqual(await minhash(lone.id), [5, 6, 7]);
    });

    test('a transaction that throws leaves nothing behind', async () => {
      await assert.rejects(
        db.transaction(async (tx) => {
          await store.articles.upsert(tx, article('https://example.com/rolled-back', 'text'));
          throw new Error('boom');
        }),
        /boom/,
      );
      const rows = await db.query('SELECT 1 FROM articles WHERE url = $1', ['https://example.com/rolled-back']);
      assert.equal(rows.length, 0);
    });

    test('a candidate key is read for at most its cap of claims; a claim sharing a rarer key still ranks first', async () => {
      const STOCK = 101;
      const RARE = 202;
      const cap = 20;
      // 30 claims hold the stock key, the least ids among them; the one that also holds the rare key has the greatest id.
      const ids = Array.from({ length: 30 }, (_, i) => `c_cap_${String(i).padStart(2, '0')}`);
      const match = 'c_cap_zz';
      await db.query(
        `INSERT INTO claims (id, kind, text) SELECT id, 'quote', 'a stock phrase' FROM unnest($1::text[]) AS id`,
        [[...ids, match]],
      );
      await db.query('INSERT INTO claim_keys (key, claim_id) SELECT $1, id FROM unnest($2::text[]) AS id', [STOCK, [...ids, match]]);
      await db.query('INSERT INTO claim_keys (key, claim_id) VALUES ($1, $2)', [RARE, match]);
      const lookup = (keys: number[]) =>
        store.claims.readForMerge(db, [{ id: 'm_cap', kind: 'quote', keys }], { keys: [], surnames: [] }, null, 50, cap);

      const stockOnly = await lookup([STOCK]);
      assert.deepEqual(stockOnly.hits[0]?.map((h) => h.id), ids.slice(0, cap), 'the least ids, no more than the cap');
      const both = await lookup([STOCK, RARE]);
      assert.equal(both.hits[0]?.[0]?.id, match, 'reached through the rare key, read whole, it ranks before the sample of the stock key');
      assert.deepEqual([...(both.hits[0]?.[0]?.shared ?? [])].sort(), [RARE]);
      assert.deepEqual([...(both.saturated[0] ?? [])], [STOCK], 'more claims than the cap: saturated; the rare key is not');

      // A key held by 12 claims is read whole; listed twice by one mention, its claims count twice (24 > 20).
      const MID = 303;
      await db.query('INSERT INTO claim_keys (key, claim_id) SELECT $1, id FROM unnest($2::text[]) AS id', [MID, ids.slice(0, 12)]);
      assert.deepEqual([...((await lookup([MID, RARE])).saturated[0] ?? [])], []);
      const twice = await lookup([MID, MID]);
      assert.deepEqual([...(twice.saturated[0] ?? [])], [MID]);
      assert.deepEqual(twice.hits[0]?.map((h) => h.id), ids.slice(0, 12));
    });

    test("a candidate's variants come from the cache while their rows are unchanged, and are read again when one changes", async () => {
      const KEY = 404;
      await db.query("INSERT INTO claims (id, kind, text) VALUES ('c_cache', 'quote', 'the pier reopens in May')");
      await db.query('INSERT INTO claim_keys (key, claim_id) VALUES ($1, $2)', [KEY, 'c_cache']);
      await db.query(
        `INSERT INTO claim_variants (claim_id, hash, text, speaker_key, entities)
         VALUES ('c_cache', 'v_cache_a', 'the pier reopens in May', 'ann roe', '{Ann Roe}')`,
      );
      const cache = new VariantCache();
      const lookup = async (from: VariantCache | null) =>
        (await store.claims.readForMerge(db, [{ id: 'm_cache', kind: 'quote', keys: [KEY] }], { keys: [], surnames: [] }, null, 50, undefined, from))
          .hits[0]?.[0]?.variants;
      const first = await lookup(cache);
      assert.deepEqual(first?.map((v) => v.hash), ['v_cache_a']);
      assert.equal(await lookup(cache), first, 'the same rows: the copy read before');
      assert.deepEqual(await lookup(null), first, 'as read without a cache');

      await db.query("UPDATE claim_variants SET wording = 'verbatim' WHERE claim_id = 'c_cache'");
      const updated = await lookup(cache);
      assert.notEqual(updated, first);
      assert.equal(updated?.[0]?.wording, 'verbatim', 'a row updated: read again');
      await db.query(
        `INSERT INTO claim_variants (claim_id, hash, text, speaker_key, entities)
         VALUES ('c_cache', 'v_cache_b', 'the pier reopens in June', 'ann roe', '{Ann Roe}')`,
      );
      assert.deepEqual((await lookup(cache))?.map((v) => v.hash), ['v_cache_a', 'v_cache_b'], 'a row added');
      await db.query("DELETE FROM claim_variants WHERE hash = 'v_cache_a'");
      assert.deepEqual((await lookup(cache))?.map((v) => v.hash), ['v_cache_b'], 'a row removed');
      assert.deepEqual(await lookup(cache), await lookup(null));
    });

    test('keys made by an older scheme are reported until a recluster; an empty index takes the current one', async () => {
      await db.query('DELETE FROM claims');
      await db.query('UPDATE claim_keys_scheme SET scheme = 1');
      assert.equal(await store.claims.checkKeyScheme(db, 2), null, 'no keys: nothing stale, the scheme adopted');
      assert.equal((await db.query<{ scheme: number }>('SELECT scheme FROM claim_keys_scheme'))[0]?.scheme, 2);

      await db.query("INSERT INTO claims (id, kind, text) VALUES ('c_scheme', 'quote', 'old keys')");
      await db.query("INSERT INTO claim_keys (key, claim_id) VALUES (7, 'c_scheme')");
      assert.deepEqual(await store.claims.checkKeyScheme(db, 3), { stored: 2, current: 3 });
      assert.deepEqual(await store.claims.checkKeyScheme(db, 3), { stored: 2, current: 3 }, 'reported again, never adopted');
      await db.transaction((tx) => store.claims.resetForRecluster(tx, 3));
      assert.equal(await store.claims.checkKeyScheme(db, 3), null);
    });

    test("pruning keeps a claim's variants that a mention prints, role, names and unit included, and drops the others", async () => {
      const { id: articleId } = await store.articles.upsert(db, article('https://example.com/prune', 'pruned text'));
      await db.query("INSERT INTO claims (id, kind, text) VALUES ('c_prune', 'quote', 'the bridge stays shut'), ('c_prune_fig', 'number', '12 lorries')");
      // What the article prints now: the quote with no role (it printed "Harlow police Lt." before it changed), and a figure.
      await db.query(
        `INSERT INTO mentions (id, article_id, kind, text, speaker_key, role, start_offset, end_offset, entities, unit, claim_id) VALUES
           ('m_prune_q', $1, 'quote', 'the bridge stays shut', 'marta quell', NULL, 0, 21, '{Harlow,Marta Quell}', NULL, 'c_prune'),
           ('m_prune_n', $1, 'number', '12 lorries', NULL, NULL, 30, 40, '{Harlow}', 'lorries (stuck)', 'c_prune_fig')`,
        [articleId],
      );
      await db.query(
        `INSERT INTO claim_variants (claim_id, hash, text, speaker_key, entities, unit, speaker_role) VALUES
           ('c_prune', 'v_now', 'the bridge stays shut', 'marta quell', '{Marta Quell,Harlow}', NULL, NULL),
           ('c_prune', 'v_old_role', 'the bridge stays shut', 'marta quell', '{Harlow,Marta Quell}', NULL, 'Harlow police Lt.'),
           ('c_prune', 'v_old_names', 'the bridge stays shut', 'marta quell', '{Dunmore}', NULL, NULL),
           ('c_prune', 'v_old_words', 'the old bridge stays shut', 'marta quell', '{Harlow,Marta Quell}', NULL, NULL),
           ('c_prune_fig', 'v_fig_now', '12 lorries', NULL, '{Harlow}', 'lorries (stuck)', NULL),
           ('c_prune_fig', 'v_fig_before_units', '12 lorries', NULL, '{Harlow}', NULL, NULL),
           ('c_prune_fig', 'v_fig_old_unit', '12 lorries', NULL, '{Harlow}', 'lorries (towed)', NULL)`,
      );
      await store.claims.pruneVariants(db, ['c_prune', 'c_prune_fig']);
      const kept = await db.query<{ hash: string }>(
        "SELECT hash FROM claim_variants WHERE claim_id IN ('c_prune', 'c_prune_fig') ORDER BY hash",
      );
      assert.deepEqual(
        kept.map((r) => r.hash),
        ['v_fig_before_units', 'v_fig_now', 'v_now'],
        'a role, names or unit no mention prints any more is no variant; one stored before units were kept stays',
      );
    });

    test('a speaker learnt by full name answers to its surname', async () => {
      const full = await store.speakers.resolve(db, { key: 'dmitry peskov', name: 'Dmitry Peskov', type: 'person', role: null });
      const short = await store.speakers.resolve(db, { key: 'peskov', name: 'Peskov', type: 'person', role: null });
      assert.equal(short?.id, full?.id);
      assert.equal(short?.name, 'Dmitry Peskov');
    });

    test('a surname known alone, then two people who share it in one document: every speaker resolved is stored', async () => {
      // A lone surname stored first; a later document names two people of that surname and the surname alone. The
      // lone name is no longer one person's, so it stays a speaker of its own, and nothing resolved is deleted.
      const lone = await store.speakers.resolve(db, {
        key: 'okafor',
        name: 'Okafor',
        type: 'person',
        role: null,
      });
      const resolved = await db.transaction((tx) =>
        store.speakers.resolveMany(tx, [
          { key: 'ada okafor', name: 'Ada Okafor', type: 'person', role: null },
          { key: 'ben okafor', name: 'Ben Okafor', type: 'person', role: null },
          { key: 'okafor', name: 'Okafor', type: 'person', role: null },
        ]),
      );
      const ids = [...resolved.values()].map((r) => r.id);
      assert.equal(ids.length, 3);
      const stored = await db.query<{ id: string }>('SELECT id FROM speakers WHERE id = ANY($1::text[])', [
        ids,
      ]);
      assert.equal(stored.length, 3, 'every resolved speaker is in the speakers table');
      assert.equal(
        resolved.get('okafor')?.id,
        lone?.id,
        "the lone surname, now two people's, is still its own speaker",
      );
    });
  });
}

storeSuite('PostgreSQL', async () => {
  const database = await createTestDatabase();
  return { db: await openDb({ databaseUrl: database.url, dataDir: '' }), cleanup: database.drop };
});

storeSuite('embedded PGlite', async () => {
  const temp = await tempDir();
  return { db: await openDb({ databaseUrl: null, dataDir: temp.dir }), cleanup: temp.remove };
});

describe('the embedded data folder', () => {
  test('a second process is refused with a clear message while the first holds it', async () => {
    const temp = await tempDir();
    const db = await openDb({ databaseUrl: null, dataDir: temp.dir });
    try {
      const child = spawnSync(process.execPath, [`${REPO_ROOT}/bin/claims.js`, 'status'], {
        env: { ...process.env, CLAIMS_DATA_DIR: temp.dir, DATABASE_URL: '', REDIS_URL: '' },
        encoding: 'utf8',
      });
      assert.equal(child.status, 1);
      assert.match(child.stderr, /in use by another claimdesk process \(pid \d+\)/);
    } finally {
      await db.close();
    }
    const reopened = await openDb({ databaseUrl: null, dataDir: temp.dir });
    await reopened.close();
    await temp.remove();
  });
});
