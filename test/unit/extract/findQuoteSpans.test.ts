import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuoteSpans } from '../../../extract/findQuoteSpans.ts';

const quoted = (text: string) => findQuoteSpans(text).map((s) => [s.text, text.slice(s.open, s.close)]);

test("tokenised copy's marks: ``...'' and \"...'' pairs are quotes, a '' set off by spaces only closes", () => {
  assert.deepEqual(quoted("LaRue was known as the ``bagman'' who delivered payoffs."), [['bagman', "``bagman''"]]);
  assert.deepEqual(quoted(`India's navy said it had sunk a pirate "mother vessel '' off Somalia.`), [['mother vessel', `"mother vessel ''`]]);
  assert.deepEqual(quoted(`"It's a dream come true for me, '' he said. He left. '' Then nothing.`), [["It's a dream come true for me", `"It's a dream come true for me, ''`]]);
  assert.deepEqual(quoted("According to ''The Hollywood Reporter'' , Ross will direct."), [['The Hollywood Reporter', "''The Hollywood Reporter''"]]);
});
