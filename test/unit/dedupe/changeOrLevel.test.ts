import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figures, joins } from './figureJoins.ts';

test('the size of a rise or a fall and a level of one value are two figures', () => {
  const [level] = figures(
    'Receipts from the Brenmoor harbour levies have totalled about $40 billion since March.',
  );
  const [fall] = figures(
    'The Castleford Institute estimated that the Brenmoor harbour levies would cut national output by $40 billion.',
  );
  const [rise] = figures(
    'Brenmoor said the harbour levies would raise its revenue by $40 billion over a decade.',
  );
  const [fallAgain] = figures(
    'Economists at the Castleford Institute said the Brenmoor levies would reduce output by $40 billion.',
  );
  assert.ok(level && fall && rise && fallAgain);
  assert.deepEqual([level.unit, fall.unit, rise.unit], ['USD', 'USD (fall)', 'USD (rise)']);
  assert.equal(joins(level, fall), false);
  assert.equal(joins(fall, level), false);
  assert.equal(joins(rise, level), false);
  // One fall printed twice is one figure.
  assert.equal(joins(fall, fallAgain), true);
});
