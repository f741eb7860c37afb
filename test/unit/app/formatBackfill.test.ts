import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatBackfill } from '../../../app/formatBackfill.ts';
import type { Backfill } from '../../../store/backfills.ts';

const run = (over: Partial<Backfill>): Backfill => ({
  id: 'bf_1',
  params: { source: 'dir', path: '/tmp/in' },
  status: 'running',
  total: 10,
  done: 4,
  failed: 0,
  cursor: null,
  lastError: null,
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:05:00.000Z',
  ...over,
});

test('a stopped backfill says when, why and how to resume', () => {
  const line = formatBackfill(run({ status: 'stopped', lastError: 'interrupted by Ctrl-C (SIGINT)' }));
  assert.match(line, /stopped +4\/10 .* stopped 2026-01-01T10:05:00.000Z/);
  assert.match(line, /why: interrupted by Ctrl-C \(SIGINT\)/);
  assert.match(line, /resume it: run the same `claims backfill` command again/);
});

test('a running backfill with no batch for long says it may be driven by nobody', () => {
  const fresh = formatBackfill(run({}), Date.parse('2026-01-01T10:06:00Z'));
  assert.doesNotMatch(fresh, /no batch finished/);
  const stale = formatBackfill(run({}), Date.parse('2026-01-01T11:05:00Z'));
  assert.match(stale, /no batch finished for 60 min: if its command is no longer running/);
});
