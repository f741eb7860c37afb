// Canonical claims depend on the mentions, never on the order in which articles arrive, and
// `claims recluster` rebuilds exactly what the pipeline built.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { reclusterCommand } from '../../app/commands/recluster.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import type { ClaimRecord } from '../../store/claimRecords.ts';
import { streamClaims } from '../../store/exportClaims.ts';
import { sharedDir } from '../eval/runSeeds.ts';
import { ingestInOrder, writeRivalFigures } from './ingestInOrder.ts';
import { TEST_CORPUS, tempDir } from './services.ts';

/** A claim without ingestion times (a .txt article is dated when it is read). */
const comparable = (c: ClaimRecord) => ({
  ...c,
  first_seen: null,
  last_seen: null,
  articles: c.articles.map((a) => a.url).sort(),
});

async function allClaims(runtime: Runtime) {
  const claims = [];
  for await (const claim of streamClaims(runtime.db)) claims.push(comparable(claim));
  return claims.sort((a, b) => a.id.localeCompare(b.id));
}

/** A deterministic shuffle (mulberry32). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

async function txtFiles(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
}

describe('order independence', () => {
  const cleanups: Array<() => Promise<void>> = [];
  let files: string[] = [];
  after(async () => {
    for (const cleanup of cleanups) await cleanup();
  });
  before(async () => {
    files = [...(await txtFiles(TEST_CORPUS)), ...(await txtFiles(path.join(sharedDir(), 'fixtures', 'seeds')))];
  });

  test('three shuffled arrival orders give the same claims, ids and speakers included', async () => {
    const runs = [];
    for (const seed of [1, 2, 3]) runs.push(await allClaims(await ingestInOrder(shuffled(files, seed), cleanups)));
    assert.ok((runs[0]?.length ?? 0) > 10);
    assert.deepEqual(runs[1], runs[0]);
    assert.deepEqual(runs[2], runs[0]);
  });

  test('recluster rebuilds the same claims, and running it twice changes nothing', async () => {
    const runtime = await ingestInOrder(files, cleanups);
    const before = await allClaims(runtime);
    const write = process.stderr.write;
    process.stderr.write = () => true;
    try {
      await reclusterCommand(runtime, { wait: true, json: false });
      assert.deepEqual(await allClaims(runtime), before);
      await reclusterCommand(runtime, { wait: true, json: false });
    } finally {
      process.stderr.write = write;
    }
    assert.deepEqual(await allClaims(runtime), before);
  });

  test('a surname seen before the full name ends up with the full-name speaker, in one claim', async () => {
    const temp = await tempDir();
    cleanups.push(temp.remove);
    const surnameOnly = path.join(temp.dir, 'a-surname.txt');
    const fullName = path.join(temp.dir, 'b-fullname.txt');
    await fs.writeFile(
      surnameOnly,
      'Officials were asked about the ban on Monday.\n\n"The company must comply with Russian law or leave the market," Peskov told reporters.\n',
    );
    await fs.writeFile(
      fullName,
      'Kremlin spokesman Dmitry Peskov spoke on Monday.\n\n"The company must comply with Russian law or leave the market," Peskov said.\n',
    );
    for (const order of [[surnameOnly, fullName], [fullName, surnameOnly]]) {
      const runtime = await ingestInOrder(order, cleanups);
      const claims = (await allClaims(runtime)).filter((c) => c.text.includes('must comply with Russian law'));
      assert.equal(claims.length, 1, JSON.stringify(claims));
      assert.equal(claims[0]?.speaker, 'Dmitry Peskov');
      assert.equal(claims[0]?.article_count, 2);
      const speakers = await runtime.db.query<{ name: string }>("SELECT name FROM speakers WHERE key LIKE '%peskov'");
      assert.deepEqual(speakers.map((s) => s.name), ['Dmitry Peskov']);
    }
  });

  test('a figure reported with another value is a conflicting variant of it, whichever article came first', async () => {
    const temp = await tempDir();
    cleanups.push(temp.remove);
    const { right, wrong, other } = await writeRivalFigures(temp.dir);
    const seen = [];
    for (const order of [[right, wrong, other], [other, wrong, right]]) {
      const runtime = await ingestInOrder(order, cleanups);
      const figures = (await allClaims(runtime)).filter((c) => c.kind === 'number' && c.unit !== null && /user/.test(c.unit));
      const byValue = new Map(figures.map((c) => [`${c.value}|${c.articles.map((u) => path.basename(u)).join(',')}`, c]));
      const hundred = byValue.get('100000000|right.txt');
      const ten = byValue.get('10000000|wrong.txt');
      assert.ok(hundred && ten, JSON.stringify(figures.map((c) => [c.value, c.unit, c.articles])));
      assert.deepEqual(hundred.conflicts.map((c) => [c.id, c.reason]), [[ten.id, 'figure']]);
      assert.deepEqual(ten.conflicts.map((c) => [c.id, c.reason]), [[hundred.id, 'figure']]);
      // Telegram's 10 million is its own figure, and no rival of WhatsApp's.
      const telegram = byValue.get('10000000|other.txt');
      assert.ok(telegram);
      assert.deepEqual(telegram.conflicts, []);
      seen.push(figures);
    }
    assert.deepEqual(seen[1], seen[0]);
  });

  test('wire copy republished with a new headline and small edits is one near-duplicate group, in any order', async () => {
    const temp = await tempDir();
    cleanups.push(temp.remove);
    const body = [
      'The river authority closed the lower dam on Tuesday after three days of heavy rain raised the water level',
      'to its highest mark since records began. Engineers said the structure was sound but that the gates would stay',
      'shut until the flow eased. Farmers downstream were told to move livestock to higher ground, and the regional',
      'council opened two schools as shelters for families who had to leave their homes overnight. The authority',
      'said it would publish new forecasts every six hours and asked residents to avoid the embankments.',
    ].join(' ');
    const wire = path.join(temp.dir, 'wire.txt');
    const copy = path.join(temp.dir, 'copy.txt');
    const other = path.join(temp.dir, 'other.txt');
    await fs.writeFile(wire, `Dam closed as river rises\n\n${body}\n`);
    await fs.writeFile(copy, `Floods: lower dam shut\n\nBy Staff and agencies\n\n${body.replace('two schools', 'three schools')}\n`);
    await fs.writeFile(other, 'Local team wins the cup\n\nThe home side won the regional cup final on Sunday with a late goal from the captain, and the town celebrated until midnight.\n');
    for (const order of [[wire, copy, other], [other, copy, wire]]) {
      const runtime = await ingestInOrder(order, cleanups);
      const rows = await runtime.db.query<{ url: string; id: string; duplicate_of: string | null }>(
        'SELECT url, id, duplicate_of FROM articles ORDER BY url',
      );
      const byName = new Map(rows.map((r) => [path.basename(r.url), r]));
      const group = [byName.get('wire.txt')!, byName.get('copy.txt')!].sort((a, b) => a.id.localeCompare(b.id));
      assert.equal(group[0]!.duplicate_of, null);
      assert.equal(group[1]!.duplicate_of, group[0]!.id);
      assert.equal(byName.get('other.txt')!.duplicate_of, null);
    }
  });
});
