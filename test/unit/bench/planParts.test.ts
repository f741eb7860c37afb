import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planParts } from '../../../bench/run.ts';

test('no part named runs every part with its defaults', () => {
  assert.deepEqual(
    planParts([]).map((p) => p.part),
    ['dedupe', 'ingest', 'e2e', 'doors', 'cli'],
  );
});

test('options go to the part named before them; leading options go to dedupe', () => {
  assert.deepEqual(planParts(['dedupe', '--sizes', '10k', 'e2e', '--pages', '200']), [
    { part: 'dedupe', args: ['--sizes', '10k'] },
    { part: 'e2e', args: ['--pages', '200'] },
  ]);
  assert.deepEqual(planParts(['--sizes', '10k', '--no-naive']), [
    { part: 'dedupe', args: ['--sizes', '10k', '--no-naive'] },
  ]);
});

test('an unknown part is refused with the list of parts', () => {
  assert.throws(() => planParts(['speed']), /unknown bench part "speed": use dedupe, ingest, e2e, doors/);
});
