import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExtractedMention } from '../../../extract/types.ts';
import { checkOf, sameSpeaker, scoreAttributions, splitOf } from '../../eval/scoreLabels.ts';

test('a shorter or longer form of one name is the same speaker; another first name is not', () => {
  assert.ok(sameSpeaker('Peskov', 'Dmitry Peskov'));
  assert.ok(sameSpeaker('Mr. Peskov', 'Dmitry Peskov'));
  assert.ok(sameSpeaker('D. Peskov', 'Dmitry Peskov'));
  assert.ok(sameSpeaker('Kremlin’s Peskov', 'Peskov'));
  assert.ok(sameSpeaker('Genesee County Sheriff Robert Pickell', 'Robert Pickell'));
  assert.ok(!sameSpeaker('Ivan Peskov', 'Dmitry Peskov'));
  assert.ok(!sameSpeaker('Sheriff Pickell', 'Robert Pickell'));
  assert.ok(!sameSpeaker('Kremlin', 'Dmitry Peskov'));
});

test('an unnamed source matches its description, with or without a determiner; a title alone is kept', () => {
  assert.ok(sameSpeaker('senior official', 'a senior official'));
  assert.ok(sameSpeaker('rep', 'her rep'));
  assert.ok(!sameSpeaker('entertainment magazine', 'Entertainment Weekly'));
  assert.ok(!sameSpeaker('Earlier this year', 'Tara Reid'));
});

test('the held-out split is a stable third of the documents', () => {
  const ids = Array.from({ length: 600 }, (_, i) => `ecbplus/${i}_1ecb`);
  const held = ids.filter((id) => splitOf(id) === 'held-out').length;
  assert.ok(held > 150 && held < 250, `${held} of 600`);
  assert.equal(splitOf('ecbplus/1_1ecb'), splitOf('ecbplus/1_1ecb'));
});

test('of two items covering a label alike, the tighter one is scored: a clause nested in a quote', () => {
  const text = '“Mara Venn says she can fix the ferry timetable,” Ola Brisk said.';
  const clause = text.indexOf('she can');
  const close = text.indexOf(',”');
  const item = (start: number, speaker: string) => ({ kind: 'quote', start, end: close, speaker }) as ExtractedMention;
  const label = { doc: 'aeb/x', start: clause, end: close, check: checkOf(text.slice(clause, close)), type: 'indirect' as const, speaker: 'Mara Venn', speaker_type: 'person' as const, role: null };
  const score = scoreAttributions([label], new Map([['aeb/x', text]]), () => [item(1, 'Ola Brisk'), item(clause, 'Mara Venn')]);
  assert.equal(score.right, 1);
});
