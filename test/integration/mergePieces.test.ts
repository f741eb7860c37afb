// A page of thousands of mentions (a live blog) merges piece by piece: one transaction taking a scope lock for each
// of its speakers and figures at once asked PostgreSQL's shared lock table for more than it holds ("out of shared
// memory"), and left every mention of the page unmerged. Run on the embedded default, as `claims ingest` runs it.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { KEY_SCHEME } from '../../dedupe/candidateKeys.ts';
import { DEFAULT_MERGE_OPTIONS } from '../../dedupe/mergeOptions.ts';
import { loadConfig } from '../../jobs/config.ts';
import { MAX_MERGE_LOCKS, mergeMentions } from '../../jobs/mergeMentions.ts';
import { planInputs } from '../../jobs/planInputs.ts';
import { openRuntime } from '../../jobs/runtime.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import { placeStory } from '../../jobs/placeStory.ts';
import type { Db } from '../../store/db.ts';
import { streamClaims } from '../../store/exportClaims.ts';
import * as store from '../../store/index.ts';
import { tempDir } from './services.ts';

const SYLLABLES = [
  'bar',
  'cel',
  'dov',
  'fen',
  'gar',
  'hol',
  'kes',
  'lum',
  'mar',
  'nov',
  'pel',
  'ros',
  'sal',
  'tam',
  'vel',
  'wen',
  'yar',
  'zor',
  'bren',
  'dal',
  'fir',
  'gol',
  'har',
  'jun',
  'kor',
  'lin',
  'mor',
  'nel',
  'per',
  'ril',
  'sor',
  'tin',
];

/** An invented live blog: each update quotes another resident, named in full, so that each needs scope locks of its own. */
function liveBlog(updates: number): string {
  const lines = ['Flood live: residents speak', ''];
  for (let i = 0; i < updates; i++) {
    const surname = `${SYLLABLES[i % 32]}${SYLLABLES[Math.floor(i / 32) % 32]}ick`.replace(/^./, (c) =>
      c.toUpperCase(),
    );
    lines.push(
      `“The water reached our step number ${i} before dawn,” said resident Alder ${surname}, who stayed on the hill.`,
      '',
    );
  }
  return lines.join('\n');
}

const cleanups: Array<() => Promise<void>> = [];
let runtime: Runtime;
let articleId: string;

before(async () => {
  const temp = await tempDir();
  cleanups.push(temp.remove);
  runtime = await openRuntime(
    loadConfig({ CLAIMS_DATA_DIR: path.join(temp.dir, 'data'), LOG_LEVEL: 'silent' }),
  );
  cleanups.unshift(() => runtime.close());
  const file = path.join(temp.dir, 'live.txt');
  // Two scope locks a quote (its speaker's surname, as text scope and as speaker scope): more than one transaction holds.
  await fs.writeFile(file, liveBlog(Math.ceil(MAX_MERGE_LOCKS / 2) + 60));
  const plan = await planInputs([file], { maxBytes: 1e7, runId: 'pieces' });
  const report = await runtime.run(plan.jobs, { wait: true });
  assert.deepEqual(report?.failures, []);
  const [row] = await runtime.db.query<{ id: string }>('SELECT id FROM articles');
  articleId = row!.id;
});
after(async () => {
  for (const cleanup of cleanups) await cleanup();
});

const claimsOf = async (db: Db) => {
  const claims: string[] = [];
  for await (const c of streamClaims(db)) claims.push(`${c.kind} ${c.speaker ?? ''}: ${c.text}`);
  return claims.sort();
};

test('an article whose mentions need more scope locks than one transaction may take is merged piece by piece', async () => {
  const db = runtime.db;
  const expected = await claimsOf(db);
  assert.ok(expected.length > MAX_MERGE_LOCKS / 2, `${expected.length} claims`);
  const [reset] = await db.transaction((tx) => store.claims.resetForRecluster(tx, KEY_SCHEME));
  assert.ok(reset);
  await placeStory(db, { ...(await store.articles.get(db, reset.articleId)), groupId: reset.articleId });
  // The scope locks each transaction takes with its BEGIN (lockScopesStatement writes them as quoted literals, after
  // the settings it sets, MERGE_SETTINGS, which are not locks).
  const locksTaken: number[] = [];
  const counting: Db = {
    kind: db.kind,
    location: db.location,
    query: (sql, params) => db.query(sql, params),
    exec: (sql) => db.exec(sql),
    close: () => db.close(),
    transaction: (fn, options) => {
      if (options?.begin) locksTaken.push(new Set(options.begin.replace(/set_config\([^)]*\), /g, '').match(/'(?:[^']|'')*'/g)).size);
      return db.transaction(fn, options);
    },
  };
  const mentions = await store.mentions.listUnmerged(db, articleId);
  const outcomes = await mergeMentions(counting, mentions, DEFAULT_MERGE_OPTIONS, reset);
  assert.ok(locksTaken.length > 1, `${locksTaken.length} transaction(s)`);
  assert.ok(
    locksTaken.every((n) => n <= MAX_MERGE_LOCKS),
    locksTaken.join(', '),
  );
  assert.equal(outcomes.length, mentions.length, 'an outcome for every mention, in order');
  assert.deepEqual(await store.mentions.listUnmerged(db, articleId), []);
  const [marked] = await db.query<{ merged: boolean }>(
    'SELECT deduped_hash IS NOT NULL AS merged FROM articles WHERE id = $1',
    [articleId],
  );
  assert.equal(marked?.merged, true, 'the article is marked merged with its last piece');
  assert.deepEqual(await claimsOf(db), expected);
});
