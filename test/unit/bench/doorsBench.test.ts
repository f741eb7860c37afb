import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeCorpus } from '../../../bench/doors/fillClaims.ts';
import { percentile, summarize } from '../../../bench/doors/latency.ts';
import { typicalQueries } from '../../../bench/doors/typicalQueries.ts';

test('percentiles by nearest rank', () => {
  const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
  assert.equal(percentile(samples, 50), 5);
  assert.equal(percentile(samples, 95), 10);
  assert.equal(percentile([7], 95), 7);
  assert.ok(Number.isNaN(percentile([], 50)));
  assert.deepEqual(summarize([3, 1, 2]), { runs: 3, p50: 2, p95: 3, max: 3 });
});

test('the corpus is the same for a seed, with the well-known speakers among the often quoted', () => {
  const a = describeCorpus(100_000, 7);
  const b = describeCorpus(100_000, 7);
  assert.deepEqual(a, b);
  assert.notDeepEqual(describeCorpus(100_000, 8).words, a.words);
  assert.equal(a.speakerNames.length, a.speakers);
  assert.equal(new Set(a.speakerNames).size, a.speakers, 'speaker names are distinct');
  assert.equal(a.speakerNames[10], 'Dmitry Peskov');
  assert.equal(a.articles, 25_000);
});

test('the typical queries cover words, phrases, OR, exclusion, fuzzy names, filters, sorts and a second page', () => {
  const queries = typicalQueries(describeCorpus(10_000, 7));
  const text = queries.map((q) => q.filters.query ?? '');
  assert.ok(text.some((q) => /^".+ .+"$/.test(q)), 'a phrase');
  assert.ok(text.some((q) => / OR /.test(q)), 'an OR');
  assert.ok(text.some((q) => / -\w/.test(q)), 'an exclusion');
  assert.ok(queries.some((q) => q.filters.speaker === 'Peskow'), 'a misspelt speaker');
  for (const filter of ['outlet', 'kind', 'since', 'until', 'minOutlets', 'hasConflicts'] as const) {
    assert.ok(queries.some((q) => q.filters[filter] !== undefined), filter);
  }
  assert.ok(queries.some((q) => q.sort === 'spread') && queries.some((q) => q.sort === 'recent'));
  assert.ok(queries.some((q) => q.secondPage));
  const range = queries.find((q) => q.filters.since);
  assert.ok(range?.filters.since && range.filters.until && range.filters.since < range.filters.until, 'a month inside the corpus');
});
