import assert from 'node:assert/strict';
import { test } from 'node:test';
import type cliProgress from 'cli-progress';
import { formatTimeLeft, shorten } from '../../../app/startProgress.ts';

test('the time left is a question mark while no rate is known, never a cut-off INF', () => {
  const options = { autopaddingChar: '0' } as cliProgress.Options;
  // cli-progress sets its ETA to these strings when the rate is zero or not yet measured (values stuck at 0).
  assert.equal(formatTimeLeft('INF' as unknown as number, options, 5), '?');
  assert.equal(formatTimeLeft('NULL' as unknown as number, options, 5), '?');
  assert.equal(formatTimeLeft(Number.POSITIVE_INFINITY, options, 5), '?');
  assert.equal(formatTimeLeft(125, options, 5), '02m05s');
  assert.equal(formatTimeLeft(7, options, 5), '07s');
});

test('a long subject is cut in its middle to keep the bar on one line', () => {
  assert.equal(shorten('fetch https://example.com/a', 60), 'fetch https://example.com/a');
  const cut = shorten(`fetch https://example.com/${'x'.repeat(100)}/huge-page.html`, 40);
  assert.equal(cut.length, 40);
  assert.match(cut, /^fetch https:\/\/exa.*….*huge-page\.html$/);
});
