import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collapseVariants, variantKey } from '../../../store/collapseVariants.ts';

test('printings that differ in a final full stop, case, spacing or typography have one key', () => {
  const same = [
    'We will continue to do everything we can.',
    'We will continue to do everything we can',
    'we will  continue to do\neverything we can',
    'We will continue to do everything we can .',
  ];
  assert.equal(new Set(same.map(variantKey)).size, 1);
  assert.equal(variantKey('It’s “lawful”'), variantKey("it's \"lawful\""));
  // Other words, another figure, a negation or a comma inside stay apart.
  for (const other of ['We will not continue to do everything we can', 'We will continue, to do everything we can', '100 million users']) {
    assert.notEqual(variantKey(other), variantKey(same[0]!));
  }
});

test('collapseVariants keeps the printing most articles used, then the one with its full stop', () => {
  const variants = ['More than 100 million users', 'more than 100 million users', 'more than 100 million users.', 'over 100 million users'];
  assert.deepEqual(collapseVariants(variants, new Map([['more than 100 million users', 3]])), [
    'more than 100 million users',
    'over 100 million users',
  ]);
  assert.deepEqual(collapseVariants(variants, new Map()), ['more than 100 million users.', 'over 100 million users']);
  assert.deepEqual(collapseVariants(['a', 'b'], new Map()), ['a', 'b']);
});
