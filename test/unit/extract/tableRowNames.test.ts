import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures } from '../../../extract/extractFigures.ts';
import { analyzeText } from '../../../extract/analyzeText.ts';
import { countedInitialisms, tableRowNames } from '../../../extract/tableRowNames.ts';
import { growthOf } from '../growth.ts';

const namesOf = (text: string, figure: string) =>
  extractFigures(analyzeText(text), [])
    .filter((f) => f.text === figure)
    .map((f) => f.entities);

test("a stat line naming no one but its columns is its row's player's: two players' lines stay two", () => {
  const rows =
    'Linebackers\nLB Jane Roe 51 80% 4 tackles (4 combined). 1 sack, 1 TFL, 2 QH.\nLB Mary Major 40 61% 2 tackles (2 combined). 1 sack, 1 INT.';
  const [roe, major] = namesOf(rows, '1 sack');
  assert.ok(roe?.some((name) => name.includes('Jane Roe')));
  assert.ok(major?.some((name) => name.includes('Mary Major')));
  assert.ok(!roe?.includes('TFL') && !major?.includes('INT'));
});

test('a sentence of prose, or a stat line opening its own line, keeps its own names', () => {
  assert.deepEqual(namesOf('The defense had 3 sacks against Ohio.', '3 sacks'), [['Ohio']]);
  assert.deepEqual(namesOf('Box score\n2 sacks, 1 INT.', '2 sacks'), [['INT']]);
});

test('the initialisms a number counts in a sentence are columns', () => {
  assert.deepEqual(
    [...countedInitialisms('1 sack, 1 TFL, 3 QHs and 43 RBIs for Ohio.')],
    ['TFL', 'QH', 'RBI'],
  );
});

test('a stat line far into a long line of prose is no row of a table: it keeps its own names', () => {
  const prose = `Coach Ann Lee praised her defense after the game. ${'The line held firm all night. '.repeat(12)}`;
  assert.deepEqual(namesOf(`${prose}2 sacks, 1 INT.`, '2 sacks'), [['INT']]);
});

test('the row of every stat line of a page printed as one line is read near it, not from the start of the page', async () => {
  const page = (n: number) => Array.from({ length: n }, (_, i) => `Ann Lee ${i} spoke. 1 sack, 1 TFL, 2 QH.`).join(' ');
  const analyses = new Map([300, 1200].map((n) => [n, analyzeText(page(n))]));
  const rows = (n: number) => {
    const analysis = analyses.get(n);
    for (const span of analysis?.sentences ?? []) tableRowNames(analysis ?? analyzeText(''), span);
  };
  const growth = await growthOf(rows, 300, { tries: 2 });
  assert.ok(growth < 12, `${growth.toFixed(1)}x the time for 4x the input`);
});
