import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MIN_TRIM_WORDS } from '../../../bench/renderMention.ts';
import { printExact } from '../../../bench/renderMention.ts';
import type { BenchMention, BenchStatement, BenchStory } from '../../../bench/generateCorpus.ts';
import { generateCorpus, generateStories, STATEMENT_FAMILIES } from '../../../bench/generateCorpus.ts';
import { tokenize } from '../../../dedupe/normalizeText.ts';

function firstStories(seed: number, count: number): BenchStory[] {
  const stories: BenchStory[] = [];
  for (const story of generateStories(seed)) {
    stories.push(story);
    if (stories.length === count) break;
  }
  return stories;
}

/** Index of needle as a contiguous run of haystack, or -1. */
function runIndex(haystack: readonly string[], needle: readonly string[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Whether b is a with exactly one word changed or dropped. */
function oneEdit(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === b.length) return a.filter((w, i) => w !== b[i]).length === 1;
  if (a.length !== b.length + 1) return false;
  return a.some((_, i) => [...a.slice(0, i), ...a.slice(i + 1)].join(' ') === b.join(' '));
}

/** Longest run of words that both lists print in the same order. */
function longestSharedRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let n = 0;
      while (i + n < a.length && j + n < b.length && a[i + n] === b[j + n]) n++;
      best = Math.max(best, n);
    }
  }
  return best;
}

const SEED = 7;
const stories = firstStories(SEED, 400);
const statements = new Map<number, BenchStatement>();
for (const story of stories) for (const s of story.statements) if (!statements.has(s.truth)) statements.set(s.truth, s);
const mentions: BenchMention[] = stories.flatMap((s) => s.articles.flatMap((a) => a.mentions));

describe('generateCorpus', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = [...generateCorpus({ seed: 42, mentions: 2000 })];
    const b = [...generateCorpus({ seed: 42, mentions: 2000 })];
    const c = [...generateCorpus({ seed: 43, mentions: 2000 })];
    assert.deepEqual(a, b);
    assert.notDeepEqual(a.map((x) => x.text), c.map((x) => x.text));
  });

  it('gives exactly the mentions asked for, at offsets that print their text', () => {
    const articles = [...generateCorpus({ seed: SEED, mentions: 3000 })];
    assert.equal(articles.reduce((n, a) => n + a.mentions.length, 0), 3000);
    assert.equal(new Set(articles.map((a) => a.url)).size, articles.length);
    for (const article of articles) {
      for (const m of article.mentions) assert.equal(article.text.slice(m.start, m.end), m.text);
    }
  });

  it('prints every copy of a statement as its words, a trim, or one small edit, with the same speaker and figure', () => {
    for (const m of mentions) {
      const s = statements.get(m.truth);
      assert.ok(s, `truth ${m.truth} has a statement`);
      assert.equal(m.kind, s.kind);
      assert.equal(m.speaker, s.speaker?.name ?? null);
      if (s.figure) {
        assert.equal(m.value, s.figure.value);
        assert.equal(m.unit, s.figure.unit);
        assert.ok(m.entities.includes(s.figure.subject));
        continue;
      }
      const full = tokenize(printExact(s.quote ?? { words: [], commas: [], guard: null }));
      const copy = tokenize(m.text);
      if (m.variant === 'exact' || m.variant === 'typography') assert.deepEqual(copy, full, m.text);
      else if (m.variant === 'trim') {
        assert.ok(copy.length >= MIN_TRIM_WORDS && copy.length < full.length, m.text);
        assert.ok(runIndex(full, copy) >= 0, `trim is a run of the quote: ${m.text}`);
      } else assert.ok(oneEdit(full, copy), `one word changed or dropped: ${m.text} / ${full.join(' ')}`);
    }
  });

  it('keeps look-alike statements separate in the truth: changed figures, flipped negations, siblings', () => {
    let checked = 0;
    for (const s of statements.values()) {
      if (s.near === null) continue;
      const other = statements.get(s.near);
      assert.ok(other, `near ${s.near} exists`);
      assert.notEqual(s.truth, other.truth);
      assert.equal(s.kind, other.kind);
      if (s.figure && other.figure) {
        assert.equal(s.figure.unit, other.figure.unit);
        assert.notEqual(s.figure.value, other.figure.value);
        checked++;
        continue;
      }
      const a = tokenize(printExact(s.quote ?? { words: [], commas: [], guard: null }));
      const b = tokenize(printExact(other.quote ?? { words: [], commas: [], guard: null }));
      assert.equal(s.speaker?.name, other.speaker?.name);
      assert.notDeepEqual(a, b);
      if (s.family === 'sibling') {
        assert.ok(longestSharedRun(a, b) < 5, `no shared run of five words: ${a.join(' ')} / ${b.join(' ')}`);
        assert.ok(a.filter((w) => b.includes(w)).length >= a.length / 3, 'siblings share many words');
      } else if (s.family === 'figureChanged') {
        assert.equal(a.length, b.length);
        const changed = a.filter((w, i) => w !== b[i]);
        assert.equal(changed.length, 1);
        assert.match(changed[0] ?? '', /^\d/);
      } else if (s.family === 'negationFlipped') {
        const negation = new Set(['no', 'not', 'never', "don't"]);
        assert.notDeepEqual(a.filter((w) => negation.has(w)), b.filter((w) => negation.has(w)));
      }
      checked++;
    }
    assert.ok(checked > 50, `checked ${checked} look-alike pairs`);
  });

  it('never prints a copy that the look-alike statement prints too (no copy could belong to either)', () => {
    for (const m of mentions) {
      const s = statements.get(m.truth);
      const other = s?.near === null || s?.near === undefined ? undefined : statements.get(s.near);
      if (!other?.quote || m.variant === 'edit') continue;
      const copy = tokenize(m.text);
      assert.equal(runIndex(tokenize(printExact(other.quote)), copy), -1, `${m.family} ${m.variant}: ${m.text}`);
    }
  });

  it('contains every hard-case family and variant, with a skewed number of copies per statement', () => {
    const families = new Set(mentions.map((m) => m.family));
    for (const family of STATEMENT_FAMILIES) assert.ok(families.has(family), `family ${family}`);
    const variants = new Set(mentions.map((m) => m.variant));
    for (const variant of ['exact', 'typography', 'trim', 'edit', 'figureWording']) assert.ok(variants.has(variant as never), variant);
    const copies = new Map<number, number>();
    for (const m of mentions) copies.set(m.truth, (copies.get(m.truth) ?? 0) + 1);
    const counts = [...copies.values()].sort((x, y) => x - y);
    assert.ok((counts[Math.floor(counts.length / 2)] ?? 0) <= 3, 'most statements have one to three copies');
    assert.ok((counts[counts.length - 1] ?? 0) >= 50, 'some statements are carried by fifty and more');
    const speakers = new Set(mentions.map((m) => m.speaker).filter(Boolean));
    assert.ok(speakers.size > 100, `${speakers.size} speakers`);
    assert.ok(new Set(stories.flatMap((s) => s.articles.map((a) => a.outlet))).size > 200, 'many outlets');
  });
});
