import assert from 'node:assert/strict';
import { test } from 'node:test';
import type cliProgress from 'cli-progress';
import { formatTimeLeft } from '../../../app/startProgress.ts';

test('the time left is a question mark while no rate is known, never a cut-off INF', () => {
  const options = { autopaddingChar: '0' } as cliProgress.Options;
  // cli-progress sets its ETA to these strings when the rate is zero or not yet measured (values stuck at 0).
  assert.equal(formatTimeLeft('INF' as unknown as number, options, 5), '?');
  assert.equal(formatTimeLeft('NULL' as unknown as number, options, 5), '?');
  assert.equal(formatTimeLeft(Number.POSITIVE_INFINITY, options, 5), '?');
  assert.equal(formatTimeLeft(125, options, 5), '02m05s');
  assert.equal(formatTimeLeft(7, options, 5), '07s');
});
