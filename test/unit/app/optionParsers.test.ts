import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InvalidArgumentError } from 'commander';
import { isoDate } from '../../../app/cli/optionParsers.ts';

test('a --since/--until date is a day or a moment in ISO 8601, read as UTC', () => {
  assert.equal(isoDate('2026-01-31'), '2026-01-31T00:00:00.000Z');
  assert.equal(isoDate('2026-01-31T10:30:00+02:00'), '2026-01-31T08:30:00.000Z');
});

test('a date that could be read two ways, or no date, is refused with an example', () => {
  for (const value of ['3/12/2026', 'March 12', 'yesterday', '2026-13-45', '']) {
    assert.throws(
      () => isoDate(value),
      (error: unknown) => error instanceof InvalidArgumentError && /such as 2026-02-12/.test(error.message),
      value,
    );
  }
});
