import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bylineNames, fieldMatches } from '../../eval/readabilitySection.ts';

test("readability scorer: Readability's byline as printed compared by its names", () => {
  assert.equal(bylineNames('By Nathan Willis\n        March 25, 2015'), 'Nathan Willis');
  assert.equal(bylineNames('Written by Rob Ewaschuk\n   Edited by Betsy Beyer'), 'Rob Ewaschuk');
  assert.equal(bylineNames('By Brenda  Goodman, MA\n    WebMD Health News'), 'Brenda  Goodman');
  assert.equal(fieldMatches('byline', 'Brenda Goodman', 'By Brenda  Goodman, MA\n    WebMD Health News'), true);
  assert.equal(fieldMatches('byline', 'Nathan Willis', 'By Nathan Willis\n        March 25, 2015'), true);
});

test('readability scorer: a wrong, missing or extra name still misses', () => {
  assert.equal(fieldMatches('byline', 'Nathan Wills', 'By Nathan Willis\n March 25, 2015'), false);
  assert.equal(fieldMatches('byline', null, 'By Nathan Willis'), false);
  assert.equal(fieldMatches('byline', 'Kooman, F.; Jong, Michiel de', 'Jong, Michiel de'), false);
  assert.equal(fieldMatches('byline', 'Ann Lee', 'Ann Lee and Bo Kim'), false);
  assert.equal(fieldMatches('byline', 'Follow Author', 'Ann Lee'), false);
  // Text fields other than the byline keep the README's rule: whitespace and case only.
  assert.equal(fieldMatches('title', 'By the river', 'by  The River'), true);
  assert.equal(fieldMatches('title', 'the river', 'By the river'), false);
});
