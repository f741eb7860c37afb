import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupsOthers } from '../../../store/articles.ts';

test('joining a group of a lesser id, or none, rewrites no other article', () => {
  assert.equal(groupsOthers('a_5', []), false);
  assert.equal(groupsOthers('a_5', ['a_2']), false);
  assert.equal(groupsOthers('a_5', ['a_2', 'a_2']), false);
});

test('an article of the least id, or one joining two groups, rewrites the other members', () => {
  assert.equal(groupsOthers('a_1', ['a_2']), true);
  assert.equal(groupsOthers('a_5', ['a_2', 'a_3']), true);
  // Code-point order, as joinGroups sorts (COLLATE "C"): 'a_B' < 'a_a'.
  assert.equal(groupsOthers('a_a', ['a_B']), false);
  assert.equal(groupsOthers('a_B', ['a_a']), true);
});
