import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { StoryArticle } from '../../../dedupe/placeStories.ts';
import {
  regroupNeighbourhood,
  renamedStories,
  storyKeyTerms,
  storyLookupTerms,
} from '../../../dedupe/placeStories.ts';
import { documentFrequencies, termCounts } from '../../../dedupe/storyVectors.ts';
import { placeIncrementally } from '../../eval/incrementalStories.ts';

const QUAKE_A =
  'A 6.1 earthquake struck Aceh on Tuesday, killing 22 people in Bener Meriah. Sutopo Purwo Nugroho said hundreds were hurt.';
const QUAKE_B =
  'At least 22 people died when the 6.1 quake hit Aceh. Villages in Bener Meriah were buried, Sutopo Purwo Nugroho said.';
const QUAKE_C =
  'Rescuers in Aceh searched for survivors of the 6.1 earthquake that killed 22 in Bener Meriah, said Sutopo Purwo Nugroho.';
const MATCH =
  'Chelsea beat Arsenal 2-1 at Stamford Bridge on Sunday. Mikel Arteta said his side had been unlucky in the derby.';
const docs = [
  { id: 'a', text: QUAKE_A },
  { id: 'b', text: QUAKE_B },
  { id: 'c', text: QUAKE_C },
  { id: 'd', text: MATCH },
];

function articles(): StoryArticle[] {
  return docs.map((d) => ({
    id: d.id,
    publishedAt: null,
    counts: termCounts(d, 3),
    groupId: d.id,
    storyId: null,
  }));
}

describe('placeStories', () => {
  test('an article is found by its names before its common words', () => {
    const keys = storyKeyTerms(termCounts({ text: QUAKE_A }, 3), 3);
    assert.ok(keys.includes('=sutopo purwo nugroho'), keys.join(', '));
    assert.ok(
      keys.every((k) => k.startsWith('=')),
      keys.join(', '),
    );
  });

  test('the lookup terms are the weightiest under the idf of every article seen, never a term in one article only', () => {
    const all = articles();
    const stats = { total: all.length, df: documentFrequencies(all.map((a) => a.counts)) };
    const lookup = storyLookupTerms(all[0]?.counts ?? new Map(), stats);
    assert.ok(lookup.length > 0);
    assert.ok(
      lookup.every((t) => (stats.df.get(t) ?? 0) >= 2),
      lookup.join(', '),
    );
    assert.ok(!lookup.includes('=chelsea'));
  });

  test('a neighbourhood is grouped into stories named by their least id; copies are one story whatever their words', () => {
    const all = articles();
    const stats = { total: all.length, df: documentFrequencies(all.map((a) => a.counts)) };
    const stories = regroupNeighbourhood(all, stats);
    assert.deepEqual(Object.fromEntries(stories), { a: 'a', b: 'a', c: 'a', d: 'd' });
    const copied = regroupNeighbourhood(
      all.map((a) => (a.id === 'd' ? { ...a, groupId: 'c' } : a)),
      stats,
    );
    assert.equal(copied.get('d'), copied.get('c'));
  });

  test('a kept story is one cluster, named by its least article even when that one was not read', () => {
    const all = articles();
    const stats = { total: all.length, df: documentFrequencies(all.map((a) => a.counts)) };
    // The match report read as part of a kept story '0b' with a quake report: it stays with it.
    const kept = new Set(['0b']);
    const inStory = all.map((a) => (a.id === 'b' || a.id === 'd' ? { ...a, storyId: '0b' } : a));
    const read = inStory.filter((a) => a.id !== 'c');
    const stories = regroupNeighbourhood(read, stats, undefined, kept);
    assert.equal(stories.get('d'), stories.get('b'));
    // 'a' joins the kept story, whose name '0b' (an article not read) is less than every id read.
    assert.deepEqual(Object.fromEntries(stories), { a: '0b', b: '0b', d: '0b' });
    assert.deepEqual(Object.fromEntries(renamedStories(read, stories, kept)), {});
    // Named after a lesser id that joins it, the kept story is renamed, its unread articles with it.
    const lesser = read.map((a) => (a.id === 'a' ? { ...a, id: '00' } : a));
    const renamed = regroupNeighbourhood(lesser, stats, undefined, kept);
    assert.equal(renamed.get('b'), '00');
    assert.deepEqual(Object.fromEntries(renamedStories(lesser, renamed, kept)), { '0b': '00' });
    // A copy of an article of a kept story starts in that story, whatever its words.
    const copy = { ...(all[3] as StoryArticle), id: 'e', groupId: 'b' };
    const withCopy = regroupNeighbourhood(
      [...read.filter((a) => a.id !== 'd'), copy],
      stats,
      undefined,
      kept,
    );
    assert.equal(withCopy.get('e'), '0b');
  });

  test('articles placed one by one give the same stories in every order', () => {
    const expected = { a: 'a', b: 'a', c: 'a', d: 'd' };
    for (const order of [docs, [...docs].reverse(), [docs[3], docs[1], docs[0], docs[2]]]) {
      const placed = placeIncrementally(
        order.filter((d) => d !== undefined),
        new Map(),
      );
      assert.deepEqual(Object.fromEntries([...placed].sort()), expected);
    }
  });
});
