import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseExport, parseSearch } from '../../../app/web/params.ts';
import { atMost } from '../../../app/cli/optionParsers.ts';
import {
  checkSearchQuery,
  MAX_FILTER_CHARS,
  MAX_QUERY_CHARS,
  queryProblem,
} from '../../../app/searchQuery.ts';
import { InputError } from '../../../errors.ts';

const tooLong = 'a'.repeat(10_000);

test('a query of the limit passes, one character more is refused with its length', () => {
  const longest = 'ab '.repeat(MAX_QUERY_CHARS).slice(0, MAX_QUERY_CHARS);
  assert.equal(checkSearchQuery(longest), longest);
  assert.equal(
    queryProblem(`${longest}x`),
    'the search words must be at most 1000 characters (these have 1001)',
  );
});

test('the CLI and the HTTP API refuse a too long query with the same message, naming q', () => {
  const problem = queryProblem(tooLong);
  assert.ok(problem);
  assert.throws(
    () => checkSearchQuery(tooLong),
    (error: unknown) => error instanceof InputError && error.message === problem && error.parameter === 'q',
  );
  for (const parse of [parseSearch, parseExport]) {
    assert.throws(
      () => parse(new URLSearchParams({ q: tooLong })),
      (error: unknown) =>
        error instanceof InputError &&
        error.message === `bad query parameter q: ${problem}` &&
        error.parameter === 'q',
    );
  }
});

test("a speaker, outlet or story filter has the API's limit in the CLI too, named without the value echoed", () => {
  const parse = atMost('--speaker', MAX_FILTER_CHARS);
  assert.equal(parse('Peskov'), 'Peskov');
  assert.throws(
    () => parse('x'.repeat(5000)),
    (error: unknown) =>
      error instanceof InputError &&
      error.message === '--speaker must be at most 200 characters (this has 5000)',
  );
  assert.throws(
    () => parseSearch(new URLSearchParams({ speaker: 'x'.repeat(MAX_FILTER_CHARS + 1) })),
    InputError,
  );
});
