import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lockScopesStatement, textArray } from '../../../store/locks.ts';
import pg from 'pg';

test('a text array literal quotes each string, doubling quotes, and writes one with a backslash as an E string', () => {
  assert.equal(textArray([]), 'ARRAY[]::text[]');
  assert.equal(textArray(["text|o'hara", 'plain']), "ARRAY['text|o''hara', 'plain']::text[]");
  assert.equal(textArray(['a\\b']), "ARRAY[E'a\\\\b']::text[]");
  assert.equal(textArray(["c\\'d"]), "ARRAY[E'c\\\\''d']::text[]");
});

test('the scope locks written into a statement: none for no scope, else both lists as literals in one statement', () => {
  assert.equal(lockScopesStatement([], []), undefined);
  const sql = lockScopesStatement(['text|okafor'], ['text|*']) ?? '';
  assert.match(sql, /unnest\(ARRAY\['text\|okafor'\]::text\[\]\) AS name, false AS shared/);
  assert.match(sql, /unnest\(ARRAY\['text\|\*'\]::text\[\]\), true/);
  assert.doesNotMatch(sql, /\$\d/);
});

test("each literal is the one the pg client's escapeLiteral writes", () => {
  for (const value of ["o'hara", 'a\\b', "c\\'d", 'plain', '“Ünïcode”', "x'); DROP TABLE articles; --"]) {
    assert.equal(textArray([value]), `ARRAY[${pg.escapeLiteral(value).trim()}]::text[]`, value);
  }
});

test('settings given with the scope locks are set for the transaction by the same statement, as literals', () => {
  const sql = lockScopesStatement(['text|okafor'], [], { work_mem: '32MB', "odd'name": 'x' }) ?? '';
  assert.match(sql, /^SELECT set_config\('work_mem', '32MB', true\), set_config\('odd''name', 'x', true\), count\(/);
  assert.doesNotMatch(lockScopesStatement(['text|okafor']) ?? '', /set_config/);
});
