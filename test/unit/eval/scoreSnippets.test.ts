import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countSnippets, scoreSnippets } from '../../eval/scoreSnippets.ts';

test('a snippet counts when it is a substring of the text once whitespace runs are one space, and nothing else is normalised', () => {
  const page = {
    with: ['Die GEMA  dreht\nvöllig', 'am Zeiger!', 'Ende.'],
    without: ['Impressum', '31. Mai'],
  };
  const counts = countSnippets(page, 'Die GEMA\tdreht völlig am Zeiger!\n\nimpressum 31.  Mai');
  // 'Ende.' is missed; 'impressum' differs in case so it is avoided; '31.  Mai' matches once spaces are normalised.
  assert.deepEqual(counts, { tp: 2, fn: 1, fp: 1, tn: 1 });
});

test('an empty extraction misses every text snippet and avoids every boilerplate snippet', () => {
  assert.deepEqual(countSnippets({ with: ['a', 'b'], without: ['c'] }, '  \n'), {
    tp: 0,
    fn: 2,
    fp: 0,
    tn: 1,
  });
});

test('counts are pooled over pages before precision, recall, accuracy and F1', () => {
  const scores = scoreSnippets([
    { tp: 3, fn: 0, fp: 1, tn: 2 },
    { tp: 0, fn: 3, fp: 0, tn: 3 },
  ]);
  assert.equal(scores.precision, 3 / 4);
  assert.equal(scores.recall, 3 / 6);
  assert.equal(scores.accuracy, 8 / 12);
  assert.equal(scores.f1, 6 / 10);
});
