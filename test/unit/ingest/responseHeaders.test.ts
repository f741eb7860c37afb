import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maxAgeOf, retryAfterOf } from '../../../ingest/responseHeaders.ts';

test('max-age and Retry-After are read from their headers', () => {
  assert.equal(maxAgeOf('public, max-age=600, s-maxage=60'), 600);
  assert.equal(maxAgeOf('no-cache'), null);
  assert.equal(maxAgeOf(null), null);
  assert.equal(retryAfterOf('120'), 120);
  const now = Date.UTC(2026, 0, 1, 12);
  assert.equal(retryAfterOf('Thu, 01 Jan 2026 12:05:00 GMT', now), 300);
  assert.equal(retryAfterOf('soon'), null);
  assert.equal(retryAfterOf(null), null);
});
