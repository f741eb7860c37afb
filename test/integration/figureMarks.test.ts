// A figure's marks (which of several like figures it is: the quake its sentence tells of) keep two quakes' tolls
// apart, and are stored beside the unit, never in it: the exports print the unit clean (issue 16). Migration 0030
// moves the marks that units held before it out of them.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { claimToCsvRow, mentionToCsvRow } from '../../app/csv.ts';
import { variantHash } from '../../dedupe/planMerges.ts';
import { splitStatements } from '../../store/migrate.ts';
import { streamClaims } from '../../store/exportClaims.ts';
import { streamMentions } from '../../store/exportMentions.ts';
import { REPO_ROOT, tempDir } from './services.ts';
import { ingestInOrder } from './ingestInOrder.ts';

/** Two outlets on one quake (magnitude 5.9, four dead), each recalling an older one (magnitude 7.2) that killed four too. */
const ARTICLES: Record<string, string> = {
  courier:
    'Quake shakes Vellmar hills\n\nA strong 5.9-magnitude earthquake rocked the hill towns of Vellmar on Tuesday, killing at least four people, officials in the province said. Rescue teams searched collapsed farmhouses through the night. The last big quake in the region, of magnitude 7.2 in March 1998, killed four people and left thousands homeless.\n',
  ledger:
    'Deadly tremor strikes Vellmar\n\nFour people were killed when a 5.9-magnitude earthquake struck the hill towns of Vellmar on Tuesday, provincial officials said. Rescuers dug through the rubble of farmhouses overnight. A quake of magnitude 7.2 that hit the region in March 1998 killed four people, officials recalled.\n',
};

const MARK_WORDS = /magnitude|quake|alike in its sentence/i;

describe('figure marks', () => {
  const cleanups: Array<() => Promise<void>> = [];
  after(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  test("two quakes' tolls stay two claims, and the exported units carry no mark", async () => {
    const temp = await tempDir();
    cleanups.push(temp.remove);
    const files = [];
    for (const [name, text] of Object.entries(ARTICLES)) {
      const file = path.join(temp.dir, `${name}.txt`);
      await fs.writeFile(file, text);
      files.push(file);
    }
    const { db } = await ingestInOrder(files, cleanups);

    const tolls = await db.query<{ claim_id: string; quakes: number[] }>(
      `SELECT claim_id, array_agg(DISTINCT (figure_marks->>'quake')::double precision) AS quakes
       FROM mentions WHERE kind = 'number' AND value = 4 GROUP BY claim_id ORDER BY claim_id`,
    );
    // Each toll's claim holds the printings of one quake, whichever outlet printed them.
    assert.deepEqual(tolls.map((t) => t.quakes).sort(), [[5.9], [7.2]]);

    const claims = [];
    for await (const claim of streamClaims(db, { kind: 'number' })) claims.push(claim);
    const mentions = [];
    for await (const mention of streamMentions(db, { kind: 'number' })) mentions.push(mention);
    assert.ok(mentions.length >= 4);
    for (const unit of [...claims.map((c) => c.unit), ...mentions.map((m) => m.unit)])
      assert.doesNotMatch(unit ?? '', MARK_WORDS);
    for (const row of [...claims.map(claimToCsvRow), ...mentions.map(mentionToCsvRow)]) {
      // The sentence a mention stands in names the quake, and so do the texts: the unit's cell must not.
      assert.doesNotMatch(row, /\(killed; quake|\(killing; quake|alike in its sentence/);
    }
    assert.deepEqual(
      mentions
        .filter((m) => m.value === 4)
        .map((m) => m.unit)
        .sort(),
      ['people (killed)', 'people (killed)', 'people (killed)', 'people (killing)'],
    );
  });

  test('migration 0030 moves the marks units held out of them; variants keep their hashes', async () => {
    const temp = await tempDir();
    cleanups.push(temp.remove);
    const file = path.join(temp.dir, 'courier.txt');
    // With two figures alike in one sentence: each is marked with which of them it is.
    const levies =
      'Shippers in Vellmar cannot tell whether a 20 percent levy that the ministry planned for March will go ahead, or whether a 20 percent levy imposed on steel in June will stay.\n';
    await fs.writeFile(file, `${ARTICLES.courier ?? ''}\n${levies}`);
    const { db } = await ingestInOrder([file], cleanups);
    const read = () =>
      db.query<{ text: string; unit: string | null; figure_marks: unknown }>(
        `SELECT text, unit, figure_marks FROM mentions WHERE kind = 'number' ORDER BY start_offset`,
      );
    const readVariants = () =>
      db.query<{
        hash: string;
        text: string;
        speaker_key: string | null;
        entities: string[];
        unit: string | null;
        figure_marks: unknown;
        kind: string;
      }>(
        `SELECT v.hash, v.text, v.speaker_key, v.entities, v.unit, v.figure_marks, c.kind
           FROM claim_variants v JOIN claims c ON c.id = v.claim_id ORDER BY v.hash`,
      );
    const [mentions, variants] = [await read(), await readVariants()];
    assert.deepEqual(
      mentions.flatMap((m) => (m.figure_marks === null ? [] : [m.figure_marks])),
      [{ quake: 5.9 }, { quake: 7.2 }, { quake: 7.2 }, { inSentence: '1/2' }, { inSentence: '2/2' }],
    );
    // The figures' variants (a statement's hash also covers its role and a weak speaker, which are not read here).
    for (const v of variants.filter((row) => row.kind === 'number')) {
      const variant = {
        text: v.text,
        speakerKey: v.speaker_key,
        entities: v.entities,
        unit: v.unit,
        marks: v.figure_marks as never,
      };
      assert.equal(variantHash(variant), v.hash, `${v.text}: the hash a variant was stored with`);
    }

    // As the rows were stored before 0030: the marks in the unit's bracket, after what is counted.
    const legacy = `CASE WHEN figure_marks IS NULL THEN unit ELSE
      regexp_replace(coalesce(unit, ''), '\\s*\\(([^)]*)\\)\\s*$', '') || ' (' || concat_ws('; ',
        substring(coalesce(unit, '') from '\\(([^)]*)\\)\\s*$'),
        'quake of magnitude ' || (figure_marks->>'quake'),
        'figure ' || replace(figure_marks->>'inSentence', '/', ' of ') || ' alike in its sentence') || ')' END`;
    await db.query(`UPDATE mentions SET unit = ${legacy}, figure_marks = NULL`);
    await db.query(`UPDATE claim_variants SET unit = ${legacy}, figure_marks = NULL`);
    const old = await read();
    assert.ok(
      old.some((m) => /people \(killing; quake of magnitude 5\.9\)/.test(m.unit ?? '')),
      JSON.stringify(old),
    );
    assert.ok(
      old.some((m) => /\((?:[^)]*; )?figure 2 of 2 alike in its sentence\)$/.test(m.unit ?? '')),
      JSON.stringify(old),
    );

    const sql = await fs.readFile(
      path.join(REPO_ROOT, 'store', 'migrations', '0030_figure_marks.sql'),
      'utf8',
    );
    // As migrate applies it, in one transaction (its table of marked units lives until the commit).
    await db.transaction(async (tx) => {
      for (const statement of splitStatements(sql).filter((s) => !s.startsWith('ALTER')))
        await tx.query(statement);
    });
    assert.deepEqual(await read(), mentions);
    assert.deepEqual(await readVariants(), variants);
  });
});
