import assert from 'node:assert/strict';
import { test } from 'node:test';
import { preferredName } from '../../../store/speakers.ts';

test('a speaker printed capitalised at a sentence start and lower-case inside one is shown capitalised, either order', () => {
  assert.equal(preferredName('Observers', 'observers'), 'Observers');
  assert.equal(preferredName('observers', 'Observers'), 'Observers');
});

test('the choice between two printings of one key is a total order: the longer, then the first in code-point order', () => {
  assert.equal(preferredName('Dr Ann Lee', 'Dr. Ann Lee'), 'Dr. Ann Lee');
  assert.equal(preferredName('Dr. Ann Lee', 'Dr Ann Lee'), 'Dr. Ann Lee');
  assert.equal(preferredName('Ann LEE', 'Ann Lee'), 'Ann LEE');
  assert.equal(preferredName('Ann Lee', 'Ann LEE'), 'Ann LEE');
});
