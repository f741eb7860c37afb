import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namedParameters } from '../../../store/namedParameters.ts';

test('named parameters: each name its placeholder, the values in the same order', () => {
  const { arg, values } = namedParameters(['ids', 'hash', 'at']);
  assert.deepEqual(arg, { ids: '$1', hash: '$2', at: '$3' });
  assert.deepEqual(values({ at: null, ids: ['a'], hash: 'h' }), [['a'], 'h', null]);
});
